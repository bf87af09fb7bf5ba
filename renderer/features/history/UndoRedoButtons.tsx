// The toolbar's Undo and Redo: each names what it would do, and is disabled with nothing to do.
import { useHistory } from './HistoryContext';

export function UndoRedoButtons() {
  const { nextUndo, nextRedo, run } = useHistory();
  return (
    <div className="undo-redo" role="group" aria-label="Undo and redo">
      <button type="button" disabled={!nextUndo} aria-keyshortcuts="Control+Z Meta+Z" title={nextUndo ? `Undo ${nextUndo.label} (Ctrl+Z)` : 'Nothing to undo'} onClick={() => void run('undo')}>
        {nextUndo ? `Undo ${nextUndo.label}` : 'Undo'}
      </button>
      <button type="button" disabled={!nextRedo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y" title={nextRedo ? `Redo ${nextRedo.label} (Shift+Ctrl+Z)` : 'Nothing to redo'} onClick={() => void run('redo')}>
        {nextRedo ? `Redo ${nextRedo.label}` : 'Redo'}
      </button>
    </div>
  );
}
