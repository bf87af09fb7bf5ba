// A passage shortened to be named in a sentence: the status line ("Coded “We will build…” as pledge"),
// the history, memo targets and search results. Runs of white space (line breaks included) become one
// space, and a long passage is cut with an ellipsis, so that it reads on one line.

/** At most `max` UTF-16 units, the last of them "…" when cut. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
