// A failure nobody waits for would otherwise pass unseen: the researcher believes the action was done.
// Two kinds reach the window: a promise that fails with nobody waiting for it (a write started with
// `void`, a background task), and an error thrown by an event handler (a button's), which React
// reports to the window past every error boundary. Both are said in the status line.
import { useEffect } from 'react';
import { useAnnounce } from './Announcer';

export function UncaughtFailures() {
  const announce = useAnnounce();
  useEffect(() => {
    // The browser still logs the failure with its stack, for a bug report.
    const say = (reason: unknown) => {
      const message = reason instanceof Error ? reason.message : String(reason ?? 'no reason given');
      announce(`Something failed and was not finished: ${message.replace(/[.\s]+$/u, '')}. Check that your last action took effect, and try it again.`);
    };
    const onRejection = (event: PromiseRejectionEvent) => say(event.reason);
    // Only errors thrown by code carry their error: the window's other error events (a ResizeObserver
    // whose notifications wait for the next frame, a foreign script's) are no failure of an action.
    const onError = (event: ErrorEvent) => {
      if (event.error != null) say(event.error);
    };
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    return () => {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    };
  }, [announce]);
  return null;
}
