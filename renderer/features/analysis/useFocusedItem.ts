// A long list drawn a screenful at a time (@tanstack/react-virtual) draws only the items in view: the
// one holding the keyboard focus would be taken out of the page when scrolled past (Page Down, the
// wheel), and the focus would fall to the page, so that the next Tab starts from the window's top.
// The focused item stays drawn, out of sight, until the focus leaves it.
import { useCallback, useState, type FocusEvent } from 'react';
import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';

export interface FocusedItem {
  /** For useVirtualizer: the items in view, and the focused one wherever it is. */
  rangeExtractor(range: Range): number[];
  /** For each drawn item's element: where the focus is (focus events bubble in React). */
  focusProps(index: number): { onFocus(): void; onBlur(event: FocusEvent<HTMLElement>): void };
}

export function useFocusedItem(): FocusedItem {
  const [focused, setFocused] = useState<number | null>(null);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focused === null || focused >= range.count || indexes.includes(focused)) return indexes;
      return [...indexes, focused].sort((a, b) => a - b);
    },
    [focused],
  );
  const focusProps = (index: number) => ({
    onFocus: () => setFocused(index),
    onBlur: (event: FocusEvent<HTMLElement>) => {
      // Moving between the item's own buttons keeps it.
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused((current) => (current === index ? null : current));
    },
  });
  return { rangeExtractor, focusProps };
}
