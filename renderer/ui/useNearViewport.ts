// Whether an element is on screen or close to it, for rows of long lists that should do their work
// (a live count, say) only when someone can see them: a list of 1,000 documents then runs a few
// dozen queries, not a thousand. Once near, the element stays "near" (no flicker on scrolling back).
import { useEffect, useRef, useState, type RefObject } from 'react';

export function useNearViewport<T extends Element>(margin = '400px'): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: margin });
    observer.observe(element);
    return () => observer.disconnect();
  }, [margin, near]);
  return [ref, near];
}
