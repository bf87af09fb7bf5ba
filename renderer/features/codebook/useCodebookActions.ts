// The codebook's changes as the screens call them: each is one operation (undoable), each says what
// it did in the status line, and a change that cannot be made, or whose write fails, says why instead
// of failing silently. None throws: the screens call them with `void`, where a rejection reaches nobody.
import { useCallback, useMemo } from 'react';
import type { CodeRecord } from '../../../shared/model';
import { CodebookError } from '../../../shared/codebook/codeNames';
import { type CodeFields, type KeyboardMove, type NewCode, type Placement } from '../../../shared/codebook/codebookEdits';
import { createCode, deleteCode, mergeCodes, moveCode, moveCodeBy, updateCode } from '../../db/codes';
import { useBackups } from '../backups/BackupsContext';
import { useProject } from '../projects/ProjectContext';
import { useAnnounce } from '../../ui/Announcer';
import { chooseAndImportCodebook, codebookExport, type CodebookImportOutcome } from './codebookTransfer';
import { deletionPreview } from './codeDeletion';
import { useExport } from '../../files/exportFile';
import { couldNotSave } from '../../db/writeFailure';
import { commandKeys } from '../../commands/shownKeys';

const MOVE_WORDS: Record<KeyboardMove, string> = {
  up: 'is already the first of its siblings',
  down: 'is already the last of its siblings',
  in: 'has no code above it to go into',
  out: 'is already at the top level',
};

export function useCodebookActions() {
  const { db, coder, project } = useProject();
  const { backupBefore } = useBackups();
  const announce = useAnnounce();
  const runExport = useExport();

  /**
   * Runs a change; a CodebookError (a change that cannot be made) is said as it is, any other error
   * (the write failed) as "Could not <action>: <reason>. Nothing was changed."; neither is thrown.
   */
  const attempt = useCallback(
    async <T,>(action: string, change: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await change();
      } catch (error) {
        if (error instanceof CodebookError) announce(error.message);
        else {
          console.error(new Error(`Could not ${action}`, { cause: error }));
          announce(couldNotSave(action, error));
        }
        return undefined;
      }
    },
    [announce],
  );

  return useMemo(
    () => ({
      create: (spec: NewCode) =>
        attempt(`create the code “${spec.name.trim()}”`, async () => {
          const code = await createCode(db, spec, coder.id);
          announce(`Created the code “${code.name}”.`);
          return code;
        }),
      update: (code: CodeRecord, patch: Partial<CodeFields>) =>
        attempt(`save “${code.name}”`, async () => {
          if (await updateCode(db, code.id, patch, coder.id)) announce(patch.name && patch.name !== code.name ? `Renamed “${code.name}” to “${patch.name.trim()}”.` : `Saved “${code.name}”.`);
          return true;
        }),
      move: (code: CodeRecord, to: Placement) =>
        attempt(`move “${code.name}”`, async () => {
          if (await moveCode(db, code.id, to, coder.id)) announce(`Moved “${code.name}”.`);
          return true;
        }),
      keyboardMove: (code: CodeRecord, how: KeyboardMove) =>
        attempt(`move “${code.name}”`, async () => {
          const moved = await moveCodeBy(db, code.id, how, coder.id);
          if (!moved) {
            announce(`“${code.name}” ${MOVE_WORDS[how]}.`);
            return null;
          }
          announce(`Moved “${code.name}” ${moved.parent ? `into “${moved.parent.name}”` : 'to the top level'}, position ${moved.to.index + 1}.`);
          return moved;
        }),
      remove: (code: CodeRecord) =>
        attempt(`delete the code “${code.name}”`, async () => {
          // A code with codings or memos on it is backed up before it goes (Undo brings it back too, in this window).
          const { codings, codeMemos } = await deletionPreview(db, code.id);
          if (!(await backupBefore({ kind: 'delete-code', codings, memos: codeMemos }, 'deleted'))) return false;
          await deleteCode(db, code.id, coder.id);
          announce(`Deleted the code “${code.name}”. Undo (${commandKeys('undo')}) brings it back with its codings.`);
          return true;
        }),
      merge: (source: CodeRecord, target: CodeRecord) =>
        attempt(`merge “${source.name}” into “${target.name}”`, async () => {
          if (!(await backupBefore({ kind: 'merge-codes' }, 'merged'))) return undefined;
          const result = await mergeCodes(db, source.id, target.id, coder.id);
          const collapsed = result.collapsed ? `, ${result.collapsed} duplicate${result.collapsed === 1 ? '' : 's'} collapsed` : '';
          announce(`Merged “${source.name}” into “${target.name}”: ${result.moved} coding${result.moved === 1 ? '' : 's'} moved${collapsed}.`);
          return result;
        }),
      exportCsv: () => runExport(codebookExport(db, project.name)),
      importCsv: async (): Promise<CodebookImportOutcome | null> => {
        try {
          const outcome = await chooseAndImportCodebook(db, coder.id);
          if (outcome) {
            const skipped = outcome.problems.length ? `; ${outcome.problems.length} row${outcome.problems.length === 1 ? '' : 's'} with problems, listed under the codes` : '';
            announce(`Imported “${outcome.fileName}”: ${outcome.created} new, ${outcome.updated} updated, ${outcome.unchanged} unchanged${skipped}.`);
          }
          return outcome;
        } catch (error) {
          announce((error as Error).message);
          return null;
        }
      },
    }),
    [db, coder.id, project.name, announce, attempt, runExport, backupBefore],
  );
}
