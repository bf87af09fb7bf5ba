// The coder in the top bar: who is coding (opens the Coders dialog) and the blind-mode switch, which
// stays visibly lit while on, so that nobody forgets that other coders' work is hidden.
import { useState } from 'react';
import { useProject } from '../projects/ProjectContext';
import { CoderDialog } from './CoderDialog';
import { useCoderView } from './CoderViewContext';
import { LeaveBlindModeDialog, useTurnBlind } from './BlindModeSwitch';

export function CoderControls() {
  const { coder } = useProject();
  const { visibility, loaded } = useCoderView();
  const turnBlind = useTurnBlind();
  const [open, setOpen] = useState<'coders' | 'leave-blind' | null>(null);
  const blind = loaded && visibility.blind;
  return (
    <div className="coder-controls">
      <button type="button" className="coder-button" aria-haspopup="dialog" aria-label={`Coder: ${coder.name}. Switch or add coders`} onClick={() => setOpen('coders')}>
        <span className="swatch" style={{ backgroundColor: coder.color }} aria-hidden="true" />
        {coder.name}
      </button>
      <button type="button" className={blind ? 'blind-toggle on' : 'blind-toggle'} aria-pressed={blind} onClick={() => (blind ? setOpen('leave-blind') : void turnBlind(true))}>
        Blind mode
      </button>
      {blind ? (
        <span className="blind-badge" role="note">
          Blind mode is on: only {coder.name}’s codings and memos are shown
        </span>
      ) : null}
      {open === 'coders' ? <CoderDialog onClose={() => setOpen(null)} /> : null}
      {open === 'leave-blind' ? (
        <LeaveBlindModeDialog
          onAnswer={(leave) => {
            setOpen(null);
            if (leave) void turnBlind(false);
          }}
        />
      ) : null}
    </div>
  );
}
