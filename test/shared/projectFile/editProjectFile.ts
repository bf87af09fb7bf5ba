// Damaging a project file on purpose, for the tests of what a reader refuses: unpack it, change
// entries (and, to simulate a faulty writer rather than damage, make the manifest agree with them),
// pack it again.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { sha256Hex } from '../../../shared/hash/sha256';
import { writeProjectFile } from '../../../shared/projectFile/writeProjectFile';
import { expandRows } from '../../../shared/projectFile/rowCompaction';
import { everyKindOfRow, everyKindOfRowHeader } from '../../fixtures/projectFile/everyKindOfRow';

export type Entries = Record<string, Uint8Array>;

export function savedCopy(compression: 0 | 1 = 1): Uint8Array {
  const { tables, originals } = everyKindOfRow();
  return writeProjectFile({ header: everyKindOfRowHeader(), tables, originals, compression }).bytes;
}

export function pack(entries: Entries): Uint8Array {
  const files: Zippable = {};
  for (const [name, bytes] of Object.entries(entries)) files[name] = [bytes, { level: 1 }];
  return zipSync(files);
}

export function readManifest(entries: Entries): Record<string, unknown> & { entries: Record<string, { sha256: string; bytes: number }>; counts: Record<string, number> } {
  return JSON.parse(strFromU8(entries['manifest.json']!));
}

/** Changes a file's entries; with `consistent`, the manifest's checksums and counts follow the change. */
export function editFile(bytes: Uint8Array, edit: (entries: Entries, manifest: ReturnType<typeof readManifest>) => void, options: { consistent: boolean }): Uint8Array {
  const entries = unzipSync(bytes);
  const manifest = readManifest(entries);
  edit(entries, manifest);
  if (options.consistent) {
    for (const name of Object.keys(manifest.entries)) {
      const content = entries[name];
      if (!content) continue;
      manifest.entries[name] = { sha256: sha256Hex(content), bytes: content.length };
      const table = /^tables\/(\w+)\.jsonl$/.exec(name)?.[1];
      if (table) manifest.counts[table] = strFromU8(content).split('\n').filter(Boolean).length;
    }
  }
  entries['manifest.json'] = strToU8(JSON.stringify(manifest));
  return pack(entries);
}

/** A table's rows, edited as JSON. */
export function editRows(entries: Entries, table: string, edit: (rows: Array<Record<string, unknown>>) => void): void {
  const name = `tables/${table}.jsonl`;
  const rows = strFromU8(entries[name]!).split('\n').filter(Boolean).map((line) => JSON.parse(line));
  edit(rows);
  entries[name] = strToU8(rows.map((row) => JSON.stringify(row) + '\n').join(''));
}

/**
 * The file's entries as format 2 wrote them, every quote and logged row written out (today's writer
 * leaves out what other rows hold: shared/projectFile/rowCompaction.ts). Edit with `consistent`.
 */
export function asFormat2(entries: Entries, manifest: ReturnType<typeof readManifest>): void {
  const tables: Record<string, unknown[]> = {};
  const names = Object.keys(entries).filter((name) => /^tables\/\w+\.jsonl$/.test(name));
  for (const name of names) tables[name.slice('tables/'.length, -'.jsonl'.length)] = strFromU8(entries[name]!).split('\n').filter(Boolean).map((line) => JSON.parse(line));
  expandRows(tables, {}, (problem) => {
    throw new Error(problem.message);
  });
  for (const name of names) entries[name] = strToU8(tables[name.slice('tables/'.length, -'.jsonl'.length)]!.map((row) => JSON.stringify(row) + '\n').join(''));
  manifest.formatVersion = 2;
}
