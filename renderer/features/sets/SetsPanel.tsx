// The project's document sets beside the library: choose one to show only its documents; rename or
// delete a set (its documents stay in the project).
import { useState } from 'react';
import type { DocumentSetRecord } from '../../../shared/model';
import { useSetActions } from './useSetActions';
import { RenameSetDialog } from './RenameSetDialog';

interface SetsPanelProps {
  sets: readonly DocumentSetRecord[];
  activeId: string | null;
  onShow(setId: string | null): void;
}

export function SetsPanel({ sets, activeId, onShow }: SetsPanelProps) {
  const actions = useSetActions();
  const [renaming, setRenaming] = useState<DocumentSetRecord | null>(null);
  return (
    <section className="sets-panel" aria-labelledby="sets-heading">
      <h2 id="sets-heading">Sets</h2>
      {sets.length === 0 ? <p className="hint">No sets yet. Select documents, then “Add to set…”.</p> : null}
      <ul>
        {sets.map((set) => (
          <li key={set.id}>
            <button type="button" aria-pressed={set.id === activeId} onClick={() => onShow(set.id === activeId ? null : set.id)}>
              {set.name} ({set.docIds.length})
            </button>
            <button type="button" aria-label={`Rename set ${set.name}`} onClick={() => setRenaming(set)}>
              Rename
            </button>
            <button
              type="button"
              aria-label={`Delete set ${set.name}`}
              onClick={() => {
                if (set.id === activeId) onShow(null);
                void actions.deleteSet(set);
              }}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      {renaming ? (
        <RenameSetDialog set={renaming} sets={sets} onRename={(name) => void actions.rename(renaming, name)} onClose={() => setRenaming(null)} />
      ) : null}
    </section>
  );
}
