// What the "Save a copy…" and "Open project file…" commands of the command table do, and the dialogs
// opening a project file asks. The files double-clicked in the file manager are taken here
// (renderer/files/useFilesFromSystem.ts): a project file opens the same way as one chosen.
import { useRef, useState } from 'react';
import { useCommandHandler } from '../../commands/CommandContext';
import { useProject } from '../projects/ProjectContext';
import { PlaceDialog } from './TransferDialogs';
import { RefusalDialog } from '../../ui/NoticeDialog';
import { useProjectTransfer, type Chosen, type PendingFile } from './useProjectTransfer';
import { useFilesFromSystem, useSystemFileOpener } from '../../files/useFilesFromSystem';

export function ProjectFileCommands() {
  const { project, switchingHeld } = useProject();
  const transfer = useProjectTransfer();
  const [pending, setPending] = useState<PendingFile | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  // Told once the researcher has answered where the pending file goes, and that is done.
  const answered = useRef<() => void>(() => {});
  const show = (chosen: Chosen, done: () => void = () => {}) => {
    if (chosen && 'pending' in chosen) {
      answered.current = done;
      setPending(chosen.pending);
      return;
    }
    // A refusal is a dialog of its own, which the next file waits for.
    if (chosen) setRefusal(chosen.refusal);
    done();
  };
  const answer = (work: Promise<void>) => {
    const done = answered.current;
    answered.current = () => {};
    setPending(null);
    void work.finally(done);
  };
  useCommandHandler('saveCopy', () => void transfer.saveCopy());
  useCommandHandler('openProjectFile', async () => show(await transfer.chooseFile()));
  useSystemFileOpener('projectFile', async (path) => {
    const chosen = await transfer.readFileAt(path);
    await new Promise<void>((resolve) => show(chosen, resolve));
  });
  useFilesFromSystem(switchingHeld);
  return (
    <>
      {refusal ? <RefusalDialog title="Not opened" message={refusal} onClose={() => setRefusal(null)} /> : null}
      {pending ? (
        <PlaceDialog
          title={`Open ${pending.fileName}`}
          pending={pending}
          currentName={project.name}
          newName={pending.file.manifest.project.name}
          onNew={() => answer(transfer.openAsNew(pending))}
          onReplace={() => answer(transfer.replaceCurrent(pending))}
          onCancel={() => {
            transfer.discard(pending);
            answer(Promise.resolve());
          }}
        />
      ) : null}
    </>
  );
}
