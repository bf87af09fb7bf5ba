// The forms of a name a researcher gives a set or an attribute. The same words can arrive as different
// code points: "é" typed as one letter or as "e" and a combining accent (pasted from a PDF, a file name
// from macOS, a manifest written elsewhere), and the two would otherwise be two sets or two attributes
// that look alike everywhere they are listed.

/** The name as it is stored: trimmed, in composed form (NFC). */
export function storedName(name: string): string {
  return name.trim().normalize('NFC');
}

/** The key names are told apart by: the stored form with case folded, so "Leaning" is "leaning". */
export function nameKey(name: string): string {
  return storedName(name).toLowerCase();
}

/**
 * Whether a name shows nothing: blank, or only invisible format characters (a zero-width space, a
 * word joiner, a direction mark), which would list as an empty entry that cannot be told apart.
 */
export function isBlankName(name: string): boolean {
  return name.replace(/[\s\p{Cf}]/gu, '') === '';
}
