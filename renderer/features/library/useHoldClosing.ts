// While `reason` is set, closing or reloading the window would lose work (an import has read files
// whose documents are not yet in the project): main asks before the window closes (holdClosing,
// electron/closeGuard.ts), and the page's beforeunload asks before a reload.
import { useEffect } from 'react';
import { call } from '../../api';

export function useHoldClosing(reason: string | null): void {
  useEffect(() => {
    if (!reason) return;
    void call('holdClosing', reason).catch(() => {});
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chromium shows its own words; setting returnValue is what makes it ask.
      event.returnValue = reason;
    };
    window.addEventListener('beforeunload', ask);
    return () => {
      window.removeEventListener('beforeunload', ask);
      void call('holdClosing', null).catch(() => {});
    };
  }, [reason]);
}
