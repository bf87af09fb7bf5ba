// Renders its children once the screen around it has been painted: panels that are not needed to read
// the text (memos, document info, history) then do not hold back the first frame of a long document.
import { useEffect, useState, type ReactNode } from 'react';

export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // The second frame callback runs once the first frame has been laid out and painted.
    let inner = 0;
    const outer = requestAnimationFrame(() => {
      inner = requestAnimationFrame(() => setReady(true));
    });
    return () => {
      cancelAnimationFrame(outer);
      cancelAnimationFrame(inner);
    };
  }, []);
  return ready ? <>{children}</> : null;
}
