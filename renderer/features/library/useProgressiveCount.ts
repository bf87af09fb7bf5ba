// Long lists are added to the page a slice per frame: a thousand rows at once would hold the window
// for a few hundred milliseconds (creating and laying out some ten thousand elements), right when an
// import finishes and the researcher expects the window to answer.
import { useEffect, useState } from 'react';

const ITEMS_PER_FRAME = 150;

/** How many of `total` items to render now; grows by a slice each animation frame until all are in. */
export function useProgressiveCount(total: number): number {
  const [count, setCount] = useState(ITEMS_PER_FRAME);
  useEffect(() => {
    if (count >= total) return;
    const frame = requestAnimationFrame(() => setCount((c) => c + ITEMS_PER_FRAME));
    return () => cancelAnimationFrame(frame);
  }, [count, total]);
  return Math.min(count, total);
}
