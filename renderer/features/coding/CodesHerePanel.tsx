// The codes on the passage under the caret or selection, each removable. This is how a researcher
// (with a mouse or a screen reader) finds out what a highlight means.
import type { ReactNode } from 'react';
import type { CodeRecord, CoderRecord, CodingRecord } from '../../../shared/model';
import { excerpt } from '../../../shared/text/excerpt';
import { codingsAt } from '../../../shared/codings/overlap';
import type { TextRange } from './textDomIndex';

interface CodesHerePanelProps {
  selection: TextRange | null;
  codings: readonly CodingRecord[];
  codesById: ReadonlyMap<string, CodeRecord>;
  codersById: ReadonlyMap<string, CoderRecord>;
  /** Removes the coding; resolves true once it is removed. */
  onRemove(coding: CodingRecord): Promise<boolean>;
  /** Where the focus goes when the last coding listed here has been removed by its button. */
  onNoneLeft(): void;
  /** More controls for each coding (Recode…), before its Remove button. */
  renderTools?(coding: CodingRecord): ReactNode;
}

export function CodesHerePanel({ selection, codings, codesById, codersById, onRemove, onNoneLeft, renderTools }: CodesHerePanelProps) {
  const here = codingsAt(codings, selection);
  // The Remove button that had the focus goes with its coding: the focus moves to the next coding's
  // Remove button (else the previous one's), or back to the text when none is left, instead of being
  // dropped on the page.
  const remove = async (coding: CodingRecord, button: HTMLButtonElement) => {
    const item = button.closest('li');
    const neighbour = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector<HTMLButtonElement>('button[data-remove]');
    if (!(await onRemove(coding))) return;
    const focus = document.activeElement;
    if (focus !== button && focus !== document.body && focus !== null) return;
    if (neighbour?.isConnected) neighbour.focus();
    else onNoneLeft();
  };
  return (
    <section className="panel" aria-labelledby="codes-here-heading">
      <h2 id="codes-here-heading">Codes here</h2>
      {here.length === 0 ? (
        <p className="hint">{selection ? 'No code on this passage.' : 'Click a highlight, or move the cursor onto it, to see its codes.'}</p>
      ) : (
        <ul className="codes-here" aria-label="Codes on this passage">
          {here.map((coding) => {
            const code = codesById.get(coding.codeId);
            const name = code?.name ?? 'deleted code';
            return (
              <li key={coding.id}>
                <span className="swatch" style={{ backgroundColor: code?.color ?? '#888' }} aria-hidden="true" />
                <span>
                  <strong>{name}</strong>: “{excerpt(coding.quote, 80)}”
                  <span className="meta"> by {codersById.get(coding.coderId)?.name ?? 'unknown coder'}</span>
                </span>
                {renderTools?.(coding)}
                <button type="button" data-remove aria-label={`Remove ${name} from “${excerpt(coding.quote, 40)}”`} onClick={(event) => void remove(coding, event.currentTarget)}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
