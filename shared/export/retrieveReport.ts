// Retrieve's results as a readable report: one HTML file, self-contained (its style inline, no script,
// no remote resource), one section per group, each passage with its source: document title, date and
// outlet, attributes, code, coder and memo. Every piece of text from the project is escaped, so a
// passage that quotes "<script>" shows those characters and runs nothing. A small print style sheet
// keeps a passage on one page. A quote is shown without the blank lines around it; its exact place is
// given beside it.
import type { AttributeValue } from '../model';
import { passageCodeRows, type PassageCodeRow, type RetrieveExportInput } from './retrievedPassages';

export interface RetrieveReportInput extends RetrieveExportInput {
  /** The report's title: the saved query's name, or what was retrieved. */
  title: string;
  /** The query in words (retrieve/describeQuery.ts), one line each. */
  queryLines: readonly string[];
  /** ISO 8601, UTC. */
  exportedAt: string;
  appVersion: string;
}

const STYLE = `
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
h2 { font-size: 1.2rem; border-bottom: 2px solid #d0d7de; padding-bottom: .25rem; margin-top: 2.5rem; }
.meta, .counts, dl { color: #57606a; font-size: .9rem; }
.query { margin: .5rem 0 1rem; padding-left: 1.2rem; }
article { border: 1px solid #d0d7de; border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0; }
blockquote { margin: 0 0 .5rem; white-space: pre-wrap; font-family: Georgia, "Times New Roman", serif; font-size: 1.05rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .75rem; margin: 0; }
dt { font-weight: 600; }
dd { margin: 0; white-space: pre-wrap; }
.empty { color: #57606a; font-style: italic; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; }
  article { break-inside: avoid; border-color: #999; }
  h2 { break-after: avoid; }
  nav { display: none; }
}`;

export function retrieveReportHtml(input: RetrieveReportInput): string {
  const rowsOf = new Map<object, PassageCodeRow[]>();
  for (const row of passageCodeRows(input)) {
    const list = rowsOf.get(row.passage);
    if (list) list.push(row);
    else rowsOf.set(row.passage, [row]);
  }
  const ids = sectionIds(input.columns.map((column) => column.group.key));
  const sections = input.columns.map((column, i) => {
    const passages = column.passages;
    const documents = new Set(passages.map((p) => p.docId)).size;
    const list = passages.length === 0 ? '<p class="empty">No passages.</p>' : passages.map((passage) => passageHtml(passage.key, rowsOf.get(passage) ?? [])).join('\n');
    const heading = input.grouped ? `<h2 id="${escapeHtml(ids[i]!)}">${escapeHtml(column.group.label)}</h2>` : '';
    return `<section>\n${heading}\n<p class="counts">${passages.length} passage${passages.length === 1 ? '' : 's'} in ${documents} document${documents === 1 ? '' : 's'}</p>\n${list}\n</section>`;
  });
  const nav = input.grouped
    ? `<nav><p>Groups: ${input.columns.map((column, i) => `<a href="#${escapeHtml(ids[i]!)}">${escapeHtml(column.group.label)}</a> (${column.passages.length})`).join(' · ')}</p></nav>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(input.title)}</title>
<style>${STYLE}
</style>
</head>
<body>
<header>
<h1>${escapeHtml(input.title)}</h1>
<p class="meta">${escapeHtml(input.projectName)} · exported <time datetime="${escapeHtml(input.exportedAt)}">${escapeHtml(exportedInWords(input.exportedAt))}</time> · Framewise ${escapeHtml(input.appVersion)}</p>
<ul class="query">
${input.queryLines.map((line) => `<li>${escapeHtml(line)}</li>`).join('\n')}
</ul>
${nav}
</header>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
}

function passageHtml(key: string, rows: readonly PassageCodeRow[]): string {
  const first = rows[0];
  if (!first) return '';
  const { passage, document: doc } = first;
  const source = [doc.title, [doc.date, doc.source, doc.author].filter((s) => s.trim() !== '').join(', '), doc.fileName ? `(${doc.fileName})` : ''].filter((s) => s !== '').join(' — ');
  const attributes = Object.keys(doc.attributes)
    .sort((a, b) => a.localeCompare(b))
    .filter((name) => !isEmpty(doc.attributes[name]))
    .map((name) => `${name}: ${String(doc.attributes[name])}`)
    .join('; ');
  const codes = rows.map((row) => `${row.codePath || '(deleted code)'}${row.coderNames.length > 0 ? ` — ${row.coderNames.join(', ')}` : ''}`);
  const memos = rows.flatMap((row) => row.memos);
  const entries: Array<[string, string]> = [
    ['Source', source],
    ...(attributes ? ([['Attributes', attributes]] as Array<[string, string]>) : []),
    ['Code', codes.join('\n')],
    ...(first.otherCodePaths.length > 0 ? ([['Also coded', first.otherCodePaths.join('; ')]] as Array<[string, string]>) : []),
    ...(memos.length > 0 ? ([['Memo', memos.join('\n\n')]] as Array<[string, string]>) : []),
    ['Place', `characters ${passage.start}–${passage.end} (UTF-16), paragraph ${passage.paragraph + 1}`],
  ];
  return `<article data-passage="${escapeHtml(key)}">
<blockquote>${escapeHtml(passage.quote.trim())}</blockquote>
<dl>
${entries.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join('\n')}
</dl>
</article>`;
}

/** Text as HTML character data or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

/**
 * One id per group, from its key, so the same result always gets the same ids. HTML ids may hold any
 * character but a space; letters, marks and digits of every script are kept so that a link reads as
 * its group, the rest (which a CSS selector or a hand-typed link would trip on) becomes `_`. Keys
 * that differ only there get a number.
 */
function sectionIds(keys: readonly string[]): string[] {
  const used = new Set<string>();
  return keys.map((key) => {
    const base = `group-${key.replace(/[^\p{L}\p{M}\p{N}_-]/gu, '_')}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

function isEmpty(value: AttributeValue | undefined): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * When the report was made, as its reader reads a time: the day and time of the machine that wrote it,
 * with its zone ("4 Dec 2026, 11:00 CET"); the instant itself is in the element's datetime.
 */
function exportedInWords(exportedAt: string): string {
  const at = new Date(exportedAt);
  if (Number.isNaN(at.getTime())) return exportedAt;
  return at.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) + ' ' + zoneName(at);
}

function zoneName(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZoneName: 'short' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? '';
}
