// Who is coding, and whose work is shown: switch to another coder of the project, add one, change
// your name or colour, show or hide each other coder, and blind mode. The consensus coder (where
// Agreement writes settled disagreements) is listed, can be renamed and hidden, but is not a person one
// switches to: the current coder is the person's in every project they open next, and in each of
// those the consensus coder's id would then take their everyday codings as decisions.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { CoderRecord } from '../../../shared/model';
import { ensureCoder, listCoders } from '../../db/coders';
import { findConsensusCoder } from '../../db/agreementData';
import { newCoder } from '../../db/registry';
import { couldNotSave, failureReason } from '../../db/writeFailure';
import { Dialog, FormError } from '../../ui/Dialog';
import { useAnnounce } from '../../ui/Announcer';
import { useProject } from '../projects/ProjectContext';
import { CoderForm } from './CoderForm';
import { useCoderView } from './CoderViewContext';
import { LeaveBlindModeDialog, useTurnBlind } from './BlindModeSwitch';
import { unusedCoderColor } from '../../../shared/coders/coderColors';

type Mode = 'list' | 'new' | 'edit' | 'consensus' | 'leave-blind';

export function CoderDialog({ onClose }: { onClose(): void }) {
  const { db, coder, setCoder } = useProject();
  const coders = useLiveQuery(() => listCoders(db), [db]) ?? [coder];
  const { visibility, setShown } = useCoderView();
  const turnBlind = useTurnBlind();
  const announce = useAnnounce();
  const [mode, setMode] = useState<Mode>('list');
  // A failed switch from the list, said in the dialog (the forms say their own).
  const [failure, setFailure] = useState<string | null>(null);
  // Back from a form, the focus would be lost with the form: it goes to the button that opened it.
  const [backFrom, setBackFrom] = useState<Mode | null>(null);
  const toList = () => {
    setFailure(null);
    setBackFrom(mode);
    setMode('list');
  };
  const others = coders.filter((c) => c.id !== coder.id).sort((a, b) => a.name.localeCompare(b.name));
  // Only once stored: before the first decision there is none to list.
  const consensusId = useLiveQuery(async () => {
    const found = await findConsensusCoder(db);
    return found.consensusStored ? found.consensus.id : null;
  }, [db]);
  const consensus = coders.find((c) => c.id === consensusId && c.id !== coder.id);

  /**
   * Makes `next` the current coder, then closes the dialog and says `done`. When that cannot be
   * written, resolves to why, for the dialog to say (it stays open, to try again or cancel).
   */
  const become = async (next: CoderRecord, action: string, done: string): Promise<string | null> => {
    try {
      await setCoder(next);
    } catch (error) {
      console.error(new Error(`Could not ${action}`, { cause: error }));
      return `Could not ${action}: ${failureReason(error)}. You are still coding as ${coder.name}.`;
    }
    onClose();
    announce(done);
    return null;
  };
  const nowCoding = (verb: string, next: CoderRecord) =>
    `${verb} ${next.name}. New codings and memos are ${next.name}’s, and Undo takes back ${next.name}’s changes.`;

  if (mode === 'leave-blind') {
    return (
      <LeaveBlindModeDialog
        onAnswer={(leave) => {
          toList();
          if (leave) void turnBlind(false);
        }}
      />
    );
  }

  if (mode === 'consensus' && consensus) {
    return (
      <Dialog title="Rename the consensus coder" onClose={toList}>
        <CoderForm
          initial={consensus}
          others={coders.filter((c) => c.id !== consensus.id)}
          submitLabel="Save"
          onCancel={toList}
          onSubmit={async (values) => {
            try {
              await ensureCoder(db, { ...consensus, ...values });
            } catch (error) {
              console.error(new Error('Could not rename the consensus coder', { cause: error }));
              return couldNotSave(`save the consensus coder’s name and colour`, error);
            }
            toList();
            announce(`Saved: settled disagreements go to ${values.name}.`);
            return null;
          }}
        />
      </Dialog>
    );
  }

  if (mode === 'new' || mode === 'edit') {
    const editing = mode === 'edit';
    return (
      <Dialog title={editing ? 'Change your name or colour' : 'New coder'} onClose={toList}>
        <CoderForm
          initial={editing ? coder : { name: '', color: unusedCoderColor(coders.map((c) => c.color)) }}
          others={editing ? others : coders}
          submitLabel={editing ? 'Save' : 'Add coder and switch'}
          onCancel={toList}
          onSubmit={(values) => {
            if (editing) return become({ ...coder, ...values }, 'save your name and colour', `Saved: you code as ${values.name}.`);
            const added = newCoder(values.name, values.color);
            return become(added, `add ${added.name}`, nowCoding('Added coder', added));
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
              {other === consensus ? (
                <>
                  <span className="hint">holds the settled disagreements (Agreement)</span>
                  <button type="button" autoFocus={backFrom === 'consensus'} onClick={() => setMode('consensus')}>
                    Rename or recolour {other.name}…
                  </button>
                </>
              ) : (
                <button type="button" onClick={() => void become(other, `switch to ${other.name}`, nowCoding('Now coding as', other)).then(setFailure)}>
                  Switch to {other.name}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">No one else has coded in this project yet.</p>
      )}
      <label className="inline-check">
        <input
          type="checkbox"
          checked={visibility.blind}
          autoFocus={backFrom === 'leave-blind'}
          onChange={(event) => (event.target.checked ? void turnBlind(true) : setMode('leave-blind'))}
        />
        Blind mode: hide every other coder’s codings and memos (for independent double coding)
      </label>
      <FormError message={failure} />
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
