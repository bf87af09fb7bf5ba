// aria-keyshortcuts on a React Aria element: its components pass only the ARIA props they know to the
// DOM, and this one is not among them, so it is set on the element itself.
import { useEffect, useRef } from 'react';

export function useAriaKeyShortcuts<T extends Element>(value: string | undefined) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (value) element.setAttribute('aria-keyshortcuts', value);
    else element.removeAttribute('aria-keyshortcuts');
  }, [value]);
  return ref;
}
