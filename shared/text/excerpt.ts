// A passage shortened to be named in a sentence: the status line ("Coded “We will build…” as pledge"),
// the history, memo targets and search results. Runs of white space (line breaks included) become one
// space, and a long passage is cut with an ellipsis, so that it reads on one line.
import { graphemeFloor } from './graphemes';

/** At most `max` UTF-16 units, the last of them "…" when cut. */
export function excerpt(text: string, max = 60): string {
  // Only the start of a long passage is read: a coding of a whole document keeps the whole text as its
  // quote (a megabyte), and flattening all of it took ~20 ms for each row or label that names it.
  // Flattening only shortens, so a start that flattens to more than `max` holds the whole excerpt.
  const head = text.length > max * 4 + 64 ? text.slice(0, max * 4 + 64) : text;
  let flat = head.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max && head !== text) flat = text.replace(/\s+/gu, ' ').trim();
  // Cut between characters as a reader sees them: half an emoji would show as "�".
  return flat.length <= max ? flat : `${flat.slice(0, graphemeFloor(flat, max - 1))}…`;
}
