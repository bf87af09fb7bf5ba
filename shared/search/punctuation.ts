// Typographic forms of one mark. Word processors, PDFs and web pages write ’ “ ” ‑ – where a
// researcher types ' " -, so "don't" must find "don’t" and "well-being" "well‑being". A search
// treats each family below as one mark: the corpus search matches any member where the researcher
// typed one (markClass), the other searches write every member as the first (unifyMarks, through
// phraseFold.ts).
// The em dash is left out on purpose: it sets off a clause, it does not join words.

const FAMILIES: readonly string[] = [
  // Apostrophe and single quotes: typewriter, left and right, low, reversed, modifier letter.
  "'\u2018\u2019\u201a\u201b\u02bc",
  // Double quotes: typewriter, left and right, low, reversed.
  '"\u201c\u201d\u201e\u201f',
  // Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, minus sign.
  '-\u2010\u2011\u2012\u2013\u2212',
];

const FAMILY_OF = new Map<string, string>();
for (const family of FAMILIES) for (const mark of family) FAMILY_OF.set(mark, family);

const ANY_VARIANT = new RegExp(`[${FAMILIES.join('').replace(/[-\\\]]/g, '\\$&')}]`, 'gu');

/** A regular-expression class matching every form of the mark `char`, or null when it has none. */
export function markClass(char: string): string | null {
  const family = FAMILY_OF.get(char);
  return family ? `[${family.replace(/[-\\\]]/g, '\\$&')}]` : null;
}

/** The text with every form of each mark written as its plain form (' " -); one unit for one, so offsets keep. */
export function unifyMarks(text: string): string {
  return text.replace(ANY_VARIANT, (mark) => FAMILY_OF.get(mark)![0]!);
}
