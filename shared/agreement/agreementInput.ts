// What every agreement computation starts from: plain rows (coders, codes, documents with their
// lengths, codings) and which documents each coder coded. Sorted and merged once here, so that each
// unit of analysis then sweeps short sorted lists instead of scanning the codings again.
//
// Every figure counts characters as a reader does (text/characterIndex.ts says why and at what cost):
// the passages are turned from UTF-16 offsets into character indices here, once per document, so that
// an emoji or an accented letter weighs what a plain letter weighs in every unit and in unitized alpha.
//
// Missing data: a coder who did not code a document is missing for all its units; a coder who coded
// it and applied nothing has marked every unit "absent". A coding in a document that its coder is not
// listed for proves they worked on it: the document counts as coded by them, and a note says so.
import type { CodeRecord, CoderRecord, CodingRecord } from '../model';
import { characterIndex, unitCharacterIndex, type CharacterIndex } from '../text/characterIndex';

export interface AgreementDocument {
  id: string;
  title: string;
  /** Length of the canonical text in UTF-16 units. */
  length: number;
  /**
   * The canonical text: to count its characters as a reader does, and for paragraph and sentence
   * units and adjudication. Without it (or with a text of another length) each UTF-16 unit counts as
   * a character, which is exact only for a text without emoji, combining accents and other
   * characters of several units.
   */
  text?: string;
}

export interface AgreementInput {
  /** The coders to compare (two or more), in the order the report lists them. */
  coders: readonly Pick<CoderRecord, 'id' | 'name'>[];
  /** The codes to report on, in codebook order. */
  codes: readonly Pick<CodeRecord, 'id' | 'name'>[];
  /** The documents to compare, in project order. */
  documents: readonly AgreementDocument[];
  codings: readonly CodingRecord[];
  /** For each coder, the documents they coded (finished), whether or not they applied any code. */
  codedDocuments: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The most coders one comparison holds: who coded a unit is kept as a bit mask in 32-bit integers. */
export const MAX_CODERS = 31;

export interface PreparedAgreement {
  input: AgreementInput;
  /** Per document (input order): bit i set when coder i coded it. */
  ratedMasks: Uint32Array;
  /**
   * `ranges[doc][code]` is null when nobody applied the code there, else one entry per coder: that
   * coder's passages of the code as sorted, disjoint `[start, end)` pairs in a flat array, in
   * characters (not UTF-16 units; a passage that starts or ends inside a character takes it in). A
   * coder's overlapping or touching passages of one code are one passage: a character is coded or not.
   */
  readonly ranges: Array<Array<number[][] | null>>;
  /** Per document (input order), its length in characters: the continuum `ranges` lie on. */
  readonly characters: number[];
  /** Per document (input order), its UTF-16 offsets to characters, for units found in its text. */
  readonly characterIndexes: CharacterIndex[];
  /** Each document's codings by the selected coders and codes, in input order. */
  codingsByDocument: CodingRecord[][];
  /**
   * Per coder (input order), the documents they are counted as coding in which they applied no code
   * at all: each unit of those counts as their "absent", which is right for a document they read and
   * found nothing in, and wrong for one they have not coded yet. Only the researcher can tell which.
   */
  silentDocuments: number[][];
  notes: string[];
}

export function prepareAgreement(input: AgreementInput): PreparedAgreement {
  if (input.coders.length < 2) throw new RangeError('Agreement needs at least two coders.');
  if (input.coders.length > MAX_CODERS) throw new RangeError(`Agreement compares at most ${MAX_CODERS} coders at once; ${input.coders.length} were chosen.`);
  const coderIndex = new Map(input.coders.map((c, i) => [c.id, i]));
  const codeIndex = new Map(input.codes.map((c, i) => [c.id, i]));
  const docIndex = new Map(input.documents.map((d, i) => [d.id, i]));
  const ratedMasks = new Uint32Array(input.documents.length);
  input.coders.forEach((coder, i) => {
    for (const docId of input.codedDocuments.get(coder.id) ?? []) {
      const d = docIndex.get(docId);
      if (d !== undefined) ratedMasks[d]! |= 1 << i;
    }
  });

  // UTF-16 pairs for now: turning them into characters waits until a unit asks (the disagreement list
  // prepares the same input and never does).
  const pairs: Array<Array<number[][] | null>> = input.documents.map(() => new Array<number[][] | null>(input.codes.length).fill(null));
  const codingsByDocument: CodingRecord[][] = input.documents.map(() => []);
  const unlisted = new Map<string, number>();
  // Per document, the coders with any coding there, of any code (chosen for the report or not).
  const applied = new Uint32Array(input.documents.length);
  for (const coding of input.codings) {
    const c = coderIndex.get(coding.coderId);
    const d = docIndex.get(coding.docId);
    if (c !== undefined && d !== undefined) applied[d]! |= 1 << c;
  }
  for (const coding of input.codings) {
    const c = coderIndex.get(coding.coderId);
    const k = codeIndex.get(coding.codeId);
    const d = docIndex.get(coding.docId);
    if (c === undefined || k === undefined || d === undefined) continue;
    const doc = input.documents[d]!;
    if (!(Number.isInteger(coding.start) && Number.isInteger(coding.end) && 0 <= coding.start && coding.start <= coding.end && coding.end <= doc.length)) {
      throw new RangeError(
        `A coding by ${input.coders[c]!.name} (UTF-16 offsets ${coding.start}–${coding.end}) lies outside the text of “${doc.title}” (${doc.length} UTF-16 units): ` +
          'open the document, move that coding’s ends or remove it, then compute agreement again.',
      );
    }
    if (coding.start === coding.end) continue;
    if ((ratedMasks[d]! & (1 << c)) === 0) {
      ratedMasks[d]! |= 1 << c;
      unlisted.set(input.coders[c]!.name, (unlisted.get(input.coders[c]!.name) ?? 0) + 1);
    }
    codingsByDocument[d]!.push(coding);
    const perCode = pairs[d]!;
    const perCoder = (perCode[k] ??= input.coders.map(() => []));
    perCoder[c]!.push(coding.start, coding.end);
  }

  const silentDocuments = input.coders.map((_, c) => input.documents.flatMap((_, d) => ((ratedMasks[d]! & ~applied[d]! & (1 << c)) !== 0 ? [d] : [])));

  const notes: string[] = [];
  for (const [name, count] of unlisted) {
    notes.push(`${name} had codings in ${count === 1 ? 'a document' : `${count} documents`} not marked as coded by them; ${count === 1 ? 'it counts' : 'they count'} as coded by ${name}.`);
  }
  silentDocuments.forEach((silent, c) => {
    if (silent.length > 0) notes.push(silentNote(input.coders[c]!.name, silent.map((d) => input.documents[d]!.title), input.documents.length));
  });
  let measured: Pick<PreparedAgreement, 'ranges' | 'characters' | 'characterIndexes'> | null = null;
  const measure = () => (measured ??= inCharacters(input.documents, pairs));
  return {
    input,
    ratedMasks,
    get ranges() {
      return measure().ranges;
    },
    get characters() {
      return measure().characters;
    },
    get characterIndexes() {
      return measure().characterIndexes;
    },
    codingsByDocument,
    silentDocuments,
    notes,
  };
}

// The passages' UTF-16 pairs as merged character ranges, with each document's length in characters.
function inCharacters(documents: readonly AgreementDocument[], pairs: Array<Array<number[][] | null>>): Pick<PreparedAgreement, 'ranges' | 'characters' | 'characterIndexes'> {
  const characterIndexes = documents.map(documentCharacterIndex);
  const ranges = pairs.map((perCode, d) => {
    const index = characterIndexes[d]!;
    return perCode.map((perCoder) => perCoder && perCoder.map((flat) => mergeRanges(flat.map((offset, i) => (i % 2 === 0 ? index.floor(offset) : index.ceil(offset))))));
  });
  return { ranges, characters: characterIndexes.map((index) => index.length), characterIndexes };
}

/** A document's UTF-16 offsets to characters; one unit a character when its text is not at hand (see AgreementDocument.text). */
export function documentCharacterIndex(doc: AgreementDocument): CharacterIndex {
  return doc.text !== undefined && doc.text.length === doc.length ? characterIndex(doc.text) : unitCharacterIndex(doc.length);
}

const TITLES_NAMED = 3;

function silentNote(coder: string, titles: readonly string[], compared: number): string {
  const named = titles.slice(0, TITLES_NAMED).map((t) => `“${t}”`);
  const more = titles.length - named.length;
  const which = more > 0 ? `${named.join(', ')} and ${more} more` : named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  const one = titles.length === 1;
  return (
    `${coder} applied no code in ${one ? '1' : titles.length} of the ${compared} documents compared (${which}): ${one ? 'it counts' : 'they count'} as ${coder} finding nothing to code there, every unit absent. ` +
    `If ${coder} has not coded ${one ? 'it' : 'them'} yet, leave ${one ? 'it' : 'them'} out of the documents compared.`
  );
}

/** The codings a comparison rests on: by the coders, of the codes, in the documents compared. */
export function comparedCodings(input: AgreementInput): CodingRecord[] {
  const coders = new Set(input.coders.map((c) => c.id));
  const codes = new Set(input.codes.map((c) => c.id));
  const documents = new Set(input.documents.map((d) => d.id));
  return input.codings.filter((c) => coders.has(c.coderId) && codes.has(c.codeId) && documents.has(c.docId));
}

/** Sorted, disjoint union of `[start, end)` pairs given flat; touching ranges join. */
export function mergeRanges(flat: readonly number[]): number[] {
  const order: number[] = [];
  for (let i = 0; i < flat.length; i += 2) order.push(i);
  order.sort((a, b) => flat[a]! - flat[b]! || flat[a + 1]! - flat[b + 1]!);
  const merged: number[] = [];
  for (const i of order) {
    const start = flat[i]!;
    const end = flat[i + 1]!;
    const last = merged.length - 1;
    if (last > 0 && start <= merged[last]!) merged[last] = Math.max(merged[last]!, end);
    else merged.push(start, end);
  }
  return merged;
}

export function popCount(mask: number): number {
  let x = mask - ((mask >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
