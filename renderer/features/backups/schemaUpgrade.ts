// Rows of a project file written at an older database schema, brought up to today's before they are
// checked and loaded: the backup taken "before Framewise upgraded the project" holds the rows as the
// project stored them then (codes without their definition fields, memos without a rich-text body…),
// which today's row checks refuse as missing fields, so the one backup meant to undo an upgrade could
// not be restored. The rows are upgraded by the database's own upgrades (renderer/db/projectDatabase.ts):
// written into a scratch database declared at their version, which is then opened at today's and read
// back. The scratch database is deleted whatever happens.
//
// Anything the old schema cannot take (a duplicate key, a row of a table that version did not have,
// counts that disagree with the manifest) leaves the rows as they were, never half upgraded or with a
// duplicate merged away: the reader then refuses the file, naming the rows it cannot take.
import Dexie from 'dexie';
import type { FileContent } from '../../../shared/projectFile/formatUpgrades';
import { TABLE_KEYS, TABLE_NAMES, type TableName } from '../../../shared/projectFile/projectTables';
import { LAST_ROW_CHANGING_VERSION, LATEST_VERSION, ProjectDatabase } from '../../db/projectDatabase';
import { readProjectTables } from '../../db/projectSnapshot';

export async function upgradeRowsToLatestSchema(content: FileContent): Promise<FileContent> {
  const from = content.manifest.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1 || from >= LATEST_VERSION) return content;
  const counts = content.manifest.counts as Record<string, unknown> | undefined;
  if (TABLE_NAMES.some((table) => !content.tables[table] || content.tables[table].length !== counts?.[table])) return content;
  // Rows no later upgrade changes are today's rows already: a scratch database would only write and
  // read them back (47 s for 100,000 codings, against 1.5 s for reading the whole file).
  if (from >= LAST_ROW_CHANGING_VERSION) return { manifest: { ...content.manifest, schemaVersion: LATEST_VERSION }, tables: content.tables };

  const scratchId = `schema-upgrade-${crypto.randomUUID()}`;
  const old = new ProjectDatabase(scratchId, undefined, from);
  try {
    await old.open();
    const present = new Set(old.tables.map((table) => table.name));
    if (TABLE_NAMES.some((table) => !present.has(table) && content.tables[table]!.length > 0)) return content;
    const tables = TABLE_NAMES.filter((table) => present.has(table));
    await old.transaction('rw', tables, async () => {
      for (const table of tables) await old.table(table).bulkAdd(content.tables[table]!);
    });
    old.close();
    const upgraded = new ProjectDatabase(scratchId);
    let rows;
    try {
      rows = await readProjectTables(upgraded);
    } finally {
      upgraded.close();
    }
    const inFileOrder = Object.fromEntries(TABLE_NAMES.map((table) => [table, inOrderOf(table, content.tables[table]!, rows[table] as unknown[])])) as Record<TableName, unknown[]>;
    return {
      manifest: { ...content.manifest, schemaVersion: LATEST_VERSION, counts: Object.fromEntries(TABLE_NAMES.map((table) => [table, inFileOrder[table].length])) },
      tables: inFileOrder,
    };
  } catch {
    return content;
  } finally {
    old.close();
    await Dexie.delete(old.name).catch(() => {});
  }
}

/**
 * The upgraded rows in the order the file had them (the database gives them in key order), so that a
 * problem found later still names the row's line; rows an upgrade added come last.
 */
function inOrderOf(table: TableName, fileRows: readonly unknown[], upgraded: readonly unknown[]): unknown[] {
  const key = TABLE_KEYS[table];
  const byKey = new Map(upgraded.map((row) => [(row as Record<string, unknown>)[key], row]));
  const ordered: unknown[] = [];
  for (const row of fileRows) {
    const k = (row as Record<string, unknown>)[key];
    if (byKey.has(k)) {
      ordered.push(byKey.get(k));
      byKey.delete(k);
    }
  }
  return [...ordered, ...byKey.values()];
}
