// HTML pages and saved articles: the article's text in paragraphs, its title, and what the page says
// about its author, date, outlet and address. The page is only parsed, never rendered: no script runs
// and nothing is fetched.
import { getEncoding } from 'encoding-sniffer';
import type { Extracted } from './extracted';
import { decodeDeclared, decodeText } from './decodeText';
import type { DecodedText } from './extracted';
import { htmlMetadata } from './htmlMetadata';
import { readHtml, type HtmlBlock } from './htmlText';

export async function extractHtml(bytes: Uint8Array): Promise<Extracted> {
  const { text: source, encoding } = decodeHtml(bytes);
  const content = await readHtml(source);
  const blocks = articleBlocks(content.blocks);
  const title = content.title || blocks.find((b) => b.isH1)?.text.replace(/\s+/gu, ' ') || '';
  const metadata = htmlMetadata(content.meta, content.jsonLd);
  return {
    text: blocks.map((b) => b.text).join('\n\n'),
    ...(title ? { title } : {}),
    ...(Object.keys(metadata).length > 0 ? { metadata } : {}),
    extraction: { encoding },
  };
}

/**
 * The article when the page marks one up (<article>, else <main>), the whole visible page otherwise.
 * Several <article>s (a story and its comments, a digest) are all kept, in page order.
 */
function articleBlocks(blocks: HtmlBlock[]): HtmlBlock[] {
  if (blocks.some((b) => b.inArticle)) return blocks.filter((b) => b.inArticle);
  if (blocks.some((b) => b.inMain)) return blocks.filter((b) => b.inMain);
  return blocks;
}

/**
 * The page's encoding as a browser would find it (byte-order mark, then `<meta charset>` or its
 * http-equiv form), except that an undeclared page is read like a plain text file. The HTML standard's
 * prescan looks at the first kilobyte, but a browser that meets a later `<meta charset>` while parsing
 * the head reloads the page in that encoding; a saved page with a long script first depends on it. So
 * the prescan runs over the whole head (up to `</head>` or `<body>`, at most 64 KB).
 */
function decodeHtml(bytes: Uint8Array): DecodedText {
  const sniffed = getEncoding(bytes, { defaultEncoding: 'UTF-8', maxBytes: headLength(bytes) });
  if (/^utf-(8|16le|16be)$/iu.test(sniffed)) return decodeText(bytes);
  const declared = decodeDeclared(bytes, sniffed);
  return declared ? { ...declared, encoding: `${sniffed} (declared by the page)` } : decodeText(bytes);
}

const HEAD_LIMIT = 64 * 1024;
const PRESCAN_BYTES = 1024;

/** Bytes before the end of the head; never fewer than the standard prescan reads. */
function headLength(bytes: Uint8Array): number {
  // Windows-1252 maps each byte to one UTF-16 unit, so an index in the string is one in the bytes.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, HEAD_LIMIT));
  const end = head.search(/<\/head[\s>]|<body[\s>/]/iu);
  return Math.max(PRESCAN_BYTES, end === -1 ? head.length : end);
}
