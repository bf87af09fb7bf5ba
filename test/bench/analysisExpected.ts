// What the analysis places must show for the benchmark's project, computed here in Node by the same
// pure functions from the same rows: the benchmark waits for these exact labels and lines, so a run
// that ends has seen the right figures (and a frame still showing an older answer never counts).
// The settings are the places' own starting ones (Compare: codes by leaning, passages, seed 1;
// Distinctive words: prior weight 1,000, the top 20 words).
import { createAnalysisIndex, type ProjectRows } from '../../shared/analysis/analysisIndex';
import { documentGroups, type Grouping } from '../../shared/analysis/grouping';
import { EMPTY_DOCUMENT_FILTER } from '../../shared/library/documentFilter';
import { codeQuery } from '../../shared/retrieve/retrieveQuery';
import { findPassages } from '../../shared/retrieve/retrievePassages';
import { compareTable, type CompareSettings } from '../../shared/stats/compare';
import { compareIntervals } from '../../shared/stats/compareIntervals';
import { cooccurrence } from '../../shared/stats/cooccurrence';
import { distinctiveWords } from '../../shared/stats/distinctiveWords';
import { searchCorpus } from '../../shared/search/corpusSearch';
import { cellText } from '../../renderer/features/analysis/formatMeasure';
import { CRITICISM, REST_SET, RIGHT_SET } from './analysisProject';

/** Compare's intervals as the place asks for them (ComparePlace.tsx: 2,000 resamples; compareState.ts: seed 1). */
const INTERVALS = { resamples: 2000, seed: 1 };
const BY_LEANING: Grouping = { kind: 'attribute', name: 'leaning' };
const BY_SET: Grouping = { kind: 'sets', setIds: [] };

/** The line above the distinctive words (DistinctiveWordsView.tsx), to the first semicolon. */
export interface WordsLines {
  /** The view's first answer, columns by leaning: its first group against the second, whole documents, without stop words. */
  opened: string;
  /** Its two groups, "center against left". */
  openedGroups: string;
  /** The same with columns by set: left and center against right. */
  bySet: string;
  /** Right against the rest, whole documents. */
  right: string;
  /** Right against the rest inside the criticism passages, without and with the stop words. */
  inside: string;
  insideWithStopWords: string;
  /** Passages of criticism on either side. */
  passages: number;
}

export interface AnalysisExpected {
  /** The Compare table's `criticism` × `right` button, by leaning, and with its interval. */
  cell: string;
  cellCount: number;
  cellWithInterval: string;
  /** The co-occurrence button of `criticism` with the next code. */
  cooccurrenceCell: string;
  words: WordsLines;
  /** The search's status line, to its number of documents. */
  hits: number;
  searchStatus: string;
}

export function expectedScreens(rows: ProjectRows, texts: Map<string, string>, pattern: string): AnalysisExpected {
  const index = createAnalysisIndex(rows, texts);
  const settings = (columns: Grouping): CompareSettings => ({ rows: { kind: 'codes', codeIds: [], rollUp: false }, columns, documents: EMPTY_DOCUMENT_FILTER, coderIds: [] });
  const table = compareTable(index, settings(BY_LEANING));
  const r = table.rows.findIndex((row) => row.codeId === CRITICISM.id);
  const c = table.columns.findIndex((column) => column.label === 'right');
  const count = table.cells[r]![c]!.passages;
  const show = (value: number) => cellText('passages', false, value);
  const interval = compareIntervals(table, INTERVALS).passages[r]![c]!;

  const matrix = cooccurrence(index, { codeIds: [], withSubcodes: false, unit: 'overlap', coderIds: [], documents: EMPTY_DOCUMENT_FILTER, grouping: { kind: 'none' } });
  const a = matrix.codeIds.indexOf(CRITICISM.id);
  const b = a + 1;
  const both = matrix.matrices[0]!.cells[a]![b]!;
  const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');
  const name = (id: string) => index.codesById.get(id)!.name;

  const groupsBy = (grouping: Grouping) => documentGroups(index.documents, grouping, { sets: rows.sets, coders: rows.coders });
  const leanings = groupsBy(BY_LEANING);
  const groups = groupsBy(BY_SET);
  const right = groups.find((g) => g.label === RIGHT_SET)!;
  const others = groups.find((g) => g.label === REST_SET)!;
  const within = codeQuery(CRITICISM.id, false, [], EMPTY_DOCUMENT_FILTER);
  const line = (target: typeof right, reference: typeof right, inside: boolean, stopWords: boolean) => {
    const words = distinctiveWords(index, { target: { group: target, within: inside ? within : null }, reference: { group: reference, within: inside ? within : null }, priorWeight: 1000, stopWords, top: 20 });
    return `${words.targetWords.toLocaleString('en')} words against ${words.referenceWords.toLocaleString('en')};`;
  };
  const passages = findPassages(index, within).documents.reduce((n, d) => n + d.passages.length, 0);

  const searched = searchCorpus({ pattern, mode: 'regex', caseInsensitive: true, accentInsensitive: false }, rows.documents.map((d) => ({ docId: d.id, text: texts.get(d.id)! })));
  if (!searched.ok) throw new Error(searched.message);
  const hits = searched.lines.length;

  return {
    cell: `${CRITICISM.name}, right: ${show(count)}. Open its passages`,
    cellCount: count,
    cellWithInterval: `${CRITICISM.name}, right: ${show(count)}, 95% interval ${show(interval.low)} to ${show(interval.high)}. Open its passages`,
    cooccurrenceCell: `${name(matrix.codeIds[a]!)} with ${name(matrix.codeIds[b]!)}, ${matrix.matrices[0]!.group.label}: ${both.n12} both, c ${fmt(both.c)}, P ${fmt(both.pColumnGivenRow)}. Show the passages`,
    words: {
      opened: line(leanings[0]!, leanings[1]!, false, true),
      openedGroups: `${leanings[0]!.label} against ${leanings[1]!.label}`,
      bySet: line(groups[0]!, groups[1]!, false, true),
      right: line(right, others, false, true),
      inside: line(right, others, true, true),
      insideWithStopWords: line(right, others, true, false),
      passages,
    },
    hits,
    searchStatus: `${hits} hit${hits === 1 ? '' : 's'} in `,
  };
}
