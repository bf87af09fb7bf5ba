// Dates found in files come in many shapes: ISO 8601 with a time and zone ("2021-03-04T23:30:00-05:00"),
// PDF's "D:20210304233000-05'00'", or prose ("March 4, 2021"). Documents carry `YYYY-MM-DD` (or
// `YYYY-MM`, `YYYY` when that is all the source says), the date as written where it was published:
// the zone is dropped rather than applied, so an evening article does not move to the next day.

export function toIsoDate(value: string): string {
  const text = value.trim();
  const pdf = /^D:(\d{4})(\d{2})?(\d{2})?/u.exec(text);
  const iso = pdf ?? /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:$|[T\s])/u.exec(text);
  if (iso) return join(iso[1]!, iso[2], iso[3]);
  // Prose dates: only when they name a year, so that "Monday" never becomes a date.
  if (!/\b\d{4}\b/u.test(text)) return '';
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? '' : new Date(parsed).toISOString().slice(0, 10);
}

function join(year: string, month?: string, day?: string): string {
  const y = Number(year);
  const m = month === undefined ? 0 : Number(month);
  const d = day === undefined ? 0 : Number(day);
  if (y < 1000 || m > 12 || d > 31 || (month !== undefined && m < 1) || (day !== undefined && d < 1)) return '';
  if (month === undefined) return year;
  if (day === undefined) return `${year}-${pad(m)}`;
  return `${year}-${pad(m)}-${pad(d)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
