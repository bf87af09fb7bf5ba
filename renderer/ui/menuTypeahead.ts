// Type-ahead for a hand-made menu (MenuPopup): the keys typed within a second of each other spell the
// start of an entry's name, and the focus moves to the first entry, from the current one on, whose
// name or one of its words starts with them. Words count, not only the name's start, because the
// context menu's entries all begin with "Apply": "pl" must find "Apply pledge". Case and accents do
// not matter ("emi" finds "Émigration").

/** How long a pause ends a search, in milliseconds (as React Aria's and the browsers' lists). */
const SEARCH_PAUSE_MS = 1000;

const collator = new Intl.Collator(undefined, { usage: 'search', sensitivity: 'base' });

function startsWith(text: string, typed: string): boolean {
  return collator.compare(text.slice(0, typed.length), typed) === 0;
}

/** Whether the entry's name, or one of its words, starts with what was typed. */
export function nameStartsWith(name: string, typed: string): boolean {
  if (startsWith(name, typed)) return true;
  return [...name.matchAll(/\s+/gu)].some((space) => startsWith(name.slice(space.index + space[0].length), typed));
}

export interface TypeaheadState {
  typed: string;
  at: number;
}

export const NO_SEARCH: TypeaheadState = { typed: '', at: -Infinity };

/**
 * The search after one more key (`key` pressed at `time`, in ms), and the entry to move to (its index
 * in `names`, or null). One letter searches from the entry after `current`, so that typing it again
 * goes on to the next; more letters from `current` itself, which may still match.
 */
export function typeahead(state: TypeaheadState, key: string, time: number, names: readonly string[], current: number): { state: TypeaheadState; to: number | null } {
  const typed = (time - state.at > SEARCH_PAUSE_MS ? '' : state.typed) + key;
  const next = { typed, at: time };
  if (!typed.trim()) return { state: NO_SEARCH, to: null };
  const from = typed.length === 1 ? current + 1 : Math.max(current, 0);
  for (let step = 0; step < names.length; step++) {
    const index = (from + step) % names.length;
    if (nameStartsWith(names[index]!, typed)) return { state: next, to: index };
  }
  return { state: next, to: null };
}
