// Which unit a REFI-QDA file's selection offsets count. The standard counts Unicode code points from
// 0, `[start, end)`, over the source's plain text as written (REFI-QDA 1.5 §4.3.2). Tools differ:
// NVivo for Windows counts UTF-16 code units (an emoji is 2) with CRLF as 2; ATLAS.ti counts CRLF as
// 1 (code points over the text with LF line ends). The four readings below cover these and their
// mix. The producing tool (`origin`) names the unit to expect: the standard's code points, unless the
// tool is known to write another. Whenever the expected unit places every selection of a document it
// is used, even if boundaries then fall inside words: researchers code parts of words, and after an
// emoji another reading of the same numbers may land on word edges by chance, silently moving every
// coding of a Framewise round trip. Only when the expected unit cannot place a selection (past the
// end, inside a character, empty) does the text decide: boundaries inside words or before a combining
// mark betray a reading shifted by a few units, so each reading is scored over all of the document's
// selections and the best is used; ties go to the tool's order. The cost: a tool of unknown unit that
// counts CR LF as 1 is read as the standard, since such offsets always fit it; the tools known to do
// so are named below. The result is in canonical UTF-16 units (LF only), what Framewise stores.

export type OffsetReading = 'code-points' | 'utf16' | 'code-points-lf' | 'utf16-lf';

export const READING_DESCRIPTIONS: Record<OffsetReading, string> = {
  'code-points': 'Unicode code points, CR LF as 2 (the standard)',
  utf16: 'UTF-16 code units, CR LF as 2 (NVivo for Windows)',
  'code-points-lf': 'Unicode code points, CR LF as 1 (ATLAS.ti)',
  'utf16-lf': 'UTF-16 code units, CR LF as 1',
};

const ALL_READINGS: readonly OffsetReading[] = ['code-points', 'utf16', 'code-points-lf', 'utf16-lf'];

/** The readings in the order the producing tool makes likely; the first is the unit to expect. */
export function preferredReadings(origin: string): OffsetReading[] {
  const first: OffsetReading[] = /nvivo/iu.test(origin) && !/mac/iu.test(origin) ? ['utf16'] : /atlas\.?ti/iu.test(origin) ? ['code-points-lf'] : ['code-points'];
  return [...first, ...ALL_READINGS.filter((reading) => !first.includes(reading))];
}

/**
 * Offsets of one reading, mapped to canonical UTF-16 offsets. -1 marks a position that cannot be a
 * boundary (inside a surrogate pair); `-(offset + 2)` one that can but is unlikely (between the CR
 * and the LF of a line end, which Framewise places before the line end).
 */
type OffsetMap = Int32Array;
const INVALID = -1;
const unlikely = (offset: number) => -(offset + 2);

export interface ReadingScore {
  reading: OffsetReading;
  /** Selections the reading cannot place (outside the text, inside a character or a line end, empty). */
  misfits: number;
  /** Boundaries inside a word or before a combining mark. */
  suspicious: number;
}

export interface OffsetChoice {
  reading: OffsetReading;
  scores: ReadingScore[];
  /** Per span: its canonical `[start, end)`, or why it fits no reading. */
  placements: Array<{ start: number; end: number } | { problem: string }>;
}

/**
 * `raw` is the source text as the tool counted it (byte-order mark removed, line ends as written);
 * `canonical` is the text Framewise keeps (the same with LF line ends and the trailing blank trimmed).
 */
export function chooseReading(raw: string, canonical: string, spans: ReadonlyArray<{ start: number; end: number }>, origin: string): OffsetChoice {
  const maps = offsetMaps(raw, canonical.length);
  const order = preferredReadings(origin);
  const scores = order.map((reading) => {
    const score: ReadingScore = { reading, misfits: 0, suspicious: 0 };
    for (const span of spans) {
      const placed = place(maps[reading], span);
      if (!placed) score.misfits++;
      else score.suspicious += placed.unlikely + suspicion(canonical, placed.start, placed.end);
    }
    return score;
  });
  // scores[0] is the expected unit. Otherwise a misfit is decisive; suspicious boundaries only weigh
  // between readings that place everything alike. Sorting is stable, so equal scores keep the order.
  const best = scores[0]!.misfits === 0 ? scores[0]! : [...scores].sort((a, b) => a.misfits - b.misfits || a.suspicious - b.suspicious)[0]!;
  const placements = spans.map((span) => {
    const placed = place(maps[best.reading], span);
    if (placed) return { start: placed.start, end: placed.end };
    const other = order.find((reading) => reading !== best.reading && place(maps[reading], span));
    return {
      problem: other
        ? `its positions (${span.start}, ${span.end}) fit only ${READING_DESCRIPTIONS[other]}, not ${READING_DESCRIPTIONS[best.reading]} like the rest of the document`
        : `its positions (${span.start}, ${span.end}) fit no reading of the text (outside it, or splitting a character)`,
    };
  });
  return { reading: best.reading, scores, placements };
}

function place(map: OffsetMap, span: { start: number; end: number }): { start: number; end: number; unlikely: number } | null {
  if (span.start < 0 || span.end < span.start || span.end >= map.length) return null;
  const rawStart = map[span.start]!;
  const rawEnd = map[span.end]!;
  if (rawStart === INVALID || rawEnd === INVALID) return null;
  const start = rawStart < 0 ? -rawStart - 2 : rawStart;
  const end = rawEnd < 0 ? -rawEnd - 2 : rawEnd;
  if (end <= start) return null;
  return { start, end, unlikely: (rawStart < 0 ? 1 : 0) + (rawEnd < 0 ? 1 : 0) };
}

const WORD = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

function suspicion(text: string, start: number, end: number): number {
  const at = (i: number) => (i >= 0 && i < text.length ? String.fromCodePoint(text.codePointAt(i)!) : '');
  const before = (i: number) => (i > 0 ? String.fromCodePoint(text.codePointAt(isLow(text, i - 1) ? i - 2 : i - 1)!) : '');
  let count = 0;
  for (const boundary of [start, end]) {
    if (MARK.test(at(boundary))) count++;
    else if (WORD.test(before(boundary)) && WORD.test(at(boundary))) count++;
  }
  return count;
}

function isLow(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  return unit >= 0xdc00 && unit <= 0xdfff && i > 0;
}

/** One pass over the raw text builds all four maps; positions past the canonical end clamp to it. */
function offsetMaps(raw: string, canonicalLength: number): Record<OffsetReading, OffsetMap> {
  const utf16: number[] = [];
  const codePoints: number[] = [];
  const utf16Lf: number[] = [];
  const codePointsLf: number[] = [];
  let canonical = 0;
  const clamp = (offset: number) => Math.min(offset, canonicalLength);
  for (let i = 0; i < raw.length; ) {
    const unit = raw.charCodeAt(i);
    const c = clamp(canonical);
    if (unit === 0x0d && raw.charCodeAt(i + 1) === 0x0a) {
      // CR LF: two units and two code points as written, one line end in the LF text and in Framewise.
      utf16.push(c, unlikely(c));
      codePoints.push(c, unlikely(c));
      utf16Lf.push(c);
      codePointsLf.push(c);
      canonical += 1;
      i += 2;
    } else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < raw.length && raw.charCodeAt(i + 1) >= 0xdc00 && raw.charCodeAt(i + 1) <= 0xdfff) {
      utf16.push(c, INVALID);
      utf16Lf.push(c, INVALID);
      codePoints.push(c);
      codePointsLf.push(c);
      canonical += 2;
      i += 2;
    } else {
      utf16.push(c);
      utf16Lf.push(c);
      codePoints.push(c);
      codePointsLf.push(c);
      canonical += 1;
      i += 1;
    }
  }
  const end = clamp(canonical);
  for (const map of [utf16, codePoints, utf16Lf, codePointsLf]) map.push(end);
  return {
    utf16: Int32Array.from(utf16),
    'code-points': Int32Array.from(codePoints),
    'utf16-lf': Int32Array.from(utf16Lf),
    'code-points-lf': Int32Array.from(codePointsLf),
  };
}
