// The schema version a project's database is stored at, read without upgrading it: Dexie opens an
// existing database without a declared schema at the version it has. Null when there is none yet.
import Dexie from 'dexie';
import { PROJECT_DB_PREFIX } from './projectDatabase';

export async function storedVersion(projectId: string): Promise<number | null> {
  const name = PROJECT_DB_PREFIX + projectId;
  if (!(await Dexie.exists(name))) return null;
  const db = new Dexie(name);
  try {
    await db.open();
    return db.verno;
  } finally {
    db.close();
  }
}
