// "Code the hits": the chosen search hits as passages for the write path, which applies one code to
// them in one undoable step. A hit that a coding of that code by the same coder already covers is
// skipped (coding it again would add nothing), and so is a hit chosen twice.
import type { CodingRecord } from '../model';
import { capturePassage, type PassageContext } from '../text/passageContext';

export interface HitRange {
  docId: string;
  /** UTF-16 `[start, end)` in the document's canonical text. */
  start: number;
  end: number;
}

export interface PassageToCode extends HitRange, PassageContext {}

export interface HitsToCode {
  toCode: PassageToCode[];
  /** Hits left out, each with the coding that already covers it (null: the same hit was chosen twice). */
  skipped: Array<HitRange & { coveredBy: string | null }>;
  /** Hits whose document text was not available (deleted since the search?). */
  missing: HitRange[];
}

export function hitsToCode(
  hits: readonly HitRange[],
  codeId: string,
  coderId: string,
  codings: readonly CodingRecord[],
  text: (docId: string) => string | undefined,
): HitsToCode {
  const existing = new Map<string, CodingRecord[]>();
  for (const coding of codings) {
    if (coding.codeId !== codeId || coding.coderId !== coderId) continue;
    const list = existing.get(coding.docId);
    if (list) list.push(coding);
    else existing.set(coding.docId, [coding]);
  }
  const seen = new Set<string>();
  const result: HitsToCode = { toCode: [], skipped: [], missing: [] };
  for (const hit of hits) {
    const key = `${hit.docId}@${hit.start}-${hit.end}`;
    if (seen.has(key)) {
      result.skipped.push({ ...hit, coveredBy: null });
      continue;
    }
    seen.add(key);
    const covering = existing.get(hit.docId)?.find((c) => c.start <= hit.start && c.end >= hit.end);
    if (covering) {
      result.skipped.push({ ...hit, coveredBy: covering.id });
      continue;
    }
    const docText = text(hit.docId);
    if (docText === undefined || hit.end > docText.length) {
      result.missing.push(hit);
      continue;
    }
    result.toCode.push({ docId: hit.docId, start: hit.start, end: hit.end, ...capturePassage(docText, hit.start, hit.end) });
  }
  return result;
}
