// Who is coding, and whose work is shown: switch to another coder of the project, add one, change
// your name or colour, show or hide each other coder, and blind mode.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { CoderRecord } from '../../../shared/model';
import { listCoders } from '../../db/coders';
import { newCoder } from '../../db/registry';
import { Dialog } from '../../ui/Dialog';
import { useAnnounce } from '../../ui/Announcer';
import { useProject } from '../projects/ProjectContext';
import { CoderForm } from './CoderForm';
import { useCoderView } from './CoderViewContext';
import { unusedCoderColor } from '../../../shared/coders/coderColors';

type Mode = 'list' | 'new' | 'edit';

export function CoderDialog({ onClose }: { onClose(): void }) {
  const { db, coder, setCoder } = useProject();
  const coders = useLiveQuery(() => listCoders(db), [db]) ?? [coder];
  const { visibility, setBlind, setShown } = useCoderView();
  const announce = useAnnounce();
  const [mode, setMode] = useState<Mode>('list');
  // Back from a form, the focus would be lost with the form: it goes to the button that opened it.
  const [backFrom, setBackFrom] = useState<Mode | null>(null);
  const toList = () => {
    setBackFrom(mode);
    setMode('list');
  };
  const others = coders.filter((c) => c.id !== coder.id).sort((a, b) => a.name.localeCompare(b.name));

  const switchTo = async (next: CoderRecord, verb = 'Now coding as') => {
    await setCoder(next);
    onClose();
    announce(`${verb} ${next.name}. New codings and memos are ${next.name}’s, and Undo takes back ${next.name}’s changes.`);
  };

  if (mode !== 'list') {
    const editing = mode === 'edit';
    return (
      <Dialog title={editing ? 'Change your name or colour' : 'New coder'} onClose={toList}>
        <CoderForm
          initial={editing ? coder : { name: '', color: unusedCoderColor(coders.map((c) => c.color)) }}
          others={editing ? others : coders}
          submitLabel={editing ? 'Save' : 'Add coder and switch'}
          onCancel={toList}
          onSubmit={(values) => {
            if (editing) {
              void setCoder({ ...coder, ...values }).then(() => {
                onClose();
                announce(`Saved: you code as ${values.name}.`);
              });
            } else void switchTo(newCoder(values.name, values.color), 'Added coder');
          }}
        />
      </Dialog>
    );
  }

  return (
    <Dialog title="Coders" onClose={onClose}>
      <p>
        You are coding as{' '}
        <strong>
          <span className="swatch" style={{ backgroundColor: coder.color }} aria-hidden="true" />
          {coder.name}
        </strong>
        .{' '}
        <button type="button" autoFocus={backFrom === 'edit'} onClick={() => setMode('edit')}>
          Change name or colour…
        </button>
      </p>
      {others.length > 0 ? (
        <ul className="coder-list" aria-label="Other coders of this project">
          {others.map((other) => (
            <li key={other.id}>
              <span className="swatch" style={{ backgroundColor: other.color }} aria-hidden="true" />
              <span className="coder-name">{other.name}</span>
              <label className="inline-check">
                <input
                  type="checkbox"
                  checked={!visibility.blind && !visibility.hidden.includes(other.id)}
                  disabled={visibility.blind}
                  onChange={(event) => void setShown(other.id, event.target.checked)}
                />
                Show {other.name}’s codings and memos
              </label>
              <button type="button" onClick={() => void switchTo(other)}>
                Switch to {other.name}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">No one else has coded in this project yet.</p>
      )}
      <label className="inline-check">
        <input type="checkbox" checked={visibility.blind} onChange={(event) => void setBlind(event.target.checked)} />
        Blind mode: hide every other coder’s codings and memos (for independent double coding)
      </label>
      <div className="dialog-buttons">
        <button type="button" autoFocus={backFrom === 'new'} onClick={() => setMode('new')}>
          New coder…
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
