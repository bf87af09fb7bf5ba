// A document's bibliographic facts (author, date, outlet, address) have no place of their own in
// REFI-QDA; they travel as the source's Description, one labelled line each, which other tools show
// as the document's description and a Framewise import reads back into the four fields.
import { EMPTY_METADATA, type DocumentMetadata } from '../model';

const LABELS: ReadonlyArray<readonly [keyof DocumentMetadata, string]> = [
  ['author', 'Author'],
  ['date', 'Date'],
  ['source', 'Source'],
  ['url', 'URL'],
];

export function composeDocumentDescription(metadata: DocumentMetadata): string {
  return LABELS.filter(([key]) => metadata[key].trim() !== '')
    .map(([key, label]) => `${label}: ${metadata[key].replace(/\s+/gu, ' ').trim()}`)
    .join('\n');
}

/** The facts of a description written as above; null when it is free text (another tool's description). */
export function splitDocumentDescription(description: string): DocumentMetadata | null {
  const lines = description.replace(/\r\n?/gu, '\n').trim().split('\n');
  const metadata: DocumentMetadata = { ...EMPTY_METADATA };
  for (const line of lines) {
    const match = /^(Author|Date|Source|URL): (.*)$/u.exec(line);
    if (!match) return null;
    const key = LABELS.find(([, label]) => label === match[1])![0];
    metadata[key] = match[2]!.trim();
  }
  return metadata;
}
