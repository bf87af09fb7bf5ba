// What every format adapter produces, and the one entry point the import pipeline calls.
import type { DocumentFormat } from '../../shared/model';
import { toCanonicalText, isBlankText } from '../../shared/text/canonical';
import { decodeText } from './decodeText';
import { extractMarkdown } from './markdown';
import { UnreadableFileError } from './unreadableFileError';

export interface ExtractInput {
  fileName: string;
  format: DocumentFormat;
  bytes: Uint8Array;
}

export interface Extracted {
  /** A title found inside the file (an HTML <title>, a PDF's metadata), if any. */
  title?: string;
  /** Canonical text. */
  text: string;
  /** Facts shown in the document's info, e.g. `{ encoding: 'Windows-1252' }`. */
  extraction: Record<string, string>;
}

export interface Extractor {
  extract(input: ExtractInput): Promise<Extracted>;
}

export function extractDocument(input: ExtractInput): Extracted {
  const extracted = extractByFormat(input);
  const text = toCanonicalText(extracted.text);
  if (isBlankText(text)) throw new UnreadableFileError('it contains no text to code.');
  return { ...extracted, text };
}

function extractByFormat({ format, bytes }: ExtractInput): Extracted {
  switch (format) {
    case 'txt': {
      const { text, encoding } = decodeText(bytes);
      return { text, extraction: { encoding } };
    }
    case 'md': {
      const { text, encoding } = decodeText(bytes);
      return { ...extractMarkdown(text), extraction: { encoding } };
    }
    default:
      throw new UnreadableFileError(`Framewise cannot read ${format} files yet.`);
  }
}

/** Runs extraction in this thread; the import worker wraps the same function. */
export const inProcessExtractor: Extractor = {
  extract: async (input) => extractDocument(input),
};
