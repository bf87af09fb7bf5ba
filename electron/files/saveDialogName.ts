// The name a save dialog proposes. The window suggests it (from a project's or a query's name, which
// the researcher typed freely), and main makes it one file name that Windows, macOS and Linux all
// accept before the dialog sees it: a name with a folder in it would open the dialog in that folder
// (a page gone wrong could propose "~/.bashrc"), and Windows' dialog refuses a name with a colon or
// one of its device names without saying why. The researcher can still type any name in the dialog.

/** Separators: the parts between them are kept, joined by "-"; "." and ".." parts are dropped. */
const SEPARATORS = /[/\\]/u;
/** Characters Windows refuses in a name, and control characters (which also hide in listings). */
const FORBIDDEN = /[<>:"|?*\p{Cc}]+/gu;
/** Bidirectional embeddings, overrides and isolates: they can make "gnp.exe" read as "exe.png". */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;
/** Half of a UTF-16 pair without its other half (a name cut at a fixed length can end in one). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
/** Windows' device names: the part before the first dot, in any case, trailing spaces ignored. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³]) *$/iu;
/** ext4's and APFS's limit, in UTF-8 bytes (NTFS's 255 UTF-16 units never hold fewer characters). */
const MAX_NAME_BYTES = 255;
const FALLBACK_STEM = 'Framewise';

/**
 * `suggested`, made a safe file name ending with one of `extensions` (the first is added when it ends
 * with none of them).
 */
export function saveDialogName(suggested: string, extensions: readonly string[]): string {
  const plain = suggested
    .replace(LONE_SURROGATE, '')
    .replace(BIDI_CONTROLS, '')
    .split(SEPARATORS)
    .filter((part) => part !== '' && part !== '.' && part !== '..')
    .join('-')
    .replace(FORBIDDEN, '-');
  const extension = extensions.find((e) => plain.toLowerCase().endsWith(`.${e.toLowerCase()}`));
  const suffix = extension ? plain.slice(plain.length - extension.length - 1) : `.${extensions[0] ?? 'txt'}`;
  const stem = trimStem(notADevice(trimStem(extension ? plain.slice(0, plain.length - suffix.length) : plain)));
  const cut = trimStem(cutToBytes(stem, MAX_NAME_BYTES - Buffer.byteLength(suffix)));
  return `${cut || FALLBACK_STEM}${suffix}`;
}

/** No leading dot (a hidden file on macOS and Linux) or space; no trailing dot or space (Windows drops them). */
function trimStem(stem: string): string {
  return stem.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '');
}

/** "CON" and "con.tar" are devices on Windows; "CON_" and "con_.tar" are files. */
function notADevice(stem: string): string {
  const dot = stem.indexOf('.');
  const first = dot === -1 ? stem : stem.slice(0, dot);
  return WINDOWS_DEVICE.test(first) ? `${first.trimEnd()}_${stem.slice(first.length)}` : stem;
}

/** The longest start of `text` within `maxBytes` of UTF-8 that ends between characters as a reader sees them. */
function cutToBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let bytes = 0;
  let kept = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    bytes += Buffer.byteLength(segment);
    if (bytes > maxBytes) break;
    kept += segment;
  }
  return kept;
}
