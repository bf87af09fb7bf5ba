/** The list with `item` added, or removed when it is there: a checkbox in a list of choices. */
export function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}
