// The disagreement list's filters, by code and by document, and what the list says of them: each
// filter alone offers only what has disagreements, but together (or one kept from an earlier report)
// they can match none, and an empty list must say so and how to see more.
import type { Disagreement } from '../../../shared/agreement/disagreements';

export interface DisagreementFilter {
  /** A code's id, or '' for every code. */
  codeId: string;
  /** A document's id, or '' for every document. */
  docId: string;
}

export function filterDisagreements(disagreements: readonly Disagreement[], filter: DisagreementFilter): Disagreement[] {
  return disagreements.filter((d) => (filter.codeId === '' || d.codeIds.includes(filter.codeId)) && (filter.docId === '' || d.docId === filter.docId));
}

/**
 * What the list's status line says: nothing unfiltered; how many are shown when filtered; when none,
 * which filters leave none and which choice shows more. `code` and `document` name the filters set.
 */
export function shownWords(shown: number, total: number, named: { code: string | null; document: string | null }): string {
  if (named.code === null && named.document === null) return '';
  if (shown > 0) return `${shown} of ${total} ${total === 1 ? 'disagreement' : 'disagreements'} shown.`;
  const on = named.code !== null ? ` on “${named.code}”` : '';
  const where = named.document !== null ? ` in “${named.document}”` : '';
  const widen = [named.code !== null ? '“Every code”' : null, named.document !== null ? '“Every document”' : null].filter(Boolean).join(' or ');
  return `No disagreement${on}${where}. Choose ${widen} to see more.`;
}
