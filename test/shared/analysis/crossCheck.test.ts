// The measures checked against independent, slow computations on random projects: counts from the
// coded-segments CSV (what a researcher would compute in R), character-by-character coverage, and
// overlap graphs. If the fast paths and the slow ones ever disagree, one of them is wrong.
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { codedSegmentsCsv } from '../../../shared/export/codedSegments';
import { EMPTY_DOCUMENT_FILTER } from '../../../shared/library/documentFilter';
import { EMPTY_RETRIEVE_QUERY } from '../../../shared/retrieve/retrieveQuery';
import { retrievePassages } from '../../../shared/retrieve/retrievePassages';
import { compareTable } from '../../../shared/stats/compare';
import { cooccurrence } from '../../../shared/stats/cooccurrence';
import { createRng } from '../../../shared/stats/random';
import { countWords } from '../../../shared/text/words';
import type { CodingRecord } from '../../../shared/model';
import { code, doc, project, rangeCoding } from './fixtures';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function randomProject(seed: number) {
  const rng = createRng(seed);
  const words = ['crime', 'the', 'DA', 'café', 'reform', '😀', 'jail', 'naïve', 'rose'];
  const texts: Record<string, string> = {};
  const documents = [];
  for (let d = 0; d < 9; d++) {
    const paragraphs = Array.from({ length: 2 + rng.int(3) }, () => Array.from({ length: 8 + rng.int(12) }, () => words[rng.int(words.length)]).join(' '));
    const text = paragraphs.join('\n\n');
    texts[`d${d}`] = text;
    documents.push(doc(`d${d}`, d, text, { leaning: ['left', 'center', 'right'][d % 3]! }));
  }
  const codes = [code('A', 'A', null, 0), code('B', 'B', null, 1), code('C', 'C', 'A', 0)];
  const codings: CodingRecord[] = [];
  for (let i = 0; i < 120; i++) {
    const d = rng.int(9);
    const text = texts[`d${d}`]!;
    // Start and end between whole characters (never inside the emoji).
    const cut = (at: number) => (at > 0 && at < text.length && /[\udc00-\udfff]/.test(text[at]!) ? at + 1 : at);
    const start = cut(rng.int(text.length - 5));
    const end = cut(Math.min(text.length, start + 1 + rng.int(40)));
    codings.push(rangeCoding(text, `d${d}`, codes[rng.int(3)]!.id, start, end, rng.next() < 0.5 ? 'k1' : 'k2'));
  }
  return { ...project({ documents, codes, codings, texts }), texts };
}

/** Maximal runs of `true`. */
function runs(covered: boolean[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < covered.length; i++) if (covered[i] && !covered[i - 1]) out.push([i, covered.indexOf(false, i) < 0 ? covered.length : covered.indexOf(false, i)]);
  return out;
}

/** Groups of ranges connected by overlaps (sharing a character), by brute force. */
function overlapGroups<T extends { start: number; end: number }>(ranges: T[]): T[][] {
  const parent = ranges.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < ranges.length; i++) for (let j = 0; j < i; j++) if (ranges[i]!.start < ranges[j]!.end && ranges[j]!.start < ranges[i]!.end) parent[find(i)] = find(j);
  const groups = new Map<number, T[]>();
  ranges.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
  return [...groups.values()];
}

describe('cross-checks on random projects', () => {
  for (const seed of [1, 2, 3]) {
    const { rows, index, texts } = randomProject(seed);

    test(`compare counts equal counts computed from the coded-segments CSV (seed ${seed})`, () => {
      const csv = codedSegmentsCsv({ projectName: 'p', documents: rows.documents.map((record) => ({ record, text: texts[record.id]! })), codes: rows.codes, coders: rows.coders, codings: rows.codings, codingMemos: new Map() }, { spreadsheetSafe: false });
      const segments = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
      const table = compareTable(index, { rows: { kind: 'codes', codeIds: [], rollUp: false }, columns: { kind: 'attribute', name: 'leaning' }, documents: EMPTY_DOCUMENT_FILTER, coderIds: [] });
      table.rows.forEach((row, r) =>
        table.columns.forEach((column, c) => {
          let passages = 0;
          let words = 0;
          let characters = 0;
          for (const docId of column.docIds) {
            const ranges = segments.filter((s) => s.document_id === docId && s.code === row.label).map((s) => ({ start: Number(s.start_utf16), end: Number(s.end_utf16) }));
            passages += overlapGroups(ranges).length;
            const covered = Array.from({ length: texts[docId]!.length }, (_, i) => ranges.some((x) => x.start <= i && i < x.end));
            for (const [s, e] of runs(covered)) {
              // Characters as a reader counts them: the emoji is one.
              characters += [...graphemes.segment(texts[docId]!.slice(s, e))].length;
              words += countWords(texts[docId]!.slice(s, e));
            }
          }
          expect(table.cells[r]![c], `${row.label} in ${column.label}`).toMatchObject({ passages, words, characters });
        }),
      );
    });

    test(`AND passages are the stretches covered by every chosen code (seed ${seed})`, () => {
      const found = retrievePassages(index, { ...EMPTY_RETRIEVE_QUERY, codeIds: ['A', 'B'], match: 'all' }).passages;
      for (const d of rows.documents) {
        const text = texts[d.id]!;
        const cover = (codeId: string) => Array.from({ length: text.length }, (_, i) => rows.codings.some((x) => x.docId === d.id && x.codeId === codeId && x.start <= i && i < x.end));
        const a = cover('A');
        const b = cover('B');
        const expected = runs(a.map((x, i) => x && b[i]!));
        expect(found.filter((p) => p.docId === d.id).map((p) => [p.start, p.end])).toEqual(expected);
      }
    });

    test(`co-occurrence counts equal those of a brute-force overlap graph (seed ${seed})`, () => {
      const cells = cooccurrence(index, { codeIds: ['A', 'B', 'C'], withSubcodes: false, unit: 'overlap', coderIds: [], documents: EMPTY_DOCUMENT_FILTER, grouping: { kind: 'none' } }).matrices[0]!.cells;
      const ids = ['A', 'B', 'C'];
      ids.forEach((x, i) =>
        ids.forEach((y, j) => {
          let n1 = 0;
          let n2 = 0;
          let n12 = 0;
          for (const d of rows.documents) {
            const units = overlapGroups(rows.codings.filter((c) => c.docId === d.id && (c.codeId === x || c.codeId === y)));
            for (const unit of units) {
              const hasX = unit.some((c) => c.codeId === x);
              const hasY = unit.some((c) => c.codeId === y);
              n1 += hasX ? 1 : 0;
              n2 += hasY ? 1 : 0;
              n12 += hasX && hasY ? 1 : 0;
            }
          }
          expect(cells[i]![j], `${x} × ${y}`).toMatchObject({ n1, n2, n12 });
        }),
      );
    });
  }
});
