// Persistent storage: IndexedDB is the only copy of a project between backups, and a browser may
// evict an origin's storage under pressure unless the origin's storage is persistent. The window asks
// at start (main's permission handler grants exactly this to the app's origin: electron/security.ts),
// checks the answer, and the preferences show it.

export type Persistence = 'persistent' | 'not-persistent' | 'unknown';

let answer: Promise<Persistence> | null = null;

/** Asks once per window; later calls get the same answer. */
export function askPersistentStorage(storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = navigator.storage): Promise<Persistence> {
  return (answer ??= (async () => {
    if (!storage?.persist) return 'unknown';
    try {
      if (await storage.persisted()) return 'persistent';
      return (await storage.persist()) ? 'persistent' : 'not-persistent';
    } catch {
      return 'unknown';
    }
  })());
}

export const PERSISTENCE_WORDS: Record<Persistence, string> = {
  persistent: 'Persistent: the system will not clear Framewise’s project storage to free space.',
  'not-persistent': 'Not persistent: under storage pressure the system could clear Framewise’s project storage. Your automatic backups are your safeguard; keep them.',
  unknown: 'Unknown: this system does not say whether Framewise’s project storage is persistent.',
};
