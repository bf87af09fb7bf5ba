// Undo and redo for the window: Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (Ctrl+Y) anywhere but in a text field,
// the Edit menu's items, and the toolbar buttons all come here. Each step is announced, naming the
// document it touched, which need not be the open one.
import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { getNearestEditorFromDOMNode, REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { onMainEvent } from '../../api';
import { undoHistoryFor, type HistoryEntry } from '../../db/undoHistory';
import { useAnnounce } from '../../ui/Announcer';
import { useProject } from '../projects/ProjectContext';
import { useCoderView } from '../coders/CoderViewContext';
import { describeOutcome } from './historyMessages';
import { historyCommandOf, isMacPlatform, isTextField, type HistoryCommand } from './historyKeys';

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

  const run = useCallback(
    async (command: HistoryCommand) => {
      const step = command === 'undo' ? history.nextUndo(coder.id) : history.nextRedo(coder.id);
      try {
        const outcome = await (command === 'undo' ? history.undo(coder.id) : history.redo(coder.id));
        announce(await describeOutcome(db, outcome, isVisible));
      } catch (error) {
        const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
        announce(`Could not ${command} ${step ? `“${step.label}”` : ''}: ${cause}. Nothing was changed; try again.`);
      }
    },
    [history, coder.id, db, announce, isVisible],
  );

  useEffect(() => {
    const isMac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      const command = historyCommandOf(event, isMac);
      if (!command || event.repeat) return;
      const target = event.target instanceof Element ? event.target : null;
      // A text field's own undo takes back typing.
      if (isTextField(target)) return;
      // Handled here, so the Edit menu's accelerator (which acts only on keys the page leaves
      // unhandled) does not undo a second time. In a dialog, a question to answer first, nothing.
      event.preventDefault();
      if (!target?.closest('dialog[open]')) void run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);

  useEffect(
    () =>
      onMainEvent('menuCommand', ({ command }) => {
        if (command !== 'undo' && command !== 'redo') return;
        // The menu item was chosen (or its key reached the menu) while a text field had the focus:
        // that field's undo is meant.
        const focused = document.activeElement;
        if (isTextField(focused)) {
          const editor = getNearestEditorFromDOMNode(focused);
          if (editor) editor.dispatchCommand(command === 'undo' ? UNDO_COMMAND : REDO_COMMAND, undefined);
          else document.execCommand(command);
          return;
        }
        void run(command);
      }),
    [run],
  );

  const value = useMemo<HistoryValue>(
    () => ({ nextUndo: history.nextUndo(coder.id), nextRedo: history.nextRedo(coder.id), run }),
    [history, version, coder.id, run],
  );
  return <HistoryContext.Provider value={value}>{children}</HistoryContext.Provider>;
}

export function useHistory(): HistoryValue {
  const value = useContext(HistoryContext);
  if (!value) throw new Error('useHistory outside HistoryProvider');
  return value;
}
