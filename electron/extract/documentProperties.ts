// The author, date and title an office document keeps about itself: DOCX's `docProps/core.xml`
// (Dublin Core) and ODT's `meta.xml`. These are what the author's word processor filled in, so they
// are offered as a starting point the researcher can correct.
import type { DocumentMetadata } from '../../shared/model';
import { toIsoDate } from './isoDate';
import { parseXmlPart } from './xmlPart';

export interface DocumentProperties {
  title?: string;
  metadata: Partial<DocumentMetadata>;
}

/** Element (local name) -> what it gives, in order of preference. */
const AUTHOR = ['initial-creator', 'creator'];
const DATE = ['created', 'creation-date', 'date'];

/** Damaged properties are ignored: they are a convenience, and the document's text is what counts. */
export function readDocumentProperties(bytes: Uint8Array | undefined, partName: string, kind: string): DocumentProperties {
  if (!bytes) return { metadata: {} };
  try {
    return readProperties(bytes, partName, kind);
  } catch {
    return { metadata: {} };
  }
}

function readProperties(bytes: Uint8Array, partName: string, kind: string): DocumentProperties {
  const values = new Map<string, string>();
  let current: string | null = null;
  let depth = 0;
  parseXmlPart(bytes, partName, kind, {
    open: (name) => {
      depth++;
      // The properties are the children of the root (core.xml) or of <office:meta> (meta.xml).
      current = depth <= 3 ? name : current;
    },
    close: () => {
      depth--;
      current = null;
    },
    text: (text) => {
      if (current && !values.has(current) && text.trim()) values.set(current, text.trim());
    },
  });
  const first = (names: string[]) => names.map((n) => values.get(n)).find((v) => v !== undefined) ?? '';
  const metadata: Partial<DocumentMetadata> = {};
  const author = first(AUTHOR);
  const date = toIsoDate(first(DATE));
  if (author) metadata.author = author;
  if (date) metadata.date = date;
  const title = values.get('title');
  return title ? { title, metadata } : { metadata };
}
