// Plain text arrives in whatever encoding the researcher's machine saved it in. We read what can be
// recognised with certainty (a byte-order mark, valid UTF-8) and fall back to Windows-1252, the
// legacy encoding of most Western text files, only when no byte looks like UTF-8: a file that mixes
// valid UTF-8 with stray bytes is damaged, and guessing would put wrong characters under quotes.
import iconv from 'iconv-lite';
import { UnreadableFileError } from './unreadableFileError';

export interface DecodedText {
  text: string;
  /** Shown in the document's info. */
  encoding: string;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decodeStrict('utf-8', bytes.subarray(3)), encoding: 'UTF-8 (with BOM)' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decodeStrict('utf-16le', bytes.subarray(2)), encoding: 'UTF-16 LE' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decodeStrict('utf-16be', bytes.subarray(2)), encoding: 'UTF-16 BE' };

  if (bytes.includes(0)) {
    throw new UnreadableFileError(
      looksLikeUtf16WithoutBom(bytes)
        ? 'it looks like UTF-16 text without a byte-order mark; save it again as UTF-8 and import it again.'
        : 'it is not a text file (it contains binary data, as images and programs do).',
    );
  }
  const utf8 = tryDecode('utf-8', bytes);
  const decoded: DecodedText =
    utf8 !== null
      ? { text: utf8, encoding: 'UTF-8' }
      : hasUtf8Sequence(bytes)
        ? fail('it is not valid UTF-8: some of its bytes are damaged or in a second encoding. Open it in a text editor and save it as UTF-8.')
        : // iconv-lite, not TextDecoder: Node's 'windows-1252' decoder is Latin-1 in disguise and turns
          // curly quotes and the euro sign (0x80-0x9F) into invisible control characters.
          { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252'), encoding: 'Windows-1252' };
  if (hasControlCharacters(decoded.text)) {
    throw new UnreadableFileError('it is not a text file (it contains control characters, as binary files do).');
  }
  return decoded;
}

/**
 * Text in a legacy encoding its file names (an HTML page's `<meta charset>`), with the same checks for
 * binary content; null when iconv-lite does not know the encoding, so the caller can fall back.
 */
export function decodeDeclared(bytes: Uint8Array, encoding: string): DecodedText | null {
  if (!iconv.encodingExists(encoding)) return null;
  if (bytes.includes(0)) throw new UnreadableFileError('it is not a text file (it contains binary data, as images and programs do).');
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  if (hasControlCharacters(text)) {
    throw new UnreadableFileError('it is not a text file (it contains control characters, as binary files do).');
  }
  return { text, encoding };
}

function fail(reason: string): never {
  throw new UnreadableFileError(reason);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeStrict(encoding: string, bytes: Uint8Array): string {
  const text = tryDecode(encoding, bytes);
  if (text === null) throw new UnreadableFileError(`its bytes are not valid ${encoding.toUpperCase()} text, although it says it is.`);
  return text;
}

/** True when the bytes hold at least one well-formed multi-byte UTF-8 sequence. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) continue;
    let ok = i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) return true;
  }
  return false;
}

/** UTF-16 of Latin text without a BOM has a zero in every other byte. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  return evenZeros > half * 0.6 || oddZeros > half * 0.6;
}

/** C0 control characters other than tab, line feed, form feed and carriage return do not occur in text. */
function hasControlCharacters(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0001-\u0008\u000b\u000e-\u001a\u001c-\u001f\u007f]/u.test(text);
}
