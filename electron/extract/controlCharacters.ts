/**
 * C0 control characters other than tab, line feed, form feed, carriage return (and escape, which
 * terminal logs keep) do not occur in text: a file whose decoded text has them is binary, damaged,
 * or read in the wrong encoding. Checked after decoding, whatever the path, so that no code point a
 * researcher cannot see ends up under a coding.
 */
export function hasControlCharacters(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f\u007f]/u.test(text);
}
