// "Read back and checked": a backup (or a saved copy) just written is read back from the disk and
// compared with what the writer says it wrote. The file must open as a project file (every checksum,
// row and reference, readProjectFile), and its manifest must count the same rows and list the same
// entries with the same SHA-256 as the writer's: a file cut short, written over or scrambled on its
// way to the disk fails, and is deleted rather than kept as a backup no one could restore.
//
// A backup taken before a schema upgrade holds rows of the older schema, which today's row checks
// would refuse; for it the zip is read and every entry checked against its checksum.
//
// Checksums are computed by WebCrypto (readProjectFileFast): the check hashes every byte of the file.
import { MANIFEST_ENTRY } from '../projectFile/entryNames';
import type { ProjectManifest } from '../projectFile/manifest';
import { TABLE_NAMES, TABLE_WORDS } from '../projectFile/projectTables';
import { digestEntries, readProjectFileFast } from '../projectFile/readProjectFile';
import { readZipEntries } from '../projectFile/zipEntries';

export type BackupCheck = { ok: true } | { ok: false; reason: string };

export async function checkWrittenProjectFile(bytes: Uint8Array, written: ProjectManifest, currentSchemaVersion: number): Promise<BackupCheck> {
  let found: { counts: ProjectManifest['counts']; entries: ProjectManifest['entries'] };
  if (written.schemaVersion >= currentSchemaVersion) {
    const read = await readProjectFileFast(bytes);
    if (!read.ok) return { ok: false, reason: `it does not open: ${read.problems[0]?.message ?? 'unknown problem'}` };
    found = read.project.manifest;
  } else {
    const zip = readZipEntries(bytes);
    if (!zip.ok) return { ok: false, reason: `it does not open: ${zip.problems[0]?.message ?? 'unknown problem'}` };
    const manifestBytes = zip.entries.get(MANIFEST_ENTRY);
    if (!manifestBytes) return { ok: false, reason: `its ${MANIFEST_ENTRY} is missing` };
    found = JSON.parse(new TextDecoder().decode(manifestBytes)) as typeof found;
    const digests = await digestEntries(zip.entries);
    for (const [name, content] of zip.entries) {
      if (name === MANIFEST_ENTRY) continue;
      const listed = written.entries[name];
      if (!listed || listed.bytes !== content.length || listed.sha256 !== digests.get(name)) return { ok: false, reason: `${name} is not what was written` };
    }
  }
  for (const table of TABLE_NAMES) {
    if (found.counts[table] !== written.counts[table]) {
      return { ok: false, reason: `it holds ${found.counts[table]} ${TABLE_WORDS[table].many} where ${written.counts[table]} were written` };
    }
  }
  const names = new Set([...Object.keys(found.entries), ...Object.keys(written.entries)]);
  for (const name of names) {
    const a = found.entries[name];
    const b = written.entries[name];
    if (!a || !b || a.sha256 !== b.sha256 || a.bytes !== b.bytes) return { ok: false, reason: `${name} does not match its checksum as written` };
  }
  return { ok: true };
}
