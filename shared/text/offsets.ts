// Two units of offset meet in Framewise. Inside the app (and in JavaScript, the DOM and Lexical) a
// string index counts UTF-16 code units. Python, R and the REFI-QDA standard count Unicode code
// points. They differ by one for every astral character (emoji, many CJK extensions) before the
// offset. Combining marks are separate code points in both units, so they need no special case.

/** Code-point index of a UTF-16 offset. An offset that falls inside a surrogate pair is rejected. */
export function utf16ToCodePoint(text: string, utf16Offset: number): number {
  assertOffset(text, utf16Offset);
  let codePoints = 0;
  for (let i = 0; i < utf16Offset; i++) {
    if (isHighSurrogateAt(text, i) && isLowSurrogateAt(text, i + 1)) {
      if (i + 1 === utf16Offset) throw new RangeError(`offset ${utf16Offset} splits a surrogate pair`);
      i++;
    }
    codePoints++;
  }
  return codePoints;
}

/** UTF-16 offset of a code-point index; past the end is an error. */
export function codePointToUtf16(text: string, codePointOffset: number): number {
  if (!Number.isInteger(codePointOffset) || codePointOffset < 0) {
    throw new RangeError(`code-point offset ${codePointOffset} is not a non-negative integer`);
  }
  let utf16 = 0;
  for (let cp = 0; cp < codePointOffset; cp++) {
    if (utf16 >= text.length) throw new RangeError(`code-point offset ${codePointOffset} is past the end of the text`);
    utf16 += isHighSurrogateAt(text, utf16) && isLowSurrogateAt(text, utf16 + 1) ? 2 : 1;
  }
  return utf16;
}

/**
 * Converts many UTF-16 offsets of one text in a single pass: exports convert thousands of codings
 * per document, and one scan beats a scan per offset.
 */
export function utf16ToCodePoints(text: string, offsets: readonly number[]): number[] {
  const order = offsets.map((offset, index) => ({ offset, index })).sort((a, b) => a.offset - b.offset);
  const result = new Array<number>(offsets.length);
  let utf16 = 0;
  let codePoints = 0;
  for (const { offset, index } of order) {
    assertOffset(text, offset);
    while (utf16 < offset) {
      const pair = isHighSurrogateAt(text, utf16) && isLowSurrogateAt(text, utf16 + 1);
      if (pair && utf16 + 1 === offset) throw new RangeError(`offset ${offset} splits a surrogate pair`);
      utf16 += pair ? 2 : 1;
      codePoints++;
    }
    result[index] = codePoints;
  }
  return result;
}

/** Slices by code points, as Python's `text[start:end]` does. */
export function sliceByCodePoints(text: string, start: number, end: number): string {
  return text.slice(codePointToUtf16(text, start), codePointToUtf16(text, end));
}

/** True when the offset does not fall between the two halves of a surrogate pair. */
export function isCodePointBoundary(text: string, utf16Offset: number): boolean {
  return !(isLowSurrogateAt(text, utf16Offset) && isHighSurrogateAt(text, utf16Offset - 1));
}

/** The code-point boundary at or before the offset (one unit back from inside a surrogate pair). */
export function codePointFloor(text: string, utf16Offset: number): number {
  return isCodePointBoundary(text, utf16Offset) ? utf16Offset : utf16Offset - 1;
}

/** The code-point boundary at or after the offset (one unit on from inside a surrogate pair). */
export function codePointCeil(text: string, utf16Offset: number): number {
  return isCodePointBoundary(text, utf16Offset) ? utf16Offset : utf16Offset + 1;
}

/** The boundary one whole character (code point) before the offset; 0 at the start. */
export function previousCodePoint(text: string, utf16Offset: number): number {
  return utf16Offset <= 0 ? 0 : codePointFloor(text, utf16Offset - 1);
}

/** The boundary one whole character (code point) after the offset; the text's length at its end. */
export function nextCodePoint(text: string, utf16Offset: number): number {
  return utf16Offset >= text.length ? text.length : codePointCeil(text, utf16Offset + 1);
}

/** `[start, end)` widened to whole characters: it neither starts nor ends inside a surrogate pair. */
export function wholeCodePoints(text: string, start: number, end: number): { start: number; end: number } {
  return { start: codePointFloor(text, start), end: codePointCeil(text, end) };
}

/**
 * Why `[start, end)` (UTF-16 units) cannot be a coded passage of `text`, or null when it can: it must
 * lie inside the text, hold at least one character, and start and end between whole characters.
 */
export function passageRangeProblem(text: string, start: number, end: number): 'outside' | 'empty' | 'splits-character' | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) return 'outside';
  if (start === end) return 'empty';
  if (!isCodePointBoundary(text, start) || !isCodePointBoundary(text, end)) return 'splits-character';
  return null;
}

function assertOffset(text: string, offset: number): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
    throw new RangeError(`offset ${offset} is outside a text of ${text.length} UTF-16 units`);
  }
}

function isHighSurrogateAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogateAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}
