// PDF: the text layer, page by page, with pdf.js (Mozilla's PDF reader; its legacy build is the one
// made for Node). Text comes in the order of the page's content stream: that is the reading order of
// PDFs made by Word, LibreOffice, LaTeX and InDesign, columns included, where sorting the words by
// their position would interleave the columns. Lines become lines; a gap clearly wider than both a
// line and the page's own line spacing, or a jump back up the page (the next column), starts a
// paragraph; pages are separated by a blank line.
// Nothing in the PDF runs: scripting, eval and font loading are off.
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import type { DocumentMetadata } from '../../shared/model';
import type { Extracted } from './extracted';
import { toIsoDate } from './isoDate';
import { UnreadableFileError } from './unreadableFileError';

export const NO_TEXT_LAYER = 'this PDF has no text layer (scanned?); OCR is not supported.';
export const PASSWORD_PROTECTED = 'this PDF is protected by a password. Open it with the password, save or print an unprotected copy, and import that.';

export async function extractPdf(bytes: Uint8Array): Promise<Extracted> {
  if (!new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) {
    throw new UnreadableFileError('it is not a PDF: its content is another kind of file with the wrong extension.');
  }
  if (!new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048))).includes('%%EOF')) {
    // pdf.js would quietly read what is left of a cut-off file; a researcher would code half a document.
    throw new UnreadableFileError('it is incomplete: the end of the PDF is missing (the download or copy was probably cut off). Get the file again.');
  }
  // Loaded on first use, so a worker that never meets a PDF never loads pdf.js.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // A copy: pdf.js may take ownership of the buffer, and the caller still needs the original bytes.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw openingError(error);
    });
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      pages.push(pageText(await page.getTextContent()));
      page.cleanup();
    }
    if (!pages.some((p) => /\S/u.test(p))) throw new UnreadableFileError(NO_TEXT_LAYER);
    const { info } = (await document.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
    const title = usableTitle(info.Title);
    const metadata = pdfMetadata(info);
    return {
      text: pages.filter((p) => /\S/u.test(p)).join('\n\n'),
      ...(title ? { title } : {}),
      ...(Object.keys(metadata).length > 0 ? { metadata } : {}),
      extraction: { pages: String(document.numPages) },
    };
  } finally {
    await task.destroy();
  }
}

function openingError(error: unknown): UnreadableFileError {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') return new UnreadableFileError(PASSWORD_PROTECTED, { cause: error });
  return new UnreadableFileError('it is damaged: its PDF structure cannot be read. If it was downloaded or copied, get it again.', { cause: error });
}

interface Line {
  text: string;
  y: number;
  height: number;
}

function pageText(content: TextContent): string {
  const lines: Line[] = [];
  let line: Line | null = null;
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const { str, hasEOL } = item as TextItem;
    if (str !== '') {
      // A line whose end pdf.js did not mark: the baseline moved by more than a superscript would.
      if (line && Math.abs((item.transform[5] as number) - line.y) > Math.max(line.height, 1) * 0.6) line = null;
      if (!line) {
        line = { text: '', y: item.transform[5] as number, height: 0 };
        lines.push(line);
      }
      line.text += str;
      line.height = Math.max(line.height, item.height || Math.abs(item.transform[3] as number));
    }
    if (hasEOL) line = null;
  }
  const spacing = lineSpacing(lines);
  let text = '';
  for (const [index, current] of lines.entries()) {
    const trimmed = current.text.replace(/\s+$/u, '');
    if (index > 0) {
      const previous = lines[index - 1]!;
      const gap = previous.y - current.y;
      const lineHeight = Math.max(previous.height, current.height, 1);
      text += gap < 0 || (gap > lineHeight * 1.8 && gap > spacing * PARAGRAPH_GAP) ? '\n\n' : '\n';
    }
    text += trimmed;
  }
  return text.replace(/^\n+|\n+$/gu, '');
}

/** How much wider than the page's line spacing a gap is to start a paragraph. */
const PARAGRAPH_GAP = 1.3;
/** Fewer gaps than this say nothing about a page's spacing. */
const SPACING_EVIDENCE = 3;

/**
 * The page's usual distance from one baseline to the next, within a paragraph: the lower quartile of
 * the gaps down the page (most gaps are inside paragraphs; the wider ones are between them). Measured
 * per page because double-spaced text (manuscripts, transcripts) puts two line heights between every
 * pair of lines, which a fixed rule would read as a paragraph per line. 0 when the page has too few lines.
 */
function lineSpacing(lines: Line[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1]!.y - lines[i]!.y;
    if (gap > 0) gaps.push(gap);
  }
  if (gaps.length < SPACING_EVIDENCE) return 0;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor((gaps.length - 1) / 4)]!;
}

/** Word's PDF export titles a document after its file ("Microsoft Word - draft.docx"): not a title. */
function usableTitle(value: unknown): string {
  if (typeof value !== 'string') return '';
  const title = value.trim();
  if (!title || /^(microsoft \w+ - |untitled$)/iu.test(title) || /\.[a-z]{2,4}$/iu.test(title)) return '';
  return title;
}

function pdfMetadata(info: Record<string, unknown>): Partial<DocumentMetadata> {
  const metadata: Partial<DocumentMetadata> = {};
  if (typeof info.Author === 'string' && info.Author.trim()) metadata.author = info.Author.trim();
  const date = typeof info.CreationDate === 'string' ? toIsoDate(info.CreationDate) : '';
  if (date) metadata.date = date;
  return metadata;
}
