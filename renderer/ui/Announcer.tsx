// One polite live region for the whole app: what a sighted user sees change ("Coded as pledge"),
// a screen-reader user hears. Screens call `announce`; the latest message is also shown in the
// status bar.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

interface AnnouncerValue {
  message: string;
  announce(message: string): void;
}

const AnnouncerContext = createContext<AnnouncerValue>({ message: '', announce: () => {} });

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  // A repeated message must still be spoken: clear first, then set on the next frame.
  const announce = useCallback((next: string) => {
    setMessage('');
    requestAnimationFrame(() => setMessage(next));
  }, []);
  const value = useMemo(() => ({ message, announce }), [message, announce]);
  return <AnnouncerContext.Provider value={value}>{children}</AnnouncerContext.Provider>;
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnouncerContext).announce;
}

export function StatusBar() {
  const { message } = useContext(AnnouncerContext);
  return (
    <footer className="status-bar" role="status" aria-live="polite" aria-label="Status">
      {message}
    </footer>
  );
}
