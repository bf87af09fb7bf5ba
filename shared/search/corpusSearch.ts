// Corpus search: a phrase, a whole word or a regular expression over the documents' texts, as
// keywords in context. Incremental, so a long search can be stopped: `searchDocuments` yields after
// each document, and `searchCorpus` checks its signal between documents (the worker also stops after
// `maxHits`). One regular expression cannot be interrupted while it runs on one text; an expression
// that backtracks catastrophically on one document is stopped only by ending the worker.
import type { FoldedText } from '../text/searchFold';
import { hasInvisible, originalRange } from '../text/searchFold';
import { foldTextWithOffsets } from './foldText';
import { kwicLine, KWIC_WIDTH, type KwicLine } from './kwic';
import { compileSearch, EMPTY_MATCH_NOTICE, type CompiledSearch, type CorpusSearchQuery, type TextForm } from './searchQuery';

export interface SearchDocument {
  docId: string;
  text: string;
}

export interface SearchOptions {
  /** Stop after this many hits (the result says it was cut short). */
  maxHits?: number;
  /** Characters of context on each side. */
  width?: number;
  /** Folded texts kept between searches, by form and document (the worker keeps one). */
  cache?: Map<string, FoldedText>;
}

/** Anything with `aborted`: an AbortSignal in the worker, a plain object in tests. */
export interface CancelSignal {
  readonly aborted: boolean;
}

export interface DocumentHits {
  docId: string;
  lines: KwicLine[];
  /** Empty matches skipped in this document. */
  emptyMatches: number;
}

export type CorpusSearchResult =
  | {
      ok: true;
      lines: KwicLine[];
      documentsSearched: number;
      /** Stopped at maxHits: more hits exist. */
      truncated: boolean;
      cancelled: boolean;
      notice: string | null;
    }
  | { ok: false; message: string };

export const DEFAULT_MAX_HITS = 50_000;

/** The hits of each document in turn; stop iterating to stop searching. */
export function* searchDocuments(compiled: Extract<CompiledSearch, { ok: true }>, documents: Iterable<SearchDocument>, options: SearchOptions = {}): Generator<DocumentHits> {
  const width = options.width ?? KWIC_WIDTH;
  // A copy of its own, so that its lastIndex is nobody else's.
  const regex = new RegExp(compiled.regex.source, compiled.regex.flags);
  for (const { docId, text } of documents) {
    // Searched as it is when nothing would be folded: with case and accents respected, only the
    // invisible characters are dropped and the text composed, and most texts need neither.
    const asIs = compiled.form === 'original' && !hasInvisible(text) && text.normalize('NFC') === text;
    const folded = asIs ? null : foldedText(text, docId, compiled.form, options.cache);
    const haystack = folded ? folded.folded : text;
    regex.lastIndex = 0;
    const lines: KwicLine[] = [];
    let emptyMatches = 0;
    for (let match = regex.exec(haystack); match !== null; match = regex.exec(haystack)) {
      if (match[0].length === 0) {
        emptyMatches++;
        // Step over one whole character, so the search moves on (and never splits an emoji).
        const code = haystack.charCodeAt(regex.lastIndex);
        regex.lastIndex += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
        if (regex.lastIndex > haystack.length) break;
        continue;
      }
      const [start, end] = folded ? originalRange(folded, match.index, match.index + match[0].length) : [match.index, match.index + match[0].length];
      const line = kwicLine(docId, text, start, end, width);
      // A hit is whole characters (kwicLine): matches inside one character, such as "." on each half
      // of a flag, are that character once.
      const previous = lines.at(-1);
      if (previous && previous.start === line.start && previous.end === line.end) continue;
      lines.push(line);
    }
    yield { docId, lines, emptyMatches };
  }
}

/** Searches `documents` (in the order to list hits), checking `signal` between documents. */
export function searchCorpus(query: CorpusSearchQuery, documents: Iterable<SearchDocument>, options: SearchOptions & { signal?: CancelSignal } = {}): CorpusSearchResult {
  const compiled = compileSearch(query);
  if (!compiled.ok) return compiled;
  const maxHits = options.maxHits ?? DEFAULT_MAX_HITS;
  const lines: KwicLine[] = [];
  let documentsSearched = 0;
  let truncated = false;
  let cancelled = false;
  let emptyMatches = 0;
  for (const result of searchDocuments(compiled, documents, options)) {
    documentsSearched++;
    emptyMatches += result.emptyMatches;
    const room = maxHits - lines.length;
    if (result.lines.length > room) {
      lines.push(...result.lines.slice(0, room));
      truncated = true;
      break;
    }
    lines.push(...result.lines);
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
  }
  return { ok: true, lines, documentsSearched, truncated, cancelled, notice: compiled.notice ?? (emptyMatches > 0 ? EMPTY_MATCH_NOTICE : null) };
}

function foldedText(text: string, docId: string, form: TextForm, cache: Map<string, FoldedText> | undefined): FoldedText {
  const key = `${form}:${docId}`;
  const cached = cache?.get(key);
  if (cached) return cached;
  const folded = foldTextWithOffsets(text, form);
  cache?.set(key, folded);
  return folded;
}
