// The Compare table: rows are codes (the code tree; a parent may roll up its subcodes) or saved
// queries, columns are groups (values of an attribute, sets, single documents, coders), and each cell
// holds five measures of the row's passages in the group's documents. A row's passages are exactly
// those Retrieve lists for the same query (retrieve/retrievePassages.ts), so a click on a cell opens
// what the cell counts.
//
// Measures of a cell (row r, group g):
// - passages: Retrieve's passages of r in g's documents (overlapping codings make one passage; with
//   roll-up, a passage coded by a parent and its subcode is one passage);
// - documents: g's documents with at least one such passage;
// - words: words (shared/text/words.ts's rule) of the characters covered by r's passages, each
//   character once however many codings cover it;
// - share: characters covered / characters of g's texts, characters as a reader counts them (an
//   emoji, a flag or an accented letter is one; text/characterIndex.ts says why), not the UTF-16
//   units offsets count, with which a group of tweets with emoji would seem less coded than its twin;
// - per1000: passages per 1,000 words of g's texts.
// Column headers give g's documents and words (the document rows' word counts, same rule).
import { EMPTY_DOCUMENT_FILTER, type DocumentFilter } from '../library/documentFilter';
import type { AnalysisIndex } from '../analysis/analysisIndex';
import { documentGroups, type Group, type Grouping } from '../analysis/grouping';
import { unionRuns } from '../analysis/ranges';
import { codePath } from '../codebook/codePath';
import { codeQuery, EMPTY_RETRIEVE_QUERY, type RetrieveQuery } from '../retrieve/retrieveQuery';
import { findPassages, retrievePassages, type RetrieveScope } from '../retrieve/retrievePassages';
import { charactersCovered, unitCharacterIndex, type CharacterIndex } from '../text/characterIndex';
import type { UnitSums } from './bootstrapSums';

export type CompareMeasure = 'passages' | 'documents' | 'words' | 'share' | 'per1000';
export const COMPARE_MEASURES: readonly CompareMeasure[] = ['passages', 'documents', 'words', 'share', 'per1000'];
export const MEASURE_LABELS: Record<CompareMeasure, string> = {
  passages: 'Passages',
  documents: 'Documents with the code',
  words: 'Words coded',
  share: 'Share of the text coded',
  per1000: 'Passages per 1,000 words',
};

export type CompareRowSpec =
  /** Codes in tree order (empty `codeIds`: every code); `rollUp`: each counts its subcodes' passages too. */
  | { kind: 'codes'; codeIds: string[]; rollUp: boolean }
  | { kind: 'queries'; queries: RetrieveQuery[] };

export interface CompareSettings {
  rows: CompareRowSpec;
  columns: Grouping;
  /** The documents compared; the columns divide them. */
  documents: DocumentFilter;
  /** Only these coders' codings count (empty: every coder's). */
  coderIds: string[];
}

export interface CompareRow {
  key: string;
  /** The code's name or the query's name. */
  label: string;
  /** The code's path in the tree (`criticism > record`), or the query's name. */
  path: string;
  codeId: string | null;
  /** Depth in the code tree (0 for queries and top-level codes). */
  depth: number;
  /** The row's parent code among the rows, if any (roll-up counts the subcode in it). */
  parentKey: string | null;
  /** What the row counts, for a click that opens its passages in Retrieve. */
  query: RetrieveQuery;
}

export interface CompareColumn extends Group {
  documents: number;
  words: number;
  /** Characters of the group's texts, as a reader counts them (not UTF-16 units). */
  characters: number;
}

export interface CompareCell {
  passages: number;
  documents: number;
  words: number;
  /** Characters the row's passages cover, each once, as a reader counts them. */
  characters: number;
  /** Fraction of the group's characters covered, 0 to 1; NaN for a group without text. */
  share: number;
  /** NaN for a group without words. */
  per1000: number;
}

/** Per-document values, one UnitSums per column, for bootstrap intervals (compareIntervals.ts). */
export const UNIT_VALUES_PER_ROW = 4;

export interface CompareTable {
  settings: CompareSettings;
  rows: CompareRow[];
  columns: CompareColumn[];
  /** cells[row][column]. */
  cells: CompareCell[][];
  /**
   * Per column, each document's values: for each row its passages, characters covered, words
   * covered and 1 if it has a passage (UNIT_VALUES_PER_ROW), then the document's words and characters.
   */
  units: UnitSums[];
  problems: string[];
}

export function compareTable(index: AnalysisIndex, settings: CompareSettings): CompareTable {
  const rows = compareRows(index, settings);
  const base = retrievePassages(index, { ...EMPTY_RETRIEVE_QUERY, documents: settings.documents });
  const docIds = new Set(base.docIds);
  const documents = index.documents.filter((doc) => docIds.has(doc.id));
  const groups = documentGroups(documents, settings.columns, { sets: index.rows.sets, coders: index.rows.coders });
  const problems = new Set<string>(base.problems);
  const k = rows.length * UNIT_VALUES_PER_ROW + 2;

  const columns: CompareColumn[] = [];
  const units: UnitSums[] = [];
  const cells: CompareCell[][] = rows.map(() => []);
  for (const group of groups) {
    const n = group.docIds.length;
    const values = new Float64Array(n * k);
    const position = new Map(group.docIds.map((id, i) => [id, i]));
    let words = 0;
    let characters = 0;
    group.docIds.forEach((id, i) => {
      const doc = index.docsById.get(id)!;
      const length = documentCharacters(index, id).length;
      values[i * k + k - 2] = doc.words;
      values[i * k + k - 1] = length;
      words += doc.words;
      characters += length;
    });
    columns.push({ ...group, documents: n, words, characters });
    units.push({ n, k, values });

    rows.forEach((row, r) => {
      const found = findPassages(index, row.query, scopeOf(group));
      for (const problem of found.problems) problems.add(problem);
      const cell: CompareCell = { passages: 0, documents: 0, words: 0, characters: 0, share: Number.NaN, per1000: Number.NaN };
      for (const { docId, passages } of found.documents) {
        if (passages.length === 0) continue;
        const i = position.get(docId);
        if (i === undefined) continue;
        const runs = unionRuns(passages);
        const chars = charactersCovered(documentCharacters(index, docId), runs);
        let runWords = 0;
        if (index.text(docId) === undefined) problems.add('Some texts were not available: their words coded count as 0.');
        else for (const run of runs) runWords += index.wordsIn(docId, run.start, run.end)!;
        const at = i * k + r * UNIT_VALUES_PER_ROW;
        values[at] = passages.length;
        values[at + 1] = chars;
        values[at + 2] = runWords;
        values[at + 3] = 1;
        cell.passages += passages.length;
        cell.characters += chars;
        cell.words += runWords;
        cell.documents += 1;
      }
      cell.share = characters > 0 ? cell.characters / characters : Number.NaN;
      cell.per1000 = words > 0 ? (cell.passages / words) * 1000 : Number.NaN;
      cells[r]!.push(cell);
    });
  }
  return { settings, rows, columns, cells, units, problems: [...problems] };
}

/** A text not at hand counts each UTF-16 unit as a character, as its recorded length does. */
function documentCharacters(index: AnalysisIndex, docId: string): CharacterIndex {
  const text = index.text(docId);
  const length = index.docsById.get(docId)?.length ?? text?.length ?? 0;
  return text !== undefined && text.length === length ? index.characters(docId)! : unitCharacterIndex(length);
}

/** The value of one measure in a cell. */
export function measureOf(cell: CompareCell, measure: CompareMeasure): number {
  return cell[measure];
}

/**
 * What a click on a cell opens in Retrieve: the row's query (with the table's document filter, for a
 * code row) narrowed to the column's documents and coder. Retrieve lists exactly the cell's passages.
 */
export function cellQuery(table: CompareTable, row: number, column: number): { query: RetrieveQuery; scope: RetrieveScope } {
  const { query, codeId } = table.rows[row]!;
  return { query: codeId !== null ? { ...query, documents: table.settings.documents } : query, scope: scopeOf(table.columns[column]!) };
}

function scopeOf(group: Group): RetrieveScope {
  return { docIds: group.docIds, coderId: group.coderId };
}

function compareRows(index: AnalysisIndex, settings: CompareSettings): CompareRow[] {
  const spec = settings.rows;
  if (spec.kind === 'queries') {
    return spec.queries.map((query, i) => {
      const coderIds = query.coderIds.length === 0 ? settings.coderIds : settings.coderIds.length === 0 ? query.coderIds : query.coderIds.filter((id) => settings.coderIds.includes(id));
      const label = query.name || `Query ${i + 1}`;
      // An empty intersection of coders would mean "every coder": keep it empty-handed instead.
      const narrowed = coderIds.length === 0 && query.coderIds.length + settings.coderIds.length > 0 ? ['(none)'] : coderIds;
      return { key: `query:${i}`, label, path: label, codeId: null, depth: 0, parentKey: null, query: { ...query, coderIds: narrowed } };
    });
  }
  const chosen = spec.codeIds.length > 0 ? new Set(spec.codeIds) : null;
  const ids = index.codeOrder.filter((id) => !chosen || chosen.has(id));
  const shown = new Set(ids);
  return ids.map((id) => {
    const code = index.codesById.get(id)!;
    // The nearest ancestor among the rows (the tree has no cycles: codeTree broke them).
    let parent = index.treeParent.get(id) ?? null;
    while (parent !== null && !shown.has(parent)) parent = index.treeParent.get(parent) ?? null;
    return {
      key: `code:${id}`,
      label: code.name,
      path: codePath(code, index.codesById),
      codeId: id,
      depth: index.treeDepth.get(id) ?? 0,
      parentKey: parent !== null ? `code:${parent}` : null,
      // Code rows are evaluated on the columns' documents, already filtered: no filter of their own.
      query: codeQuery(id, spec.rollUp, settings.coderIds, EMPTY_DOCUMENT_FILTER),
    };
  });
}
