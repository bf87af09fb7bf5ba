// OpenDocument text (.odt, LibreOffice and others). No maintained library turns ODF into text with its
// structure, so `content.xml` is read here with the safe XML reader: each paragraph and heading (in
// lists, tables, frames) becomes a paragraph; ODF's own markup for spaces, tabs and line breaks is
// honoured; comments, deleted tracked changes and note markers are left out; footnotes and endnotes
// follow the text, as in a printed book.
import type { Extracted } from './extracted';
import { readDocumentProperties } from './documentProperties';
import { refuseDoctype } from './officeParts';
import { UnreadableFileError } from './unreadableFileError';
import { parseXmlPart } from './xmlPart';
import { isOleCompoundFile, readZip } from './zipArchive';

const KIND = 'OpenDocument text';
const MIMETYPE = 'application/vnd.oasis.opendocument.text';

/** Subtrees that are not the author's running text (local names). */
const SKIPPED = new Set(['annotation', 'tracked-changes', 'note-citation', 'sequence-decls', 'forms']);
/**
 * A drawing's title and description (alternative text), by qualified name: `text:title` is a field
 * that shows the document's title in the running text, and must stay.
 */
const SKIPPED_QUALIFIED = new Set(['svg:title', 'svg:desc']);
const PARAGRAPHS = new Set(['p', 'h']);

export async function extractOdt(bytes: Uint8Array): Promise<Extracted> {
  if (isOleCompoundFile(bytes)) {
    throw new UnreadableFileError('it is not an .odt file inside: it may be protected by a password or be a Word 97-2003 document renamed. Save it as .odt again and import that.');
  }
  const parts = await readZip(bytes, { kind: KIND, want: (name) => name === 'mimetype' || /\.xml$/iu.test(name), inspect: (name, part) => refuseDoctype(name, part, KIND) });
  const mimetype = parts.get('mimetype');
  const content = parts.get('content.xml');
  if (!content || (mimetype && new TextDecoder().decode(mimetype).trim() !== MIMETYPE)) {
    throw new UnreadableFileError(`it is not an ${KIND}: it is another kind of zip file (perhaps a spreadsheet or presentation with the wrong extension).`);
  }
  if (parts.has('META-INF/manifest.xml') && /encryption-data/u.test(new TextDecoder().decode(parts.get('META-INF/manifest.xml')))) {
    throw new UnreadableFileError('it is protected by a password. Open it in LibreOffice, save a copy without the password, and import that.');
  }
  const { body, notes } = readContent(content);
  const properties = readDocumentProperties(parts.get('meta.xml'), 'meta.xml', KIND);
  return {
    text: [...body, ...notes].join('\n\n'),
    ...(properties.title ? { title: properties.title } : {}),
    ...(Object.keys(properties.metadata).length > 0 ? { metadata: properties.metadata } : {}),
    extraction: {},
  };
}

function readContent(content: Uint8Array): { body: string[]; notes: string[] } {
  const body: string[] = [];
  const notes: string[] = [];
  // A paragraph can hold another (a text box anchored in it, a footnote): the outer one waits on a stack.
  const open: string[] = [];
  let skipDepth = 0;
  let noteDepth = 0;
  let inBody = false;
  const append = (text: string) => {
    if (open.length > 0) open[open.length - 1] += text;
  };
  parseXmlPart(content, 'content.xml', KIND, {
    open: (name, attributes, qualifiedName) => {
      if (skipDepth > 0 || SKIPPED.has(name) || SKIPPED_QUALIFIED.has(qualifiedName)) {
        skipDepth++;
        return;
      }
      if (name === 'body') inBody = true;
      if (!inBody) return;
      if (name === 'note-body') noteDepth++;
      if (PARAGRAPHS.has(name)) open.push('');
      else if (name === 's') append(' '.repeat(Math.min(Number(attributes['text:c'] ?? 1) || 1, 1000)));
      else if (name === 'tab') append('\t');
      else if (name === 'line-break') append('\n');
    },
    close: (name) => {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      if (name === 'note-body') noteDepth--;
      if (!PARAGRAPHS.has(name) || open.length === 0) return;
      const text = open.pop()!.replace(/^ +| +$/gu, '');
      if (/\S/u.test(text)) (noteDepth > 0 ? notes : body).push(text);
    },
    text: (text) => {
      if (skipDepth > 0 || open.length === 0) return;
      // ODF collapses white space in paragraph text like HTML; real spaces and tabs are elements.
      const collapsed = text.replace(/[ \t\r\n]+/gu, ' ');
      const current = open[open.length - 1]!;
      append(current === '' || current.endsWith(' ') || current.endsWith('\n') ? collapsed.replace(/^ /u, '') : collapsed);
    },
  });
  return { body, notes };
}
