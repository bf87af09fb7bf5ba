// One polite live region for the whole app: what a sighted user sees change ("Coded as pledge"),
// a screen-reader user hears. Screens call `announce`; the latest message is also shown in the
// status bar.
//
// Two contexts: `announce` never changes, so the many components that call it do not re-render when
// a message is said; only the status bar reads the message.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Announce = (message: string) => void;

/** A message and how many have been said: a repeated message is a new one. */
interface Said {
  message: string;
  count: number;
}

const AnnounceContext = createContext<Announce>(() => {});
const MessageContext = createContext<Said>({ message: '', count: 0 });

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [said, setSaid] = useState<Said>({ message: '', count: 0 });
  // One state update per message, so the status bar is drawn once per message (not cleared in one
  // frame and set in the next: that was a painted frame more per code applied).
  const announce = useCallback((message: string) => setSaid((previous) => ({ message, count: previous.count + 1 })), []);
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
  const { message, count } = useContext(MessageContext);
  // Each message is a new node (keyed by its count): a live region speaks what is added to it, so a
  // message said twice in a row is heard twice.
  return (
    // The live region inside the footer, not the footer itself: a footer is the window's contentinfo
    // landmark, which a role of its own would take away.
    <footer className="status-bar">
      <p className="status-line" role="status" aria-live="polite" aria-label="Status">
        <span key={count}>{message}</span>
      </p>
    </footer>
  );
}
