// What a researcher brings in, read and checked before anything is written: a REFI-QDA project (its
// import plan, with the texts it needed fetched) or a Framewise project file, both as plain rows with
// the originals the library will keep. A file that cannot be read becomes a refusal naming the file
// and every reason; nothing here writes.
import { strToU8 } from 'fflate';
import type { CoderRecord, DocumentRecord } from '../../../shared/model';
import type { ProjectRows } from '../../../shared/interop/projectRows';
import type { ImportPlan, SkippedItem, SuppliedSource } from '../../../shared/interop/importPlan';
import { completeImportPlan, planQdpxImport } from '../../../shared/interop/qdpxImport';
import { readProjectFileFast } from '../../../shared/projectFile/readProjectFile';
import { upgradeRowsToLatestSchema } from '../backups/schemaUpgrade';
import { describeRefusal } from '../../../shared/projectFile/problems';
import { sha256Hex } from '../../../shared/hash/sha256';
import { formatOfFileName, TABLE_FORMATS } from '../../../shared/library/fileFormats';
import type { LinkedSource } from '../../../shared/ipc';

export interface IncomingProject {
  fileName: string;
  kind: 'qdpx' | 'framewise';
  /** The project's name in the file. */
  name: string;
  /** The tool that wrote it ("MAXQDA 24", "Framewise 0.4.0"). */
  origin: string;
  rows: ProjectRows;
  /** Originals to put in the library, by stored name, for the documents the rows hold. */
  originals: Map<string, Uint8Array>;
  /** What the file held that is not imported, with the reason. */
  skipped: SkippedItem[];
  /** The REFI-QDA plan, for its counts; null for a project file. */
  plan: ImportPlan | null;
  /**
   * Memos the file gave no date (another tool's notes): dated at the import, which a merge must not
   * take for their last edit. None in a project file, whose memos all carry their times.
   */
  undatedMemos?: ReadonlySet<string>;
  /**
   * Files elsewhere on this computer that the project names for its sources (relative://, absolute://)
   * and that were read, by path: the researcher chose the .qdpx, not these, so the preview names them
   * before anything is imported (a project from a stranger could name any file the researcher can read).
   */
  linkedFiles: string[];
}

export type Incoming = { ok: true; project: IncomingProject } | { ok: false; reason: string };

interface ReadContext {
  /** The file as chosen: its name and full path (relative:// paths resolve against its folder). */
  fileName: string;
  path: string;
  /** The project the rows are meant for: project memos land on it. */
  projectId: string;
  coder: CoderRecord;
}

/** How the import reaches files it cannot read itself: both go through main. */
export interface SourceFiles {
  /** The text of an original (DOCX, RTF, PDF…) by the library's extractors. */
  extractText(fileName: string, bytes: Uint8Array): Promise<string>;
  /** A file the project names outside its archive (relative://, absolute://); throws with the reason. */
  readLinked(path: string): Promise<LinkedSource>;
}

/** An original kept in the library for a document, as the file was named. */
interface Original {
  fileName: string;
  bytes: Uint8Array;
  /** A plain-text file (REFI-QDA's `plainTextPath`), kept as a .txt whatever its name ends with. */
  plainText?: boolean;
}

export async function readQdpx(bytes: Uint8Array, context: ReadContext, files: SourceFiles): Promise<Incoming> {
  const result = planQdpxImport(bytes, {
    fileName: context.fileName,
    folderPath: folderOf(context.path),
    projectId: context.projectId,
    defaultCoder: context.coder,
    now: new Date().toISOString(),
  });
  if (!result.ok) return { ok: false, reason: `${result.reason} Nothing in your projects was changed.` };
  // Texts the plan could not take from a .txt in the archive: a plain-text file is decoded by the
  // plan, a rich-text or PDF original is read by the library's extractors, in main. Files outside
  // the archive are read by main, which reads only those the chosen .qdpx names.
  const originals = new Map<string, Original>();
  for (const origin of result.plan.origins) {
    // The rich-text original beside the text, else the text file itself as it is in the archive.
    const plainText = !origin.originalEntry && origin.from === 'plain-text-file';
    const entry = origin.originalEntry ?? (plainText ? origin.path : undefined);
    const bytes = entry ? result.entryBytes.get(entry) : undefined;
    if (entry && bytes) originals.set(origin.docId, { fileName: baseName(entry), bytes, plainText });
  }
  const supplied: SuppliedSource[] = [];
  const linkedFiles: string[] = [];
  for (const need of result.plan.needs) {
    try {
      const file = need.location.where === 'archive' ? { fileName: baseName(need.location.entry), bytes: result.entryBytes.get(need.location.entry)!, text: null } : await files.readLinked(need.location.path);
      if (need.location.where !== 'archive') linkedFiles.push(need.location.path);
      if (need.format === 'txt') {
        supplied.push({ id: need.id, bytes: file.bytes });
        originals.set(need.id, { fileName: file.fileName, bytes: file.bytes, plainText: true });
        continue;
      }
      const text = file.text ?? (await files.extractText(file.fileName, file.bytes));
      supplied.push({ id: need.id, text, sha256: sha256Hex(file.bytes) });
      originals.set(need.id, file);
    } catch (error) {
      supplied.push({ id: need.id, error: (error as Error).message });
    }
  }
  const plan = supplied.length ? completeImportPlan(result.plan, supplied) : result.plan;
  const kept = withOriginals(plan.rows, originals);
  return { ok: true, project: { fileName: context.fileName, kind: 'qdpx', name: plan.projectName || context.fileName.replace(/\.qdpx$/iu, ''), origin: plan.origin, ...kept, skipped: plan.skipped, plan, undatedMemos: new Set(plan.undatedMemoIds), linkedFiles } };
}

/** A Framewise project file to merge; one an older Framewise wrote has its rows upgraded first, as a restore does. */
export async function readFramewiseFile(bytes: Uint8Array, fileName: string): Promise<Incoming> {
  const result = await readProjectFileFast(bytes, { schemaUpgrade: upgradeRowsToLatestSchema });
  if (!result.ok) return { ok: false, reason: describeRefusal(fileName, result.problems) };
  const { manifest, tables, originals } = result.project;
  const { operations: _log, ...rows } = tables;
  return { ok: true, project: { fileName, kind: 'framewise', name: manifest.project.name, origin: `Framewise ${manifest.appVersion}`, rows, originals, skipped: [], plan: null, linkedFiles: [] } };
}

/**
 * Each imported document keeps an original in the library, so that "Show original", a later export,
 * project files and backups find it: the file the source came with, stored by its SHA-256 as an
 * import stores it: a DOCX, RTF or PDF, else the other tool's plain-text file byte for byte (its BOM,
 * CRLF, UTF-16: the library's text extractor reads them all), else, for a text that came from the
 * XML itself, that text's UTF-8 (`<sha256>.txt`).
 */
function withOriginals(rows: ProjectRows, kept: ReadonlyMap<string, Original>): { rows: ProjectRows; originals: Map<string, Uint8Array> } {
  const textOf = new Map(rows.texts.map((t) => [t.docId, t.text]));
  const originals = new Map<string, Uint8Array>();
  const documents = rows.documents.map((doc): DocumentRecord => {
    const original = kept.get(doc.id);
    if (original?.plainText) {
      const sha256 = sha256Hex(original.bytes);
      originals.set(`${sha256}.txt`, original.bytes);
      return { ...doc, format: 'txt', sha256, storedName: `${sha256}.txt` };
    }
    const format = original ? formatOfFileName(original.fileName) : null;
    if (original && format && format !== 'txt' && !TABLE_FORMATS.has(format)) {
      const sha256 = sha256Hex(original.bytes);
      const storedName = `${sha256}.${format}`;
      originals.set(storedName, original.bytes);
      return { ...doc, format, fileName: original.fileName, sha256, storedName };
    }
    const bytes = strToU8(textOf.get(doc.id) ?? '');
    const sha256 = sha256Hex(bytes);
    originals.set(`${sha256}.txt`, bytes);
    return { ...doc, format: 'txt', sha256, storedName: `${sha256}.txt` };
  });
  return { rows: { ...rows, documents }, originals };
}

/** The last part of an archive entry's name ("sources/ab12.docx" is "ab12.docx"). */
function baseName(entry: string): string {
  return entry.slice(entry.lastIndexOf('/') + 1);
}

/** The folder of a path as main gave it (POSIX or Windows separators). */
function folderOf(path: string): string | undefined {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : undefined;
}
