// One polite live region for the whole app: what a sighted user sees change ("Coded as pledge"),
// a screen-reader user hears. Screens call `announce`; the latest messages are also shown in the
// status bar.
//
// Two contexts: `announce` never changes, so the many components that call it do not re-render when
// a message is said; only the status bar reads the messages.
import { createContext, useCallback, useContext, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

type Announce = (message: string) => void;

/** One message said, numbered in the order of saying: a repeated message is a new one. */
interface Line {
  text: string;
  serial: number;
}

/**
 * The messages of one moment: those said before the status bar was drawn again. React draws several
 * updates of one moment once, so keeping only the last would drop the others unheard (a code applied
 * and a memo saved by the same press).
 */
interface Said {
  moment: number;
  lines: readonly Line[];
  serial: number;
}

const NOTHING_SAID: Said = { moment: 0, lines: [], serial: 0 };
const AnnounceContext = createContext<Announce>(() => {});
const MessageContext = createContext<Said>(NOTHING_SAID);

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [said, setSaid] = useState<Said>(NOTHING_SAID);
  // The moment a message said now belongs to: the one not drawn yet. Once drawn, the next begins.
  const moment = useRef(NOTHING_SAID.moment + 1);
  useLayoutEffect(() => {
    moment.current = said.moment + 1;
  }, [said]);
  // One state update per message, and the moment's messages drawn together, so the status bar is drawn
  // once per moment (not cleared in one frame and set in the next: a painted frame more per code applied).
  const announce = useCallback((message: string) => {
    const now = moment.current;
    setSaid((previous) => {
      const earlier = previous.moment === now ? previous.lines : [];
      const serial = previous.serial + 1;
      // An empty message clears the line: what was said before it in the same moment goes too.
      return { moment: now, serial, lines: message ? [...earlier, { text: message, serial }] : [] };
    });
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      <MessageContext.Provider value={said}>{children}</MessageContext.Provider>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

export function StatusBar() {
  const { lines } = useContext(MessageContext);
  // Each message is a new node (keyed by its serial): a live region speaks what is added to it, so a
  // message said twice is heard twice, and two said at once are both heard.
  return (
    // The live region inside the footer, not the footer itself: a footer is the window's contentinfo
    // landmark, which a role of its own would take away.
    <footer className="status-bar">
      <p className="status-line" role="status" aria-live="polite" aria-label="Status">
        {lines.map((line, index) => (
          // The space keeps two messages two sentences for a screen reader reading the line whole.
          <span key={line.serial}>
            {index > 0 ? ' ' : null}
            {line.text}
          </span>
        ))}
      </p>
    </footer>
  );
}
