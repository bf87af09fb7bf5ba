// First start: who is coding (name and colour), and the offer of a sample project that shows the
// main job at once.
import { useState, type FormEvent } from 'react';
import { Dialog } from '../../ui/Dialog';
import { ColorChoice } from '../../ui/ColorChoice';
import { CODER_PALETTE } from '../../../shared/coders/coderColors';
import { isBlankCoderName, MAX_CODER_NAME_LENGTH, normalizeCoderName } from '../../../shared/coders/coderNames';
import { useProject } from './ProjectContext';

export function WelcomeDialog() {
  const { coder, setCoder, createSampleProject, finishWelcome } = useProject();
  const [name, setName] = useState(coder.name);
  const [color, setColor] = useState(coder.color);
  const [busy, setBusy] = useState(false);
  const start = async (withSample: boolean) => {
    setBusy(true);
    // A name of nothing visible keeps the one the coder has: the welcome is no place to refuse.
    const typed = normalizeCoderName(name);
    const chosen = isBlankCoderName(typed) ? coder.name : typed;
    if (chosen !== coder.name || color !== coder.color) await setCoder({ ...coder, name: chosen, color });
    if (withSample) await createSampleProject();
    await finishWelcome();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void start(true);
  };
  return (
    <Dialog title="Welcome to Framewise" onClose={() => void start(false)}>
      <form onSubmit={onSubmit}>
        <p>
          Framewise keeps your documents, codes and memos on this computer. Import documents, select passages and tag them with codes,
          then export the coded passages for R, Stata or pandas.
        </p>
        <label>
          Your name as coder
          <input value={name} onChange={(event) => setName(event.target.value)} maxLength={MAX_CODER_NAME_LENGTH} />
        </label>
        <ColorChoice value={color} onChange={setColor} options={CODER_PALETTE} legend="Your colour as coder" />
        <p>The sample project has four short texts about a mayoral race, with a few passages already coded.</p>
        <div className="dialog-buttons">
          <button type="button" disabled={busy} onClick={() => void start(false)}>
            Start with an empty project
          </button>
          <button type="submit" disabled={busy}>
            Open the sample project
          </button>
        </div>
      </form>
    </Dialog>
  );
}
