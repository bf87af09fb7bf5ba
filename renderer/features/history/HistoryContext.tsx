// Undo and redo for the window: the Undo and Redo commands of the command table (their keys anywhere
// but in a text field, the Edit menu's items, the toolbar buttons, the palette) all come here. Each step is announced, naming the
// document it touched, which need not be the open one.
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { getNearestEditorFromDOMNode, REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { undoHistoryFor, type HistoryEntry } from '../../db/undoHistory';
import { useAnnounce } from '../../ui/Announcer';
import { failureReason } from '../../db/writeFailure';
import { useProject } from '../projects/ProjectContext';
import { useCoderView } from '../coders/CoderViewContext';
import { describeOutcome, stepLabel } from './historyMessages';
import { useCodes } from '../codes/useCodes';
import { useCommandHandler } from '../../commands/CommandContext';
import type { CommandSource } from '../../commands/commandRegistry';
import { isTextField } from '../../commands/textFields';

export type HistoryCommand = 'undo' | 'redo';

export interface HistoryValue {
  nextUndo: HistoryEntry | undefined;
  nextRedo: HistoryEntry | undefined;
  run(command: HistoryCommand): Promise<void>;
}

const HistoryContext = createContext<HistoryValue | null>(null);

export function HistoryProvider({ children }: { children: ReactNode }) {
  const { db, coder } = useProject();
  const announce = useAnnounce();
  // A refusal may concern another coder's work: under blind mode it must not name it.
  const { isVisible } = useCoderView();
  const history = useMemo(() => undoHistoryFor(db), [db]);
  // Re-render whenever a stack changes (the Undo button's label follows).
  const version = useSyncExternalStore(history.subscribe, () => history.version);
  // Steps are called by their codes' names now: a code renamed since is known by its new name.
  const codes = useCodes(db);
  const codeNames = useMemo(() => new Map(codes.map((c) => [c.id, c.name])), [codes]);
  const named = useCallback((entry: HistoryEntry | undefined) => entry && { ...entry, label: stepLabel(entry, codeNames) }, [codeNames]);

  const run = useCallback(
    async (command: HistoryCommand) => {
      const step = named(command === 'undo' ? history.nextUndo(coder.id) : history.nextRedo(coder.id));
      try {
        const outcome = await (command === 'undo' ? history.undo(coder.id) : history.redo(coder.id));
        announce(await describeOutcome(db, outcome, isVisible));
      } catch (error) {
        // In plain words (a full disk, a closed project), as every other write failure is said.
        const cause = failureReason(error instanceof Error && error.cause instanceof Error ? error.cause : error);
        announce(`Could not ${command} ${step ? `“${step.label}”` : ''}: ${cause}. Nothing was changed; try again.`);
      }
    },
    [history, coder.id, db, announce, isVisible, named],
  );

  // The Undo and Redo commands (their keys, the Edit menu, the toolbar, the palette). Chosen from the
  // menu while a text field has the focus, they are that field's undo: the menu's accelerator saw the
  // key the field left alone, or the researcher picked the item meaning the field.
  const fromCommand = useCallback(
    (command: HistoryCommand, source: CommandSource) => {
      const focused = document.activeElement;
      if (source === 'menu' && isTextField(focused)) {
        const editor = getNearestEditorFromDOMNode(focused);
        if (editor) editor.dispatchCommand(command === 'undo' ? UNDO_COMMAND : REDO_COMMAND, undefined);
        else document.execCommand(command);
        return;
      }
      void run(command);
    },
    [run],
  );
  const nextUndo = history.nextUndo(coder.id);
  const nextRedo = history.nextRedo(coder.id);
  useCommandHandler('undo', (source) => fromCommand('undo', source), nextUndo !== undefined);
  useCommandHandler('redo', (source) => fromCommand('redo', source), nextRedo !== undefined);

  const value = useMemo<HistoryValue>(
    () => ({ nextUndo: named(history.nextUndo(coder.id)), nextRedo: named(history.nextRedo(coder.id)), run }),
    [history, version, coder.id, run, named],
  );
  return <HistoryContext.Provider value={value}>{children}</HistoryContext.Provider>;
}

export function useHistory(): HistoryValue {
  const value = useContext(HistoryContext);
  if (!value) throw new Error('useHistory outside HistoryProvider');
  return value;
}
