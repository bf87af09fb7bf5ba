// One polite live region for the whole app: what a sighted user sees change ("Coded as pledge"),
// a screen-reader user hears. Screens call `announce`; the latest message is also shown in the
// status bar.
//
// Two contexts: `announce` never changes, so the many components that call it do not re-render when
// a message is said; only the status bar reads the message.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => {});
const MessageContext = createContext('');

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  // A repeated message must still be spoken: clear first, then set on the next frame.
  const announce = useCallback((next: string) => {
    setMessage('');
    requestAnimationFrame(() => setMessage(next));
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      <MessageContext.Provider value={message}>{children}</MessageContext.Provider>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

export function StatusBar() {
  const message = useContext(MessageContext);
  return (
    <footer className="status-bar" role="status" aria-live="polite" aria-label="Status">
      {message}
    </footer>
  );
}
