// A promise that fails with nobody waiting for it (a write started with `void`, a background task)
// would otherwise fail unseen: the researcher believes the action was done. Say it in the status line.
import { useEffect } from 'react';
import { useAnnounce } from './Announcer';

export function UnhandledRejections() {
  const announce = useAnnounce();
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      const reason = event.reason instanceof Error ? event.reason.message : String(event.reason ?? 'no reason given');
      // The browser still logs the rejection with its stack, for a bug report.
      announce(`Something failed and was not finished: ${reason.replace(/[.\s]+$/u, '')}. Check that your last action took effect, and try it again.`);
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [announce]);
  return null;
}
