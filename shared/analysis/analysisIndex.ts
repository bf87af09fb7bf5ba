// The project's rows indexed once for every analysis: codings by document and code, sorted by start,
// so that a query touches only the codings it asks for (no scan of all codings per document or per
// code). Built in the analysis worker from plain rows and kept there while the rows stay the same;
// what goes back to the screen are plain results, never this index.
import type { CodeRecord, CoderRecord, CodingRecord, DocumentRecord, DocumentSetRecord, MemoRecord } from '../model';
import { codeTree } from '../codebook/codeTree';
import type { ParagraphIndex } from './paragraphIndex';
import { wordsInRange } from './wordsInRange';
import { createWordIndex, documentWords, type DocumentWords, type WordIndex } from '../stats/wordIndex';
import type { CharacterIndex } from '../text/characterIndex';
import { createTextFacts, type TextFacts } from './textFacts';

/** The rows of one project an analysis reads, as the database holds them. */
export interface ProjectRows {
  documents: readonly DocumentRecord[];
  codes: readonly CodeRecord[];
  codings: readonly CodingRecord[];
  sets: readonly DocumentSetRecord[];
  coders: readonly CoderRecord[];
  memos: readonly MemoRecord[];
}

/** Canonical texts by document id: a Map, or a function that returns one (undefined when not loaded). */
export type TextLookup = ReadonlyMap<string, string> | ((docId: string) => string | undefined);

export interface AnalysisIndex {
  rows: ProjectRows;
  /** Documents in the project's order (by `order`), the order results follow. */
  documents: DocumentRecord[];
  docsById: Map<string, DocumentRecord>;
  codesById: Map<string, CodeRecord>;
  /** Code ids in tree order (parents before children, siblings in order). */
  codeOrder: string[];
  /** Each code with its descendants, in tree order (the code first). */
  subtree: Map<string, string[]>;
  /** Each code's depth and parent as the tree shows them (orphans and codes in a cycle at the top). */
  treeDepth: Map<string, number>;
  treeParent: Map<string, string | null>;
  /** Codings of each document by code, each list sorted by start then end. */
  codingsByDocCode: Map<string, Map<string, CodingRecord[]>>;
  /** All codings of each document, sorted by start then end. */
  codingsByDoc: Map<string, CodingRecord[]>;
  /** The longest coding of each document, to bound a search for codings overlapping a range. */
  longestByDoc: Map<string, number>;
  text(docId: string): string | undefined;
  /**
   * The text folded as the document filter's "text contains" compares it (foldPhrase), folded once:
   * Compare asks the filter once per row and column, Retrieve once per column.
   */
  foldedText(docId: string): string | undefined;
  paragraphs(docId: string): ParagraphIndex | undefined;
  /** Words of each document found so far (distinctive words), shared by every query on this index. */
  wordIndex: WordIndex;
  /** A document's words, found the first time (undefined when its text is not available). */
  words(docId: string): DocumentWords | undefined;
  /** countWords of the document's text from `start` to `end` (undefined when its text is not available). */
  wordsIn(docId: string, start: number, end: number): number | undefined;
  /** Where each character (grapheme cluster) of the text starts (undefined when its text is not available). */
  characters(docId: string): CharacterIndex | undefined;
  /** What was worked out from each text, kept for the next load of the same project (textFacts.ts). */
  textFacts: TextFacts;
}

/** What an index of an earlier load of the same project hands on to the next (analysisWork.ts, indexOfLoad). */
export interface CarriedFacts {
  words: WordIndex;
  textFacts: TextFacts;
}

/**
 * `carried`: the word index and text facts of an earlier load of the same project, which serve this
 * one where the text is the same (wordIndex.ts, textFacts.ts); words of documents no longer in the
 * rows are dropped.
 */
export function createAnalysisIndex(rows: ProjectRows, texts: TextLookup, carried?: CarriedFacts): AnalysisIndex {
  const documents = [...rows.documents].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const tree = codeTree(rows.codes);
  const codeOrder = tree.map((entry) => entry.code.id);
  const subtree = new Map<string, string[]>();
  for (let i = 0; i < tree.length; i++) {
    const ids = [tree[i]!.code.id];
    for (let j = i + 1; j < tree.length && tree[j]!.depth > tree[i]!.depth; j++) ids.push(tree[j]!.code.id);
    subtree.set(tree[i]!.code.id, ids);
  }

  // Built on first use: the window's copy of the index serves lookups (names, documents, contexts)
  // and never needs the codings sorted; the worker's builds them with its first question.
  let byDoc: CodingsByDoc | null = null;
  const codings = () => (byDoc ??= groupCodings(rows.codings));

  const lookup = typeof texts === 'function' ? texts : (id: string) => texts.get(id);
  const textFacts = carried?.textFacts ?? createTextFacts();
  const docsById = new Map(documents.map((doc) => [doc.id, doc]));
  const wordIndex = carried?.words ?? createWordIndex();
  for (const docId of wordIndex.documents.keys()) if (!docsById.has(docId)) wordIndex.documents.delete(docId);
  return {
    rows,
    documents,
    docsById,
    codesById: new Map(rows.codes.map((code) => [code.id, code])),
    codeOrder,
    subtree,
    treeDepth: new Map(tree.map((entry) => [entry.code.id, entry.depth])),
    treeParent: new Map(tree.map((entry) => [entry.code.id, entry.parentId])),
    get codingsByDocCode() {
      return codings().codingsByDocCode;
    },
    get codingsByDoc() {
      return codings().codingsByDoc;
    },
    get longestByDoc() {
      return codings().longestByDoc;
    },
    text: lookup,
    foldedText(docId) {
      const text = lookup(docId);
      return text === undefined ? undefined : textFacts.folded(docId, text);
    },
    paragraphs(docId) {
      const text = lookup(docId);
      return text === undefined ? undefined : textFacts.paragraphs(docId, text);
    },
    wordsIn(docId, start, end) {
      const text = lookup(docId);
      return text === undefined ? undefined : wordsInRange(text, textFacts.wordRuns(docId, text), start, end);
    },
    characters(docId) {
      const text = lookup(docId);
      return text === undefined ? undefined : textFacts.characters(docId, text);
    },
    textFacts,
    wordIndex,
    words(docId) {
      const text = lookup(docId);
      return text === undefined ? undefined : documentWords(wordIndex, docId, text);
    },
  };
}

interface CodingsByDoc {
  codingsByDocCode: Map<string, Map<string, CodingRecord[]>>;
  codingsByDoc: Map<string, CodingRecord[]>;
  longestByDoc: Map<string, number>;
}

function groupCodings(all: readonly CodingRecord[]): CodingsByDoc {
  const codingsByDoc = new Map<string, CodingRecord[]>();
  for (const coding of all) {
    const list = codingsByDoc.get(coding.docId);
    if (list) list.push(coding);
    else codingsByDoc.set(coding.docId, [coding]);
  }
  const codingsByDocCode = new Map<string, Map<string, CodingRecord[]>>();
  const longestByDoc = new Map<string, number>();
  for (const [docId, list] of codingsByDoc) {
    list.sort(compareCodings);
    const byCode = new Map<string, CodingRecord[]>();
    let longest = 0;
    for (const coding of list) {
      const codeList = byCode.get(coding.codeId);
      if (codeList) codeList.push(coding);
      else byCode.set(coding.codeId, [coding]);
      longest = Math.max(longest, coding.end - coding.start);
    }
    codingsByDocCode.set(docId, byCode);
    longestByDoc.set(docId, longest);
  }
  return { codingsByDocCode, codingsByDoc, longestByDoc };
}

export function compareCodings(a: CodingRecord, b: CodingRecord): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The codings of a document with one of `codeIds`, by one of `coderIds` (null: any coder), sorted by
 * start. Reads only the lists of the codes asked for.
 */
export function codingsOf(index: AnalysisIndex, docId: string, codeIds: readonly string[], coderIds: ReadonlySet<string> | null): CodingRecord[] {
  const byCode = index.codingsByDocCode.get(docId);
  if (!byCode) return [];
  const lists: CodingRecord[][] = [];
  for (const codeId of codeIds) {
    const list = byCode.get(codeId);
    if (list) lists.push(list);
  }
  let out: CodingRecord[];
  if (lists.length === 1) out = lists[0]!.slice();
  else {
    out = lists.flat();
    out.sort(compareCodings);
  }
  return coderIds ? out.filter((coding) => coderIds.has(coding.coderId)) : out;
}

/** Each chosen code with its subcodes when `withSubcodes`, without repeats, in tree order. */
export function expandCodes(index: AnalysisIndex, codeIds: readonly string[], withSubcodes: boolean): string[] {
  const chosen = new Set<string>();
  for (const id of codeIds) {
    if (withSubcodes) for (const sub of index.subtree.get(id) ?? [id]) chosen.add(sub);
    else chosen.add(id);
  }
  return index.codeOrder.filter((id) => chosen.has(id)).concat([...chosen].filter((id) => !index.subtree.has(id)));
}
