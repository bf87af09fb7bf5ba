// The codes on the passage under the caret or selection, each removable. This is how a researcher
// (with a mouse or a screen reader) finds out what a highlight means.
import { useRef, type ReactNode } from 'react';
import type { CodeRecord, CoderRecord, CodingRecord } from '../../../shared/model';
import { excerpt } from '../../../shared/text/excerpt';
import { graphemeCeil } from '../../../shared/text/graphemes';
import { codingsAt } from '../../../shared/codings/overlap';
import { groupBy } from '../../../shared/groupBy';
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
  /**
   * More controls for each coding (Recode…), before its Remove button; `named` says which coding it is,
   * as the Remove button's name does, for their names (see codingNames).
   */
  renderTools?(coding: CodingRecord, named: CodingName): ReactNode;
}

/** A listed coding as its buttons name it: "Remove {code} from {passage}", "Recode {code} on {passage}". */
export interface CodingName {
  /** The code, with whose coding it is when that tells it apart: "claim", "Kim’s claim". */
  code: string;
  /** The passage: its start quoted, and how it ends when that tells it apart. */
  passage: string;
}

/**
 * The names of the listed codings' buttons, by coding id. A screen reader user moves between buttons
 * by name, so no two may read the same: a name says whose the coding is when two coders coded the
 * passage with the code, and how the passage ends when one coder's passages begin alike.
 */
export function codingNames(
  codings: readonly CodingRecord[],
  codesById: ReadonlyMap<string, CodeRecord>,
  codersById: ReadonlyMap<string, CoderRecord>,
): Map<string, CodingName> {
  const named = codings.map((coding) => ({ coding, code: codesById.get(coding.codeId)?.name ?? 'deleted code', passage: `“${excerpt(coding.quote, 40)}”` }));
  const coderName = (coding: CodingRecord) => codersById.get(coding.coderId)?.name ?? 'an unknown coder';
  for (const group of alike(named, (n) => `${n.code}\u0000${n.passage}`)) {
    if (new Set(group.map((n) => n.coding.coderId)).size > 1) for (const n of group) n.code = `${coderName(n.coding)}’s ${n.code}`;
  }
  for (const group of alike(named, (n) => `${n.code}\u0000${n.passage}`)) {
    for (const n of group) n.passage = `${n.passage} ending “${endExcerpt(n.coding.quote, 30)}”`;
  }
  // Only the same coder's coding of the very same passage with the code is left (samePassage.ts
  // refuses one, but two windows can each make one at once): numbered.
  for (const group of alike(named, (n) => `${n.code}\u0000${n.passage}`)) {
    group.forEach((n, i) => (n.passage = `${n.passage} (${i + 1} of ${group.length})`));
  }
  return new Map(named.map(({ coding, code, passage }) => [coding.id, { code, passage }]));
}

/** The groups of more than one item with the same key. */
function alike<T>(items: readonly T[], key: (item: T) => string): T[][] {
  return [...groupBy(items, key).values()].filter((group) => group.length > 1);
}

/** The end of a passage, at most `max` UTF-16 units, the first of them "…" when cut (as excerpt cuts its start). */
function endExcerpt(text: string, max: number): string {
  const flat = text.slice(-(max * 4 + 64)).replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `…${flat.slice(graphemeCeil(flat, flat.length - (max - 1)))}`;
}

export function CodesHerePanel({ selection, codings, codesById, codersById, onRemove, onNoneLeft, renderTools }: CodesHerePanelProps) {
  const here = codingsAt(codings, selection);
  const names = codingNames(here, codesById, codersById);
  // The codings whose removal is under way: a second click before it is through (a double click)
  // would be told the coding "no longer exists", over the message that it was removed.
  const removing = useRef(new Set<string>());
  // The Remove button that had the focus goes with its coding: the focus moves to the next coding's
  // Remove button (else the previous one's), or back to the text when none is left, instead of being
  // dropped on the page.
  const remove = async (coding: CodingRecord, button: HTMLButtonElement) => {
    if (removing.current.has(coding.id)) return;
    const item = button.closest('li');
    const neighbour = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector<HTMLButtonElement>('button[data-remove]');
    removing.current.add(coding.id);
    let removed;
    try {
      removed = await onRemove(coding);
    } finally {
      removing.current.delete(coding.id);
    }
    if (!removed) return;
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
            const named = names.get(coding.id)!;
            return (
              <li key={coding.id}>
                <span className="swatch" style={{ backgroundColor: code?.color ?? '#888' }} aria-hidden="true" />
                <span>
                  <strong>{name}</strong>: “{excerpt(coding.quote, 80)}”
                  <span className="meta"> by {codersById.get(coding.coderId)?.name ?? 'unknown coder'}</span>
                </span>
                {renderTools?.(coding, named)}
                <button type="button" data-remove aria-label={`Remove ${named.code} from ${named.passage}`} onClick={(event) => void remove(coding, event.currentTarget)}>
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
