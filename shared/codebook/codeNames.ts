// What a code may be called. Names are unique among siblings (ignoring case and surrounding
// spaces), because a code's path is how a codebook CSV, a REFI-QDA file and a researcher name it:
// two "economy" codes under one parent would make "framing > economy" mean either.
import type { CodeRecord } from '../model';
import { CODE_PATH_SEPARATOR } from './codePath';

/** Long enough for an in-vivo phrase, short enough to show in a side panel and a CSV header. */
export const MAX_CODE_NAME_LENGTH = 120;
/** In-vivo names are shorter: a code name is a label, not the passage. */
export const IN_VIVO_NAME_LENGTH = 48;

/** A codebook change that cannot be made, with a message for the researcher. */
export class CodebookError extends Error {
  override name = 'CodebookError';
}

/**
 * The name as stored: spaces collapsed and trimmed, accents composed (NFC). "café" typed with a
 * combining accent, as macOS writes file names and some keyboards type, looks like "café" and must be
 * the same name, or two siblings would look alike and a codebook file would not find its code.
 */
export function normalizeCodeName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * A code name as a key: two names are the same name exactly when their keys are equal, so that a
 * code's namesakes are found by lookup rather than by comparing it with every code.
 */
export function codeNameKey(name: string): string {
  return normalizeCodeName(name).toLocaleLowerCase();
}

export function sameName(a: string, b: string): boolean {
  return codeNameKey(a) === codeNameKey(b);
}

/** A usable name, or a CodebookError saying what is wrong with it. */
export function checkCodeName(name: string): string {
  const normalized = normalizeCodeName(name);
  if (!normalized) throw new CodebookError('A code needs a name.');
  if (normalized.length > MAX_CODE_NAME_LENGTH) throw new CodebookError(`A code name can have at most ${MAX_CODE_NAME_LENGTH} characters.`);
  if (normalized.includes(CODE_PATH_SEPARATOR)) {
    throw new CodebookError(`A code name cannot contain “${CODE_PATH_SEPARATOR.trim()}” between spaces: it separates levels in code paths.`);
  }
  // Under "income >", the subcode "jobs" has the path "income > > jobs", which reads as "income" >
  // "> jobs" too. A name may start with "> " (a path is read from the left) but not end with " >".
  if (normalized.endsWith(CODE_PATH_SEPARATOR.trimEnd())) {
    throw new CodebookError(`A code name cannot end with “${CODE_PATH_SEPARATOR.trim()}” after a space: in a code path it would read as the separator.`);
  }
  return normalized;
}

/** The sibling (under `parentId`) already called `name`, other than `exceptId`. */
export function siblingNamed(
  codes: readonly CodeRecord[],
  parentId: string | null,
  name: string,
  exceptId?: string,
): CodeRecord | undefined {
  return codes.find((code) => code.parentId === parentId && code.id !== exceptId && sameName(code.name, name));
}

export function assertFreeName(codes: readonly CodeRecord[], parentId: string | null, name: string, exceptId?: string): void {
  const clash = siblingNamed(codes, parentId, name, exceptId);
  if (clash) {
    const where = parentId ? `under “${codes.find((c) => c.id === parentId)?.name ?? 'its parent'}”` : 'at the top level';
    throw new CodebookError(`There is already a code “${clash.name}” ${where}. Choose another name, or merge the two codes.`);
  }
}

/**
 * The name of an in-vivo code: the selected words themselves, on one line, without the quotation
 * marks and trailing punctuation a selection often catches, shortened at a word boundary.
 */
export function inVivoName(selected: string, max = IN_VIVO_NAME_LENGTH): string {
  const flat = separatorsDefused(
    normalizeCodeName(selected)
      .replace(/^[\s"'“”‘’«»„([]+/u, '')
      .replace(/[\s"'“”‘’«»„)\].,;:!?]+$/u, ''),
  );
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}…`;
}

/**
 * A name taken from elsewhere (a selection, another tool's codebook) with the path separator made
 * harmless: a dash inside, nothing at the end (checkCodeName: a name ending in " >" would read as a
 * separator in its subcodes' paths). " >" before a space, not " > ": in "a > > b" the second
 * separator shares its space with the first. Punctuation the separator leaves at the end goes too.
 */
export function separatorsDefused(name: string): string {
  return name.replace(/(?: >|[\s.,;:])*(?: >)[\s.,;:]*$/u, '').replace(/ >(?= )/gu, ' –');
}
