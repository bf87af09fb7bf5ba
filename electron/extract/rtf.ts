// Rich Text Format (.rtf, from Word, WordPad, TextEdit). The npm packages for RTF either render into
// a browser DOM (rtf.js), only unwrap Outlook's encapsulated HTML (rtf-stream-parser), or have been
// unmaintained since 2017 (rtf-parser, @iarna/rtf-to-html); so this reads the RTF 1.9.1 specification's
// text model itself: groups, destinations to leave out (font and style tables, pictures, headers and
// footers, field instructions, comments), `\'hh` bytes in the document's or the font's code page
// (decoded by iconv-lite), `\uN` Unicode escapes with their `\ucN` fallbacks skipped, paragraphs,
// line breaks, tabs and table cells. The parser is a loop with an explicit group stack: no recursion.
import iconv from 'iconv-lite';
import type { DocumentMetadata } from '../../shared/model';
import type { Extracted } from './extracted';
import { hasControlCharacters } from './controlCharacters';
import { UnreadableFileError } from './unreadableFileError';
import { isoDateOfParts } from './isoDate';

type Target = 'body' | 'note' | 'skip' | 'fonts' | 'info' | 'title' | 'author' | 'created';

interface Group {
  target: Target;
  /** Characters to skip after a `\uN` (the fallback for readers without Unicode). */
  uc: number;
  font: number;
  hidden: boolean;
  /** True until the group's first token: a control word there names the group's destination. */
  fresh: boolean;
  /** `\*`: an optional destination, left out when it is not one this reader knows. */
  optional: boolean;
}

const SKIPPED_DESTINATIONS = new Set([
  'colortbl', 'stylesheet', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'generator', 'pict', 'object', 'header', 'headerl',
  'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf', 'xmlnstbl', 'themedata', 'colorschememapping', 'datastore',
  'latentstyles', 'mmathPr', 'pgdsctbl', 'fldinst', 'bkmkstart', 'bkmkend', 'nonshppict', 'sp', 'listtext', 'pntext', 'template',
  'userprops', 'docvar', 'ftnsep', 'ftnsepc', 'ftncn', 'aftnsep', 'aftnsepc', 'aftncn', 'annotation', 'atnid', 'atnauthor', 'atndate',
  'txe', 'xe', 'tc', 'private', 'filetbl', 'operator', 'keywords', 'comment', 'doccomm', 'subject', 'company', 'category', 'manager',
  'hlinkbase', 'printim', 'revtim', 'buptim', 'fchars', 'lchars', 'wgrffmtfilter', 'passwordhash', 'formfield', 'datafield', 'blipuid',
]);
const BREAKS: Record<string, string> = { par: '\u2029', sect: '\u2029', page: '\u2029', cell: '\u2029', nestcell: '\u2029', row: '\u2029', line: '\n', tab: '\t' };
const SYMBOLS: Record<string, string> = {
  emdash: '—', endash: '–', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', bullet: '•', emspace: '\u2003', enspace: '\u2002',
  qmspace: '\u2005', zwj: '\u200d', zwnj: '\u200c', ltrmark: '\u200e', rtlmark: '\u200f',
};
const CONTROL_SYMBOLS: Record<string, string> = { '~': '\u00a0', _: '\u2011', '-': '', '\\': '\\', '{': '{', '}': '}' };
/** Windows code page of each `\fcharset` (RTF 1.9.1, "Font table"). */
const CHARSET_CODE_PAGE: Record<number, number> = {
  0: 1252, 77: 10000, 128: 932, 129: 949, 130: 1361, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258, 177: 1255, 178: 1256,
  186: 1257, 204: 1251, 222: 874, 238: 1250, 254: 437, 255: 850,
};

/** Code pages iconv-lite knows by another name than `cp<number>`. */
const CODE_PAGE_ENCODING: Record<number, string> = { 10000: 'macintosh', 65001: 'utf8' };
/** How the document's info names a code page; Windows-<number> otherwise. */
const CODE_PAGE_NAME: Record<number, string> = { 10000: 'Mac Roman', 65001: 'UTF-8', 437: 'DOS code page 437', 850: 'DOS code page 850' };
/** The character sets `\ansi`, `\mac`, `\pc` and `\pca` name, as code pages. */
const CHARSET_WORD_CODE_PAGE: Record<string, number> = { ansi: 1252, mac: 10000, pc: 437, pca: 850 };

export function extractRtf(bytes: Uint8Array): Extracted {
  if (!/^\s*\{\\rtf/u.test(new TextDecoder('latin1').decode(bytes.subarray(0, 64)))) {
    throw new UnreadableFileError('it is not an RTF document: it does not begin as one (it may be another kind of file with the wrong extension).');
  }
  return new RtfReader(bytes).read();
}

class RtfReader {
  private i = 0;
  private readonly stack: Group[] = [];
  private group: Group = { target: 'body', uc: 1, font: -1, hidden: false, fresh: false, optional: false };
  private codePage = 1252;
  private readonly fontCodePages = new Map<number, number>();
  private fontBeingDefined = -1;
  private skipChars = 0;
  private pendingBytes: number[] = [];
  private readonly out: Record<'body' | 'note' | 'title' | 'author', string> = { body: '', note: '', title: '', author: '' };
  private readonly created: { yr?: number; mo?: number; dy?: number } = {};

  constructor(private readonly bytes: Uint8Array) {}

  read(): Extracted {
    const bytes = this.bytes;
    let ended = false;
    while (this.i < bytes.length && !ended) {
      const c = bytes[this.i]!;
      if (c === 0x7b /* { */) {
        this.flushBytes();
        this.skipChars = 0;
        this.stack.push(this.group);
        this.group = { ...this.group, fresh: true, optional: false };
        this.i++;
      } else if (c === 0x7d /* } */) {
        this.flushBytes();
        this.skipChars = 0;
        const outer = this.stack.pop();
        if (!outer) ended = true;
        else {
          if (this.group.target === 'fonts') this.fontBeingDefined = -1;
          // A footnote's last paragraph has no \par of its own: it ends with its group.
          if (this.group.target === 'note' && outer.target !== 'note') this.out.note += '\u2029';
          this.group = outer;
          if (this.stack.length === 0) ended = true;
        }
        this.i++;
      } else if (c === 0x5c /* \ */) {
        this.controlWord();
      } else if (c === 0x0d || c === 0x0a) {
        this.i++;
      } else {
        this.i++;
        this.group.fresh = false;
        if (this.skipChars > 0) this.skipChars--;
        else if (this.writes()) this.pendingBytes.push(c);
      }
    }
    this.flushBytes();
    if (!ended) {
      throw new UnreadableFileError('it is incomplete: it ends in the middle of the document (an RTF file ends with a closing brace). If it was downloaded or copied, get it again.');
    }
    return this.result();
  }

  private controlWord(): void {
    const bytes = this.bytes;
    const next = bytes[this.i + 1];
    if (next === undefined) {
      this.i++;
      return;
    }
    if (!isLetter(next)) {
      this.i += 2;
      const symbol = String.fromCharCode(next);
      if (symbol === "'") {
        const hex = String.fromCharCode(bytes[this.i] ?? 0, bytes[this.i + 1] ?? 0);
        this.i += 2;
        if (this.skipChars > 0) this.skipChars--;
        else if (this.writes() && /^[0-9a-fA-F]{2}$/u.test(hex)) this.pendingBytes.push(parseInt(hex, 16));
        this.group.fresh = false;
        return;
      }
      if (symbol === '*') {
        this.group.optional = true;
        return;
      }
      this.group.fresh = false;
      if (this.skipChars > 0) return void this.skipChars--;
      if (symbol === '\n' || symbol === '\r') return this.write('\u2029');
      if (Object.hasOwn(CONTROL_SYMBOLS, symbol)) this.write(CONTROL_SYMBOLS[symbol]!);
      return;
    }
    let end = this.i + 1;
    while (end < bytes.length && end - this.i <= 32 && isLetter(bytes[end]!)) end++;
    const word = new TextDecoder('latin1').decode(bytes.subarray(this.i + 1, end));
    let paramEnd = end;
    if (bytes[paramEnd] === 0x2d /* - */) paramEnd++;
    while (paramEnd < bytes.length && paramEnd - end <= 11 && bytes[paramEnd]! >= 0x30 && bytes[paramEnd]! <= 0x39) paramEnd++;
    const paramText = new TextDecoder('latin1').decode(bytes.subarray(end, paramEnd));
    const param = /\d/u.test(paramText) ? Number(paramText) : undefined;
    this.i = bytes[paramEnd] === 0x20 ? paramEnd + 1 : paramEnd;

    if (word === 'bin') {
      // Binary data of the given length follows; it is never text.
      this.i += Math.max(0, param ?? 0);
      return;
    }
    const fresh = this.group.fresh;
    this.group.fresh = false;
    if (fresh && this.destination(word)) return;
    if (word === 'u') {
      this.flushBytes();
      if (this.writes() && param !== undefined) this.write(String.fromCharCode(param < 0 ? param + 65536 : param));
      this.skipChars = this.group.uc;
      return;
    }
    if (this.skipChars > 0) {
      this.skipChars--;
      return;
    }
    this.setting(word, param);
  }

  /** A group's first control word can make it a destination; true when it did. */
  private destination(word: string): boolean {
    const target = this.group.target;
    if (word === 'fonttbl') this.group.target = 'fonts';
    else if (word === 'info') this.group.target = 'info';
    else if (word === 'footnote') this.group.target = target === 'skip' ? 'skip' : 'note';
    else if (target === 'info' && (word === 'title' || word === 'author')) this.group.target = word;
    else if (target === 'info' && word === 'creatim') this.group.target = 'created';
    else if (SKIPPED_DESTINATIONS.has(word) || target === 'info' || (this.group.optional && !['shppict', 'shpinst', 'shptxt', 'fldrslt'].includes(word))) {
      this.group.target = 'skip';
    } else return false;
    return true;
  }

  private setting(word: string, param: number | undefined): void {
    const group = this.group;
    if (Object.hasOwn(BREAKS, word)) return this.write(BREAKS[word]!);
    if (Object.hasOwn(SYMBOLS, word)) return this.write(SYMBOLS[word]!);
    switch (word) {
      case 'uc':
        group.uc = Math.max(0, Math.min(param ?? 1, 10));
        return;
      case 'ansicpg':
        if (param) this.codePage = param;
        return;
      case 'ansi':
      case 'mac':
      case 'pc':
      case 'pca':
        this.codePage = CHARSET_WORD_CODE_PAGE[word]!;
        return;
      case 'f':
        this.flushBytes();
        if (group.target === 'fonts') this.fontBeingDefined = param ?? -1;
        else group.font = param ?? -1;
        return;
      case 'fcharset':
        if (group.target === 'fonts' && this.fontBeingDefined >= 0 && param !== undefined && CHARSET_CODE_PAGE[param]) {
          this.fontCodePages.set(this.fontBeingDefined, CHARSET_CODE_PAGE[param]);
        }
        return;
      case 'cpg':
        if (group.target === 'fonts' && this.fontBeingDefined >= 0 && param) this.fontCodePages.set(this.fontBeingDefined, param);
        return;
      case 'v':
      case 'deleted':
        this.flushBytes();
        group.hidden = param !== 0;
        return;
      // Back to the default character formatting, which is visible and not a deletion.
      case 'plain':
        this.flushBytes();
        group.hidden = false;
        return;
      case 'yr':
      case 'mo':
      case 'dy':
        if (group.target === 'created' && param !== undefined) this.created[word] = param;
        return;
      default:
        return;
    }
  }

  private writes(): boolean {
    const target = this.group.target;
    return !this.group.hidden && (target === 'body' || target === 'note' || target === 'title' || target === 'author');
  }

  private write(text: string): void {
    this.flushBytes();
    if (!this.writes()) return;
    this.out[this.group.target as 'body' | 'note' | 'title' | 'author'] += text;
  }

  private flushBytes(): void {
    if (this.pendingBytes.length === 0) return;
    const bytes = Buffer.from(this.pendingBytes);
    this.pendingBytes = [];
    if (!this.writes()) return;
    const codePage = this.fontCodePages.get(this.group.font) ?? this.codePage;
    this.out[this.group.target as 'body' | 'note' | 'title' | 'author'] += decodeCodePage(bytes, codePage);
  }

  private result(): Extracted {
    const paragraphs = (text: string) =>
      text
        .split('\u2029')
        .map((p) => p.replace(/^[ \n]+|[ \n]+$/gu, ''))
        .filter((p) => /\S/u.test(p));
    const text = [...paragraphs(this.out.body), ...paragraphs(this.out.note)].join('\n\n');
    const metadata: Partial<DocumentMetadata> = {};
    const author = this.out.author.trim();
    if (author) metadata.author = author;
    const { yr, mo, dy } = this.created;
    const date = yr ? isoDateOfParts(yr, mo || undefined, (mo && dy) || undefined) : '';
    if (date) metadata.date = date;
    const title = this.out.title.trim();
    if (hasControlCharacters(text + title + author)) {
      throw new UnreadableFileError('it is damaged: its text contains control characters, which no document has. If it was downloaded or copied, get it again.');
    }
    return {
      text,
      ...(title ? { title } : {}),
      ...(Object.keys(metadata).length > 0 ? { metadata } : {}),
      extraction: { encoding: CODE_PAGE_NAME[this.codePage] ?? `Windows-${this.codePage}` },
    };
  }
}

/**
 * Bytes in an RTF code page. One iconv-lite does not know is refused rather than read as another: its
 * letters would come out wrong without a word. ASCII reads the same in all of them.
 */
function decodeCodePage(bytes: Buffer, codePage: number): string {
  const encoding = CODE_PAGE_ENCODING[codePage] ?? `cp${codePage}`;
  if (iconv.encodingExists(encoding)) return iconv.decode(bytes, encoding);
  if (bytes.every((b) => b < 0x80)) return bytes.toString('latin1');
  throw new UnreadableFileError(
    `its text is in code page ${codePage}, which Framewise cannot read. Open it in Word or LibreOffice, save it as .docx, and import that.`,
  );
}

function isLetter(byte: number): boolean {
  return (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a);
}
