// The project's document sets beside the library: choose one to show only its documents; rename or
// delete a set (its documents stay in the project).
import { useRef, useState } from 'react';
import type { DocumentSetRecord } from '../../../shared/model';
import { useProject } from '../projects/ProjectContext';
import { useSetActions } from './useSetActions';
import { RenameSetDialog } from './RenameSetDialog';
import { DeleteSetDialog } from './DeleteSetDialog';

interface SetsPanelProps {
  sets: readonly DocumentSetRecord[];
  activeId: string | null;
  onShow(setId: string | null): void;
}

export function SetsPanel({ sets, activeId, onShow }: SetsPanelProps) {
  const { db } = useProject();
  const actions = useSetActions();
  const [dialog, setDialog] = useState<{ kind: 'rename' | 'delete'; set: DocumentSetRecord } | null>(null);
  const showButtons = useRef(new Map<string, HTMLButtonElement>());
  const heading = useRef<HTMLHeadingElement>(null);

  const remove = (set: DocumentSetRecord) => {
    // The focus was on the deleted set's row: it goes to the set taking its place (the next, else the
    // one before), or to the heading when none is left, rather than to the page.
    const index = sets.findIndex((s) => s.id === set.id);
    const neighbour = sets[index + 1] ?? sets[index - 1];
    if (set.id === activeId) onShow(null);
    void actions.deleteSet(set).then(() => {
      const target = neighbour ? showButtons.current.get(neighbour.id) : undefined;
      (target ?? heading.current)?.focus();
    });
  };

  return (
    <section className="sets-panel" aria-labelledby="sets-heading">
      <h2 id="sets-heading" ref={heading} tabIndex={-1}>
        Sets
      </h2>
      {sets.length === 0 ? <p className="hint">No sets yet. Select documents, then “Add to set…”.</p> : null}
      <ul>
        {sets.map((set) => (
          <li key={set.id}>
            <button
              type="button"
              ref={(button) => void (button ? showButtons.current.set(set.id, button) : showButtons.current.delete(set.id))}
              aria-pressed={set.id === activeId}
              onClick={() => onShow(set.id === activeId ? null : set.id)}
            >
              {set.name} ({set.docIds.length})
            </button>
            <button type="button" aria-label={`Rename set ${set.name}`} onClick={() => setDialog({ kind: 'rename', set })}>
              Rename
            </button>
            <button type="button" aria-label={`Delete set ${set.name}`} onClick={() => setDialog({ kind: 'delete', set })}>
              Delete…
            </button>
          </li>
        ))}
      </ul>
      {dialog?.kind === 'rename' ? (
        <RenameSetDialog set={dialog.set} sets={sets} onRename={(name) => void actions.rename(dialog.set, name)} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'delete' ? <DeleteSetDialog db={db} set={dialog.set} onConfirm={() => remove(dialog.set)} onClose={() => setDialog(null)} /> : null}
    </section>
  );
}
