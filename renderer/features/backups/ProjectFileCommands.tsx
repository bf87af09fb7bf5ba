// What the "Save a copy…" and "Open project file…" commands of the command table do, and the dialogs
// opening a project file asks.
import { useState } from 'react';
import { useCommandHandler } from '../../commands/CommandContext';
import { useProject } from '../projects/ProjectContext';
import { PlaceDialog } from './TransferDialogs';
import { RefusalDialog } from '../../ui/NoticeDialog';
import { useProjectTransfer, type PendingFile } from './useProjectTransfer';

export function ProjectFileCommands() {
  const { project } = useProject();
  const transfer = useProjectTransfer();
  const [pending, setPending] = useState<PendingFile | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const open = async () => {
    const chosen = await transfer.chooseFile();
    if (!chosen) return;
    if ('refusal' in chosen) setRefusal(chosen.refusal);
    else setPending(chosen.pending);
  };
  useCommandHandler('saveCopy', () => void transfer.saveCopy());
  useCommandHandler('openProjectFile', () => void open());
  return (
    <>
      {refusal ? <RefusalDialog title="Not opened" message={refusal} onClose={() => setRefusal(null)} /> : null}
      {pending ? (
        <PlaceDialog
          title={`Open ${pending.fileName}`}
          pending={pending}
          currentName={project.name}
          newName={pending.file.manifest.project.name}
          onNew={() => {
            setPending(null);
            void transfer.openAsNew(pending);
          }}
          onReplace={() => {
            setPending(null);
            void transfer.replaceCurrent(pending);
          }}
          onCancel={() => {
            setPending(null);
            transfer.discard(pending);
          }}
        />
      ) : null}
    </>
  );
}
