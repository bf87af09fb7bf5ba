// Turning blind mode on and off, said aloud. Off is asked first: the other coders' work, once seen,
// cannot be unseen, and a stray click or key on the switch would spoil a coder's independent coding.
// The Agreement place's own "Turn blind mode off" button, beside its explanation, is deliberate enough.
import { useCallback } from 'react';
import { Dialog } from '../../ui/Dialog';
import { useAnnounce } from '../../ui/Announcer';
import { useCoderView } from './CoderViewContext';

/** Sets blind mode, then says what the screens now show. */
export function useTurnBlind(): (blind: boolean) => Promise<void> {
  const { setBlind } = useCoderView();
  const announce = useAnnounce();
  return useCallback(
    async (blind: boolean) => {
      await setBlind(blind);
      announce(blind ? 'Blind mode on: other coders’ codings and memos are hidden.' : 'Blind mode off: other coders’ codings and memos are shown.');
    },
    [setBlind, announce],
  );
}

/** Asks before blind mode is turned off; `onAnswer(true)` to turn it off. Escape is "Stay blind". */
export function LeaveBlindModeDialog({ onAnswer }: { onAnswer(leave: boolean): void }) {
  return (
    <Dialog title="Turn blind mode off?" onClose={() => onAnswer(false)}>
      <p>
        You will see the other coders’ codings and memos in this project: beside the text, in the lists and counts, and in Retrieve and Compare. What you have
        seen cannot be unseen, so turn blind mode off once your own coding is done.
      </p>
      <div className="dialog-buttons">
        <button type="button" autoFocus onClick={() => onAnswer(false)}>
          Stay blind
        </button>
        <button type="button" onClick={() => onAnswer(true)}>
          Turn blind mode off
        </button>
      </div>
    </Dialog>
  );
}
