// Date-times in REFI-QDA files are xsd:dateTime. Framewise writes the UTC form with `Z` and whole
// seconds (`2026-03-01T09:30:00Z`), the form every tool's sample writes: some readers parse exactly
// that pattern and fail on milliseconds or offsets.

/** The `Z` form, to the second, of an ISO date-time; null when the text is not a date-time. */
export function toRefiDateTime(iso: string): string | null {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return null;
  return new Date(time).toISOString().replace(/\.\d{3}Z$/u, 'Z');
}

/** An ISO date-time (JavaScript's `toISOString` form) from a file's xsd:dateTime, or null. */
export function fromRefiDateTime(value: string | undefined): string | null {
  if (!value) return null;
  // xsd:dateTime without a zone is local time of an unknown place: read it as UTC rather than as
  // this machine's zone, so that the same file imports the same everywhere.
  const text = /(Z|[+-]\d{2}:\d{2})$/u.test(value.trim()) ? value.trim() : `${value.trim()}Z`;
  const time = Date.parse(text);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}
