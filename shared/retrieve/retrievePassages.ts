// Evaluates a Retrieve query into passages over the indexed project (analysis/analysisIndex.ts). Work
// is per document and per chosen code: each document's codings of the chosen codes are read from the
// index (already sorted), merged in one pass, and filtered; nothing scans all codings per passage.
import type { AttributeValue, CodingRecord } from '../model';
import { documentPredicate } from '../library/documentFilter';
import { codingsOf, expandCodes, type AnalysisIndex } from '../analysis/analysisIndex';
import { firstStartingAtOrAfter, intersectRuns, overlapComponents, overlapsRuns, unionRuns, type Range } from '../analysis/ranges';
import { paragraphSpan } from '../analysis/paragraphIndex';
import type { RetrieveQuery } from './retrieveQuery';
import { checkDocumentFilter } from './queryReferences';

export interface RetrievedPassage {
  /** `docId@start-end`: unique within a result, stable across runs. */
  key: string;
  docId: string;
  title: string;
  /** The document's attributes (the row's own object: read, do not change). */
  attributes: Record<string, AttributeValue>;
  /** UTF-16 `[start, end)` of the passage in the document's canonical text. */
  start: number;
  end: number;
  quote: string;
  /** The chosen codes (their subcodes included when asked) whose codings make the passage, in tree order. */
  codeIds: string[];
  /** Other codes whose codings (by the query's coders) overlap the passage, in tree order. */
  otherCodeIds: string[];
  /** The coders of the codings that make it. */
  coderIds: string[];
  /** The codings that make it (their memos are shown with it), in order of start. */
  codingIds: string[];
  /** The paragraph (0-based) the passage starts in; -1 when the text was not available. */
  paragraph: number;
}

/** Narrows a query to part of the project: a Compare column, a Retrieve column of one coder. */
export interface RetrieveScope {
  /** Only these documents (still filtered by the query's own document filter). */
  docIds?: readonly string[];
  /** Only this coder's codings (with the query's coders, if it names any). */
  coderId?: string | null;
}

export interface RetrieveResult {
  passages: RetrievedPassage[];
  /** The documents the query's filter and the scope let through, in project order. */
  docIds: string[];
  /** What the query could not do, in words a researcher reads (unknown codes, missing texts). */
  problems: string[];
}

/** The passages of one document before they are dressed for the screen: extent and codings. */
export interface FoundPassage extends Range {
  members: CodingRecord[];
}

export interface FoundPassages {
  /** Documents the filter and scope let through, in project order, each with its passages in order of start. */
  documents: Array<{ docId: string; passages: FoundPassage[] }>;
  problems: string[];
  /** Codes the query retrieves (subcodes expanded), to tell "other codes" apart. */
  chosenCodeIds: string[];
  coders: ReadonlySet<string> | null;
}

export function retrievePassages(index: AnalysisIndex, query: RetrieveQuery, scope: RetrieveScope = {}): RetrieveResult {
  const found = findPassages(index, query, scope);
  const passages: RetrievedPassage[] = [];
  let missingTexts = 0;
  for (const { docId, passages: list } of found.documents) {
    if (list.length === 0) continue;
    if (index.text(docId) === undefined) missingTexts++;
    passages.push(...describePassages(index, docId, list, found.chosenCodeIds, found.coders));
  }
  const problems = [...found.problems];
  if (missingTexts > 0) problems.push(`The text of ${missingTexts} document${missingTexts === 1 ? ' was' : 's were'} not available: their passages show the coded quote only.`);
  return { passages, docIds: found.documents.map((d) => d.docId), problems };
}

/**
 * Passages of one document as the screen and the exports show them: quote, codes, coders, codings and
 * the other codes that overlap each (by `coders`, null: any), leaving out `chosenCodeIds` from those.
 */
export function describePassages(index: AnalysisIndex, docId: string, list: readonly FoundPassage[], chosenCodeIds: readonly string[], coders: ReadonlySet<string> | null): RetrievedPassage[] {
  const doc = index.docsById.get(docId)!;
  const chosenSet = new Set(chosenCodeIds);
  const text = index.text(docId);
  const paragraphs = index.paragraphs(docId);
  const allCodings = index.codingsByDoc.get(docId) ?? [];
  const longest = index.longestByDoc.get(docId) ?? 0;
  return list.map((passage) => {
    const making = new Set(passage.members.map((coding) => coding.codeId));
    const others = new Set<string>();
    for (const coding of overlapping(allCodings, passage.start, passage.end, longest)) {
      if (!making.has(coding.codeId) && !chosenSet.has(coding.codeId) && (!coders || coders.has(coding.coderId))) others.add(coding.codeId);
    }
    return {
      key: `${docId}@${passage.start}-${passage.end}`,
      docId,
      title: doc.title,
      attributes: doc.attributes,
      start: passage.start,
      end: passage.end,
      quote: text !== undefined ? text.slice(passage.start, passage.end) : passage.members.length === 1 ? passage.members[0]!.quote : '',
      codeIds: inCodeOrder(index, making),
      otherCodeIds: inCodeOrder(index, others),
      coderIds: [...new Set(passage.members.map((coding) => coding.coderId))],
      codingIds: passage.members.map((coding) => coding.id),
      paragraph: paragraphs ? paragraphSpan(paragraphs, passage.start, passage.end).first : -1,
    };
  });
}

/** The query's passages per document, as extents and codings: what Retrieve shows and Compare counts. */
export function findPassages(index: AnalysisIndex, query: RetrieveQuery, scope: RetrieveScope = {}): FoundPassages {
  const problems: string[] = [];
  // A code no longer in the codebook (deleted, or merged into another) is left out of a list of
  // alternatives; where every chosen code must apply (AND), or every "near" code is gone, nothing
  // can satisfy the query any more, and leaving the code out would make it mean something else.
  const known = (ids: readonly string[], what: string, nothingLeft: string) => {
    const missing = ids.filter((id) => !index.codesById.has(id));
    if (missing.length > 0) {
      const are = `${missing.length} ${what} ${missing.length === 1 ? 'is' : 'are'} no longer in the codebook (deleted or merged?)`;
      problems.push(nothingLeft ? `${are}: ${nothingLeft}.` : `${are} and ${missing.length === 1 ? 'was' : 'were'} left out.`);
    }
    return ids.filter((id) => index.codesById.has(id));
  };
  const allRequired = query.match === 'all' && query.codeIds.length > 1;
  const chosenKnown = known(query.codeIds, query.codeIds.length === 1 ? 'chosen code' : 'chosen codes', allRequired ? 'no passage can have all the chosen codes' : '');
  const chosen = allRequired && chosenKnown.length < query.codeIds.length ? [] : chosenKnown;
  const excluded = expandCodes(index, known(query.excludeCodeIds, 'excluded codes', ''), query.withSubcodes);
  const nearKnown = query.near ? known(query.near.codeIds, '“near” codes', query.near.codeIds.every((id) => !index.codesById.has(id)) ? 'no passage can be near them' : '') : [];
  const nearCodes = expandCodes(index, nearKnown, query.withSubcodes);
  // For AND each chosen code is one family (itself and, if asked, its subcodes); for OR they pool.
  const families = chosen.map((id) => expandCodes(index, [id], query.withSubcodes));
  const allChosen = expandCodes(index, chosen, query.withSubcodes);
  const coders = coderFilter(query.coderIds, scope.coderId ?? null);

  const filter = checkDocumentFilter(index, query.documents);
  problems.push(...filter.problems);
  if (!filter.usable) return { documents: [], problems, chosenCodeIds: allChosen, coders };
  const passes = documentPredicate(query.documents, { sets: index.rows.sets, text: (id) => index.foldedText(id), textIsFolded: true });
  // A scope lists its documents: visit those alone (a column per document would otherwise visit every
  // document once per column), in project order.
  const inScope = scope.docIds
    ? [...new Set(scope.docIds)].flatMap((id) => index.docsById.get(id) ?? []).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    : index.documents;
  const documents: FoundPassages['documents'] = [];
  let nearUnchecked = 0;
  for (const doc of inScope) {
    if (!passes(doc)) continue;
    const entry = { docId: doc.id, passages: [] as FoundPassage[] };
    documents.push(entry);
    if (allChosen.length === 0) continue;

    let found: FoundPassage[];
    if (query.match === 'all' && families.length > 1) {
      const perFamily = families.map((family) => codingsOf(index, doc.id, family, coders));
      if (perFamily.some((list) => list.length === 0)) continue;
      let common = unionRuns(perFamily[0]!);
      for (let f = 1; f < perFamily.length && common.length > 0; f++) common = intersectRuns(common, unionRuns(perFamily[f]!));
      const longest = index.longestByDoc.get(doc.id) ?? 0;
      // A coding belongs to two families when one chosen code is a subcode of another: listed once.
      found = common.map((run) => ({ ...run, members: [...new Set(perFamily.flatMap((list) => overlapping(list, run.start, run.end, longest)))].sort((a, b) => a.start - b.start || a.end - b.end) }));
    } else {
      found = overlapComponents(codingsOf(index, doc.id, allChosen, coders));
    }
    if (found.length === 0) continue;

    if (excluded.length > 0) {
      const excludedRuns = unionRuns(codingsOf(index, doc.id, excluded, coders));
      if (excludedRuns.length > 0) found = found.filter((p) => !overlapsRuns(excludedRuns, p.start, p.end));
    }
    if (query.near && found.length > 0) {
      const paragraphs = index.paragraphs(doc.id);
      if (!paragraphs) {
        nearUnchecked++;
        found = [];
      } else {
        // Paragraphs holding a "near" coding, as a running count, so "any within [a, b]" is one subtraction.
        const marked = new Uint8Array(paragraphs.starts.length);
        for (const coding of codingsOf(index, doc.id, nearCodes, coders)) {
          const span = paragraphSpan(paragraphs, coding.start, coding.end);
          for (let p = span.first; p <= span.last; p++) marked[p] = 1;
        }
        const running = new Int32Array(marked.length + 1);
        for (let p = 0; p < marked.length; p++) running[p + 1] = running[p]! + marked[p]!;
        const reach = Math.max(0, Math.floor(query.near.paragraphs));
        found = found.filter((passage) => {
          const span = paragraphSpan(paragraphs, passage.start, passage.end);
          const from = Math.max(0, span.first - reach);
          const to = Math.min(marked.length - 1, span.last + reach);
          return to >= from && running[to + 1]! - running[from]! > 0;
        });
      }
    }
    entry.passages = found;
  }
  if (nearUnchecked > 0) problems.push(`“Near” could not be checked in ${nearUnchecked} document${nearUnchecked === 1 ? '' : 's'} whose text was not available; none of their passages are listed.`);
  return { documents, problems, chosenCodeIds: allChosen, coders };
}

/** The coders whose codings count: the query's (all when none named), narrowed to the scope's one coder. */
export function coderFilter(queryCoders: readonly string[], scopeCoder: string | null): ReadonlySet<string> | null {
  if (scopeCoder !== null) return new Set(queryCoders.length === 0 || queryCoders.includes(scopeCoder) ? [scopeCoder] : []);
  return queryCoders.length > 0 ? new Set(queryCoders) : null;
}

/** Codings of a start-sorted list that share a character with `[start, end)`; `longest` bounds how far back to look. */
export function overlapping(sorted: readonly CodingRecord[], start: number, end: number, longest: number): CodingRecord[] {
  const out: CodingRecord[] = [];
  for (let i = firstStartingAtOrAfter(sorted, start - longest); i < sorted.length && sorted[i]!.start < end; i++) {
    if (sorted[i]!.end > start) out.push(sorted[i]!);
  }
  return out;
}

function inCodeOrder(index: AnalysisIndex, ids: ReadonlySet<string>): string[] {
  if (ids.size <= 1) return [...ids];
  return index.codeOrder.filter((id) => ids.has(id));
}
