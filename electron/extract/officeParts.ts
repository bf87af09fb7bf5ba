// Checks shared by the zip-based formats (.docx, .odt, .xlsx) before any library parses their XML.
import { UnreadableFileError } from './unreadableFileError';

/**
 * `<!DOCTYPE` as it appears in bytes of UTF-8 (and every ASCII-compatible encoding), UTF-16LE and
 * UTF-16BE, in any letter case, matched over the bytes read as Latin-1 (one character per byte).
 * UTF-16 is matched by its byte pattern rather than by decoding after a byte-order mark, so a part
 * without its mark, or with the declaration at an odd offset, is caught too.
 */
const DOCTYPE_PATTERNS = (() => {
  const word = '<!DOCTYPE';
  const escape = (c: string) => (c === '!' ? '!' : c === '<' ? '<' : `[${c}${c.toLowerCase()}]`);
  const utf8 = [...word].map(escape).join('');
  const utf16le = [...word].map((c) => `${escape(c)}\\x00`).join('');
  const utf16be = [...word].map((c) => `\\x00${escape(c)}`).join('');
  return new RegExp(`${utf8}|${utf16le}|${utf16be}`, 'u');
})();

/**
 * No Office or OpenDocument part has a DOCTYPE; one that does is an XML attack (entity expansion, or
 * external entities that read local files), aimed at whatever parser reads it next. The check runs on
 * every part of the archive as it is inflated, whatever its name: mammoth and read-excel-file follow
 * relationship targets to parts of any name ("word/body.bin" is as good as "word/document.xml" to
 * them), so no list of XML-looking names could be trusted to hold all they read.
 */
export function refuseDoctype(name: string, bytes: Uint8Array, kind: string): void {
  if (DOCTYPE_PATTERNS.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'))) {
    throw new UnreadableFileError(`it is not a well-formed ${kind}: its part “${name}” declares a DOCTYPE, which no real ${kind} does.`);
  }
}
