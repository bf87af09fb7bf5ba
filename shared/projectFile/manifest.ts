// The manifest: what a project file is, who wrote it with which version, what it holds, and the
// SHA-256 of every other entry. It is the last entry of the zip (written once every entry's checksum
// is known, so the writer streams), and a reader finds it through the zip's central directory.
import { z } from 'zod';
import { TABLE_NAMES, type TableName } from './projectTables';

/** Says that a zip is a Framewise project at all, whatever its version. */
export const FORMAT_MARK = 'framewise-project';

/**
 * The version of the file's layout and row shapes. Bump it whenever either changes (a new table, a
 * renamed field, a new Dexie version that changes rows, not one that only adds an index) and add the
 * step from the previous version to formatUpgrades.ts: files written by every earlier version must
 * keep opening (test/shared/projectFile/compatibility.test.ts opens a committed version-1 file).
 */
export const FORMAT_VERSION = 3;

/** Every version's manifest starts so; the reader reads this much before knowing the version. */
export const manifestEnvelope = z.looseObject({
  format: z.literal(FORMAT_MARK),
  formatVersion: z.number().int().nonnegative(),
});

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().nonnegative();

const countsShape = Object.fromEntries(TABLE_NAMES.map((table) => [table, count])) as { [T in TableName]: typeof count };

export const manifestSchema = z.object({
  format: z.literal(FORMAT_MARK),
  formatVersion: z.number().int().nonnegative(),
  /** Framewise's version (package.json), for a person reading the file. */
  appVersion: z.string(),
  /** The project database's schema version (renderer/db/projectDatabase.ts LATEST_VERSION) the rows come from. */
  schemaVersion: z.number().int().positive(),
  project: z.object({ id: z.string().min(1), name: z.string() }),
  /** ISO 8601, UTC. */
  writtenAt: z.string(),
  /** The coder who saved the copy or whose session took the backup; null when nobody is known. */
  writtenBy: z.object({ coderId: z.string(), name: z.string() }).nullable(),
  /** Set on automatic backups: why this one was taken (shared/backup/backupReasons.ts). */
  backup: z.object({ reason: z.string() }).nullable(),
  counts: z.object(countsShape),
  /** Every entry but the manifest: its SHA-256 and its length in bytes (uncompressed). */
  entries: z.record(z.string(), z.object({ sha256, bytes: count })),
  originals: z.object({
    /** Whether the originals are inside (a saved copy) or left in the library (a backup). */
    included: z.boolean(),
    /** The library names (`<sha256>.<ext>`) the documents refer to, so the library keeps them without reading the tables. */
    referenced: z.array(z.string()),
  }),
});

export type ProjectManifest = z.output<typeof manifestSchema>;
export type TableCounts = ProjectManifest['counts'];
