// The YAML block that Obsidian, Jekyll, Hugo, Pandoc and Zettlr notes open with ("front matter"):
// the note's properties, which no Markdown renderer shows as its text. Read for the title, author
// and date it states, and cut from the text. Only a block that opens the file with `---`, closes
// with `---` (or YAML's `...`) and holds nothing but `key: value` entries counts: a thematic break
// that opens a note, followed by ordinary paragraphs, is left to Markdown.
import type { DocumentMetadata } from '../../shared/model';
import { toIsoDate } from './isoDate';

export interface FrontMatter {
  /** The Markdown after the block (the whole source when there is none). */
  body: string;
  title?: string;
  metadata: Partial<DocumentMetadata>;
}

const OPENING = /^---[ \t]*\r?\n/u;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/u;
/** A top-level entry: `key: value`, or `key:` whose value is the indented list below it. */
const ENTRY = /^([A-Za-z_][\w -]*?)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/u;
const LIST_ITEM = /^[ \t]+-[ \t]+(.*?)[ \t]*$/u;

const TITLE_KEYS = ['title'];
const AUTHOR_KEYS = ['author', 'authors', 'creator'];
const DATE_KEYS = ['date', 'created', 'published'];

export function splitFrontMatter(source: string): FrontMatter {
  const none = { body: source, metadata: {} };
  const opening = OPENING.exec(source);
  if (!opening) return none;
  const lines = source.slice(opening[0].length).split(/\r?\n/u);
  const close = lines.findIndex((line) => CLOSING.test(line));
  if (close === -1) return none;
  const entries = readEntries(lines.slice(0, close));
  if (!entries) return none;
  const first = (keys: string[]) => keys.map((key) => entries.get(key)).find((values) => values !== undefined && values.length > 0);
  const metadata: Partial<DocumentMetadata> = {};
  // Several authors are kept, as Word's own author field lists them.
  const author = first(AUTHOR_KEYS)?.join('; ');
  const date = toIsoDate(first(DATE_KEYS)?.[0] ?? '');
  if (author) metadata.author = author;
  if (date) metadata.date = date;
  const title = first(TITLE_KEYS)?.[0];
  const body = lines.slice(close + 1).join('\n');
  return title ? { body, title, metadata } : { body, metadata };
}

/** Lower-case key -> its values; null when a line is not a YAML entry (then the block is not front matter). */
function readEntries(lines: string[]): Map<string, string[]> | null {
  const entries = new Map<string, string[]>();
  let listOf: string[] | null = null;
  for (const line of lines) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const item = LIST_ITEM.exec(line);
    if (item) {
      if (!listOf) return null;
      listOf.push(scalar(item[1]!));
      continue;
    }
    // Other indented lines continue a nested value (a map, a folded string) that is not read here.
    if (/^[ \t]/u.test(line)) {
      if (entries.size === 0) return null;
      listOf = null;
      continue;
    }
    const entry = ENTRY.exec(line);
    if (!entry) return null;
    const values = entry[2] === undefined ? [] : inlineValues(entry[2]);
    const key = entry[1]!.toLowerCase();
    if (!entries.has(key)) entries.set(key, values);
    listOf = entry[2] === undefined ? (entries.get(key) ?? null) : null;
  }
  return entries.size > 0 ? entries : null;
}

/** `[a, "b, c"]` (a flow list) or a single value. */
function inlineValues(value: string): string[] {
  const flow = /^\[(.*)\]$/u.exec(value);
  if (!flow) return [scalar(value)].filter(Boolean);
  return (flow[1]!.match(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]+/gu) ?? []).map((part) => scalar(part.trim())).filter(Boolean);
}

/** A YAML scalar without its quotes (and without a comment after an unquoted one). */
function scalar(value: string): string {
  if (/^".*"$/u.test(value)) return value.slice(1, -1).replace(/\\(["\\])/gu, '$1').trim();
  if (/^'.*'$/u.test(value)) return value.slice(1, -1).replace(/''/gu, "'").trim();
  return value.replace(/\s+#.*$/u, '').trim();
}
