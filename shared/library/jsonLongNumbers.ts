// JSON numbers that a double cannot hold exactly, kept as the text written. JSON.parse would read a
// respondent ID 12345678901234567890 as 12345678901234567000 before any later step could notice, and
// Node 20's JSON.parse gives a reviver no access to the source text, so the text is scanned here.

/** More significant digits than this, and a double may not read back as written (attributeTypes.ts says the same of text). */
const MAX_EXACT_DIGITS = 15;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * The JSON text with each number of more than 15 significant digits written as a string of its
 * digits as written ("12345678901234567890"), so that it reaches the manifest as text. Numbers inside
 * strings are left alone. Meant for text JSON.parse accepts: in invalid JSON the scan still ends, but
 * what it gives is as invalid as what it got.
 */
export function quoteLongNumbers(json: string): string {
  let out = '';
  let copied = 0;
  let index = 0;
  while (index < json.length) {
    const char = json[index]!;
    if (char === '"') {
      index = endOfString(json, index);
      continue;
    }
    if (char === '-' || (char >= '0' && char <= '9')) {
      NUMBER.lastIndex = index;
      const token = NUMBER.exec(json)?.[0];
      if (!token) {
        index++;
        continue;
      }
      if (significantDigits(token) > MAX_EXACT_DIGITS) {
        out += `${json.slice(copied, index)}"${token}"`;
        copied = index + token.length;
      }
      index += token.length;
      continue;
    }
    index++;
  }
  return copied === 0 ? json : out + json.slice(copied);
}

/** The index just after the string that opens at `start` (a backslash escapes the next character). */
function endOfString(json: string, start: number): number {
  let index = start + 1;
  while (index < json.length) {
    const char = json[index];
    if (char === '\\') index += 2;
    else if (char === '"') return index + 1;
    else index++;
  }
  return index;
}

/** Digits of the mantissa, without leading zeros, nor trailing ones after a decimal point (1.50 is 1.5). */
function significantDigits(token: string): number {
  const [mantissa = ''] = token.replace('-', '').split(/[eE]/);
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = (whole + fraction.replace(/0+$/, '')).replace(/^0+/, '');
  return digits.length;
}
