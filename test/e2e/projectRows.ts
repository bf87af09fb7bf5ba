// What a project holds, read in the page with the raw IndexedDB API (no app code), so a scenario can
// compare a restored project with the one it came from, row for row.
import type { Page } from 'playwright-core';
import { emptyTables, TABLE_NAMES, type ProjectTables } from '../../shared/projectFile/projectTables';

/** The id of the project open in the window (the registry's setting). */
export function openProjectId(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('framewise-registry');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const value = await new Promise<{ value: string } | undefined>((resolve, reject) => {
      const request = db.transaction('settings').objectStore('settings').get('currentProjectId');
      request.onsuccess = () => resolve(request.result as { value: string } | undefined);
      request.onerror = () => reject(request.error);
    });
    db.close();
    if (!value) throw new Error('no project is open');
    return value.value;
  });
}

export async function projectRows(page: Page, projectId: string): Promise<ProjectTables> {
  const rows = await page.evaluate(
    async ([name, tables]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const out: Record<string, unknown[]> = {};
      for (const table of tables) {
        if (!db.objectStoreNames.contains(table)) continue;
        out[table] = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(table).objectStore(table).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
      return out;
    },
    [`framewise-project-${projectId}`, [...TABLE_NAMES]] as const,
  );
  return { ...emptyTables(), ...rows } as ProjectTables;
}
