// Decoding the text files of a REFI-QDA project. REFI-QDA 1.5 §9.1.2 says a plain-text source "must"
// be UTF-8, and §5.1 that the XML is; some tools still write UTF-16 with a byte-order mark (Windows
// "Unicode"), which says what it is and is read as such. Anything else (Windows-1252, Latin-1, a
// damaged file) is refused rather than guessed at: a wrong guess is mojibake in the text a researcher
// codes, and U+FFFD in place of bytes loses them for good. TextDecoder is in Node and in the window.

/**
 * The text of a file, or null when its bytes are not UTF-8 (or UTF-16 after a BOM that says so).
 * A byte-order mark is an encoding signature, not a character of the text: it is removed here, so
 * REFI-QDA's character offsets count from the first character after it (as they did before this
 * decoder, which stripped a UTF-8 BOM the same way). A U+FEFF further in is text and stays.
 */
export function decodeTextFile(bytes: Uint8Array): string | null {
  const [encoding, skip] =
    startsWith(bytes, [0xef, 0xbb, 0xbf]) ? ['utf-8', 3]
    : startsWith(bytes, [0xff, 0xfe]) ? ['utf-16le', 2]
    : startsWith(bytes, [0xfe, 0xff]) ? ['utf-16be', 2]
    : ['utf-8', 0];
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
