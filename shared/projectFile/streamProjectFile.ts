// A project file written from rows read a batch at a time: the way the app writes a backup of a
// large project. Each table's rows come as an (async) iterable of batches, for instance Dexie reads
// of 1,000 rows by primary key; between batches the caller's reads give the window its turn, and no
// more than one batch of rows and its encoded bytes is held at once (the zip's chunks go to
// `onChunk` as they are made: to an array, or to the main process for an atomic write).
import type { ProjectManifest } from './manifest';
import { TABLE_NAMES, type ProjectTables, type TableName } from './projectTables';
import type { EntryHasherFactory } from './entryHasher';
import { ProjectFileWriter, type CompressionLevel, type ProjectFileHeader, type WriterOptions } from './writeProjectFile';

type Batches<T> = AsyncIterable<readonly T[]> | Iterable<readonly T[]>;

export interface ProjectFileSource {
  header: ProjectFileHeader;
  tables: { [T in TableName]: Batches<ProjectTables[T][number]> };
  /** Reads an original from the library by its name (`<sha256>.<ext>`); omit for a backup. */
  readOriginal?: (storedName: string) => Promise<Uint8Array> | Uint8Array;
  compression?: CompressionLevel;
  /** The entries' hasher (writeProjectFile.ts's WriterOptions); the synchronous one by default. */
  hasher?: EntryHasherFactory;
  /** The entries' deflater (WriterOptions); fflate's by default. */
  deflater?: WriterOptions['deflater'];
  onChunk(chunk: Uint8Array): void;
}

export async function streamProjectFile(source: ProjectFileSource): Promise<ProjectManifest> {
  const writer = new ProjectFileWriter({ header: source.header, onChunk: source.onChunk, includeOriginals: source.readOriginal !== undefined, compression: source.compression, ...(source.hasher ? { hasher: source.hasher } : {}), ...(source.deflater ? { deflater: source.deflater } : {}) });
  for (const table of TABLE_NAMES) {
    writer.addRows(table, []);
    for await (const batch of source.tables[table] as Batches<ProjectTables[typeof table][number]>) writer.addRows(table, batch);
  }
  if (source.readOriginal) for (const name of writer.referencedOriginals()) writer.addOriginal(name, await source.readOriginal(name));
  await writer.settle();
  return writer.finish();
}
