// Plain text arrives in whatever encoding the researcher's machine saved it in. We read what can be
// recognised with certainty (a byte-order mark, valid UTF-8); a file that mixes valid UTF-8 with stray
// bytes is damaged, and guessing would put wrong characters under quotes. Text in no Unicode form is
// left to legacyEncoding.ts, which reads it only in a code page it can tell with confidence.
import iconv from 'iconv-lite';
import { hasControlCharacters } from './controlCharacters';
import { decodeLegacy } from './legacyEncoding';
import type { DecodedText } from './extracted';
import { UnreadableFileError } from './unreadableFileError';

const NOT_TEXT = 'it is not a text file (it contains control characters, as binary files do).';
const BINARY = 'it is not a text file (it contains binary data, as images and programs do).';
const UTF16_WITHOUT_BOM = 'it looks like UTF-16 text without a byte-order mark; save it again as UTF-8 and import it again.';

/** Byte-order marks, longest first: UTF-32 LE's begins as UTF-16 LE's does. */
const BOMS: { bom: number[]; encoding: string; label: string }[] = [
  { bom: [0xef, 0xbb, 0xbf], encoding: 'utf-8', label: 'UTF-8 (with BOM)' },
  { bom: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le', label: 'UTF-32 LE' },
  { bom: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be', label: 'UTF-32 BE' },
  { bom: [0xff, 0xfe], encoding: 'utf-16le', label: 'UTF-16 LE' },
  { bom: [0xfe, 0xff], encoding: 'utf-16be', label: 'UTF-16 BE' },
];

export function decodeText(bytes: Uint8Array): DecodedText {
  const marked = BOMS.find(({ bom }) => bom.every((b, i) => bytes[i] === b));
  const decoded = marked ? { text: decodeStrict(marked.encoding, bytes.subarray(marked.bom.length)), encoding: marked.label } : decodeUnmarked(bytes);
  if (hasControlCharacters(decoded.text)) throw new UnreadableFileError(!marked && readsAsUtf16Text(bytes) ? UTF16_WITHOUT_BOM : NOT_TEXT);
  return decoded;
}

function decodeUnmarked(bytes: Uint8Array): DecodedText {
  if (bytes.includes(0)) throw new UnreadableFileError(looksLikeUtf16WithoutBom(bytes) ? UTF16_WITHOUT_BOM : BINARY);
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };
  if (hasUtf8Sequence(bytes)) {
    throw new UnreadableFileError('it is not valid UTF-8: some of its bytes are damaged or in a second encoding. Open it in a text editor and save it as UTF-8.');
  }
  try {
    return decodeLegacy(bytes);
  } catch (error) {
    if (error instanceof UnreadableFileError && readsAsUtf16Text(bytes)) throw new UnreadableFileError(UTF16_WITHOUT_BOM, { cause: error });
    throw error;
  }
}

/**
 * Text in a legacy encoding its file names (an HTML page's `<meta charset>`), with the same checks for
 * binary content; null when iconv-lite does not know the encoding, so the caller can fall back.
 */
export function decodeDeclared(bytes: Uint8Array, encoding: string): DecodedText | null {
  if (!iconv.encodingExists(encoding)) return null;
  if (bytes.includes(0)) throw new UnreadableFileError(BINARY);
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  if (hasControlCharacters(text)) throw new UnreadableFileError(NOT_TEXT);
  return { text, encoding };
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  if (encoding.startsWith('utf-32')) return tryDecodeUtf32(encoding, bytes);
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * TextDecoder has no UTF-32, and iconv-lite's decoder replaces invalid code units rather than failing:
 * the text is valid when encoding it again gives the same bytes.
 */
function tryDecodeUtf32(encoding: string, bytes: Uint8Array): string | null {
  const codec = encoding.replace('-', '');
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), codec, { stripBOM: false });
  return bytes.length % 4 === 0 && iconv.encode(text, codec, { addBOM: false }).equals(bytes) ? text : null;
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

/**
 * UTF-16 of Latin text without a BOM has a zero in every other byte; that of other scripts (Cyrillic,
 * Greek) has zeros only at spaces and punctuation, but is valid UTF-16 without control characters,
 * which binary data with zero bytes practically never is.
 */
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
  if (evenZeros > half * 0.6 || oddZeros > half * 0.6) return true;
  return ['utf-16le', 'utf-16be'].some((encoding) => {
    const text = tryDecode(encoding, bytes);
    return text !== null && !hasControlCharacters(text);
  });
}

/** Below this many code units a UTF-16 reading proves nothing: four bytes of anything read as two letters. */
const UTF16_EVIDENCE_UNITS = 8;

/**
 * UTF-16 of Chinese or Japanese has no zero byte at all, so nothing above catches it: read as 8-bit
 * text it is control characters or letters in no order. It is recognised when it reads, as UTF-16, as
 * letters and punctuation, with no private-use or unassigned code point (which any other bytes read
 * as UTF-16 are full of); a file in an 8-bit encoding never gets here unless its own reading failed.
 */
function readsAsUtf16Text(bytes: Uint8Array): boolean {
  if (bytes.length < UTF16_EVIDENCE_UNITS * 2) return false;
  return ['utf-16le', 'utf-16be'].some((encoding) => {
    const text = tryDecode(encoding, bytes);
    if (text === null || hasControlCharacters(text) || /[\p{Co}\p{Cn}]/u.test(text)) return false;
    const visible = text.replace(/\s/gu, '');
    const letters = visible.match(/\p{L}/gu)?.length ?? 0;
    return letters >= visible.length * 0.6;
  });
}
