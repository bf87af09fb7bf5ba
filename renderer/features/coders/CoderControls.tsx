// The coder in the top bar: who is coding (opens the Coders dialog) and the blind-mode switch, which
// stays visibly lit while on, so that nobody forgets that other coders' work is hidden.
import { useState } from 'react';
import { useAnnounce } from '../../ui/Announcer';
import { useProject } from '../projects/ProjectContext';
import { CoderDialog } from './CoderDialog';
import { useCoderView } from './CoderViewContext';

export function CoderControls() {
  const { coder } = useProject();
  const { visibility, loaded, setBlind } = useCoderView();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const blind = loaded && visibility.blind;
  const toggleBlind = async () => {
    await setBlind(!blind);
    announce(blind ? 'Blind mode off: other coders’ codings and memos are shown.' : 'Blind mode on: other coders’ codings and memos are hidden.');
  };
  return (
    <div className="coder-controls">
      <button type="button" className="coder-button" aria-haspopup="dialog" aria-label={`Coder: ${coder.name}. Switch or add coders`} onClick={() => setOpen(true)}>
        <span className="swatch" style={{ backgroundColor: coder.color }} aria-hidden="true" />
        {coder.name}
      </button>
      <button type="button" className={blind ? 'blind-toggle on' : 'blind-toggle'} aria-pressed={blind} onClick={() => void toggleBlind()}>
        Blind mode
      </button>
      {blind ? (
        <span className="blind-badge" role="note">
          Blind mode is on: only {coder.name}’s codings and memos are shown
        </span>
      ) : null}
      {open ? <CoderDialog onClose={() => setOpen(false)} /> : null}
    </div>
  );
}
