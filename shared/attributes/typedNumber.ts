// A number as a researcher may type it in a convention other than the one stored (a point for
// decimals, no grouping): a decimal comma ("42,5"), thousands grouped by spaces, commas or points
// ("10 000", "1,234.5", "1.234,5"), a typographic minus. Only what has one reading is read: "1,500"
// is 1500 in one country and 1.5 in another, and guessing would change a value without a word.

export type TypedNumber = { ok: true; decimal: string } | { ok: false; error?: string };

/** The number as a plain decimal ("1234.5") for readAttributeValue to read, or why it is refused. */
export function typedNumber(raw: string): TypedNumber {
  const text = raw.replace(/\s/gu, '').replace(/\u2212/gu, '-');
  if (!text.includes(',')) return { ok: true, decimal: text };
  const [, sign = '', body = ''] = /^([-+]?)(.*)$/u.exec(text)!;
  // Both separators: the last one marks decimals, the other groups thousands in threes.
  const mixed = /^(\d{1,3}(?:([.,])\d{3})+)([.,])(\d+)$/u.exec(body);
  if (mixed && mixed[2] !== mixed[3]) return { ok: true, decimal: `${sign}${mixed[1]!.replaceAll(mixed[2]!, '')}.${mixed[4]}` };
  if (/^[1-9]\d{0,2}(?:,\d{3}){2,}$/u.test(body)) return { ok: true, decimal: `${sign}${body.replaceAll(',', '')}` };
  // One comma followed by three digits after one to three others could group thousands or mark decimals.
  if (/^[1-9]\d{0,2},\d{3}$/u.test(body)) {
    const [grouped, decimal] = [Number(`${sign}${body.replace(',', '')}`), Number(`${sign}${body.replace(',', '.')}`)];
    return { ok: false, error: `“${raw.trim()}” could be ${grouped} or ${decimal}: type it without the comma, or with a point for decimals.` };
  }
  if (/^\d*,\d+$/u.test(body)) return { ok: true, decimal: `${sign}${body.replace(',', '.')}` };
  return { ok: false };
}
