// A project database in fake IndexedDB (test/renderer/setup.ts), for repository tests under Node.
import { ProjectDatabase } from '../../../renderer/db/projectDatabase';

export async function freshProject(upToVersion?: number): Promise<ProjectDatabase> {
  const db = new ProjectDatabase(crypto.randomUUID(), undefined, upToVersion);
  await db.open();
  return db;
}
