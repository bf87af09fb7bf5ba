// What a coder may be called. A coder's name is all that tells coders apart in the Coders dialog, the
// history, Retrieve's columns and every export, so a name that reads like another coder's, or like no
// name at all, is refused (the form says so beside the field).
import type { CoderRecord } from '../model';

/** The most a name field takes, in UTF-16 units (the input's maxLength): a name, not a description. */
export const MAX_CODER_NAME_LENGTH = 100;

/**
 * The name as stored: accents composed (NFC), runs of spaces, tabs and line breaks made one space,
 * trimmed. "José" typed with a combining accent, or "Lee  Ann" pasted with two spaces, reads as
 * "José" or "Lee Ann" and must be stored as that.
 */
export function normalizeCoderName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * Characters that draw nothing: spaces, the format and filler characters Unicode marks as ignorable
 * (zero-width space and joiner, the Hangul fillers), controls, and the Braille blank, which renders
 * as a space. A name of these only would show as no one.
 */
const DRAWS_SOMETHING = /[^\s\p{Default_Ignorable_Code_Point}\p{Cc}\u2800]/u;

export function isBlankCoderName(name: string): boolean {
  return !DRAWS_SOMETHING.test(name);
}

/**
 * Whether two names would be taken for one: compared as stored, ignoring case, width and characters
 * that draw nothing (the collator's "accent" strength), but not accents: "Kim" and "Kím" are two people.
 */
export function sameCoderName(a: string, b: string): boolean {
  return normalizeCoderName(a).localeCompare(normalizeCoderName(b), undefined, { sensitivity: 'accent' }) === 0;
}

/** The coder among `coders` whose name would be taken for `name`, if any. */
export function coderNamed<T extends Pick<CoderRecord, 'name'>>(coders: readonly T[], name: string): T | undefined {
  return coders.find((coder) => sameCoderName(coder.name, name));
}
