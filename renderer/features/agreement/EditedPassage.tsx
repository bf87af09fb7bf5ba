// The edited extent of a decision, set on the text rather than typed as offsets: select the passage in
// any coder's text of the disagreement shown (the selection is read as offsets of the canonical text),
// or move either end by a word with the buttons (from the keyboard as from the mouse). The quote it
// makes is shown before it is taken into the consensus.
import { useEffect, useState, type RefObject } from 'react';
import { trimRange } from '../../../shared/text/paragraphs';
import { wholeCodePoints } from '../../../shared/text/offsets';
import { nudgedRange, type Edge } from '../coding/boundaryNudge';
import { characterPlace } from '../../../shared/agreement/passagePlace';
import type { DocumentCharacters } from './useDocumentCharacters';

interface Props {
  /** The document's canonical text, and its character index for saying where the passage lies. */
  source: DocumentCharacters;
  /** The disagreement's extent, where the edited passage starts. */
  initial: { start: number; end: number };
  /** The disagreement shown: a selection counts only inside its marked texts. */
  container: RefObject<HTMLElement | null>;
  /** The disagreement's codes, in its order: with more than one, the researcher ticks those the passage keeps. */
  codes: ReadonlyArray<{ id: string; name: string }>;
  /** `codeIds` only when some of the codes were left out (every code is what a decision keeps unless told). */
  onKeep(edited: { start: number; end: number; codeIds?: string[] }): void;
}

const STEPS: Array<{ edge: Edge; direction: -1 | 1; label: string }> = [
  { edge: 'start', direction: -1, label: 'Start a word earlier' },
  { edge: 'start', direction: 1, label: 'Start a word later' },
  { edge: 'end', direction: -1, label: 'End a word earlier' },
  { edge: 'end', direction: 1, label: 'End a word later' },
];

export function EditedPassage({ source: { text, index }, initial, container, codes, onKeep }: Props) {
  const [extent, setExtent] = useState(initial);
  // Every code ticked at first: keeping the edited passage as each code the coders used, as before a choice was offered.
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set(codes.map((c) => c.id)));
  const keptIds = codes.filter((c) => kept.has(c.id)).map((c) => c.id);
  const toggle = (id: string) => setKept((now) => (now.has(id) ? new Set([...now].filter((k) => k !== id)) : new Set([...now, id])));

  useEffect(() => {
    const onSelection = () => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed) return;
      const a = textOffset(container.current, selection.anchorNode, selection.anchorOffset);
      const b = textOffset(container.current, selection.focusNode, selection.focusOffset);
      if (a === null || b === null) return;
      const whole = wholeCodePoints(text, Math.min(a, b), Math.max(a, b));
      const trimmed = trimRange(text, whole.start, whole.end);
      if (trimmed.start < trimmed.end) setExtent(trimmed);
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [text, container]);

  return (
    <div className="edited-passage" role="group" aria-label="Edited passage">
      <p className="edited-passage-hint">Select the passage in a coder’s text above, or move its ends a word at a time.</p>
      <p role="status" aria-label="Edited passage quote" className="edited-passage-quote">
        “{text.slice(extent.start, extent.end)}” ({characterPlace(index, extent.start, extent.end)})
      </p>
      {codes.length > 1 ? (
        <fieldset className="edited-passage-codes">
          <legend>Codes the edited passage keeps</legend>
          {codes.map((code) => (
            <label key={code.id}>
              <input type="checkbox" checked={kept.has(code.id)} onChange={() => toggle(code.id)} />
              {code.name}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="edited-passage-steps">
        {STEPS.map(({ edge, direction, label }) => {
          const next = nudgedRange(text, extent, edge, direction, 'word');
          return (
            <button key={label} type="button" disabled={next === null} onClick={() => next && setExtent(next)}>
              {label}
            </button>
          );
        })}
        <button
          type="button"
          disabled={keptIds.length === 0}
          title={keptIds.length === 0 ? 'Tick at least one code for the edited passage.' : undefined}
          onClick={() => onKeep(keptIds.length === codes.length ? extent : { ...extent, codeIds: keptIds })}
        >
          Keep edited passage
        </button>
      </div>
    </div>
  );
}

/**
 * The canonical-text offset of a point of the selection, when it lies in a piece of a marked text of
 * the disagreement (MarkedText gives each piece its first offset as `data-at`), else null.
 */
function textOffset(container: HTMLElement | null, node: Node | null, offset: number): number | null {
  if (!container || !node || node.nodeType !== Node.TEXT_NODE) return null;
  const piece = node.parentElement;
  if (!piece || !container.contains(piece) || !piece.closest('.disagreement-text')) return null;
  const at = Number(piece.dataset.at);
  return Number.isInteger(at) ? at + offset : null;
}
