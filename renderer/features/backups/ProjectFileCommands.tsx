// "Save a copy…" and "Open project file…", beside the project commands.
import { useState } from 'react';
import { useProject } from '../projects/ProjectContext';
import { PlaceDialog, RefusalDialog } from './TransferDialogs';
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
  return (
    <>
      <button type="button" onClick={() => void transfer.saveCopy()}>
        Save a copy…
      </button>
      <button type="button" onClick={() => void open()}>
        Open project file…
      </button>
      {refusal ? <RefusalDialog message={refusal} onClose={() => setRefusal(null)} /> : null}
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
