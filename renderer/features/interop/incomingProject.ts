// What a researcher brings in, read and checked before anything is written: a REFI-QDA project (its
// import plan, with the texts it needed fetched) or a Framewise project file, both as plain rows with
// the originals the library will keep. A file that cannot be read becomes a refusal naming the file
// and every reason; nothing here writes.
import { strToU8 } from 'fflate';
import type { CoderRecord, DocumentRecord } from '../../../shared/model';
import type { ProjectRows } from '../../../shared/interop/projectRows';
import type { ImportPlan, SkippedItem, SuppliedSource } from '../../../shared/interop/importPlan';
import { completeImportPlan, planQdpxImport } from '../../../shared/interop/qdpxImport';
import { readProjectFile } from '../../../shared/projectFile/readProjectFile';
import { describeRefusal } from '../../../shared/projectFile/problems';
import { sha256Hex } from '../../../shared/hash/sha256';

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

/** Reads the text of an original (DOCX, RTF, PDF…) with the library's extractors, in main. */
export type ExtractText = (fileName: string, bytes: Uint8Array) => Promise<string>;

export async function readQdpx(bytes: Uint8Array, context: ReadContext, extractText: ExtractText): Promise<Incoming> {
  const result = planQdpxImport(bytes, {
    fileName: context.fileName,
    folderPath: folderOf(context.path),
    projectId: context.projectId,
    defaultCoder: context.coder,
    now: new Date().toISOString(),
  });
  if (!result.ok) return { ok: false, reason: `${result.reason} Nothing in your projects was changed.` };
  // Texts the plan could not take from a .txt: a plain-text entry is decoded by the plan, a rich-text
  // or PDF original inside the archive is read by the library's extractors. Files outside the archive
  // (relative://, absolute://) are not read: the researcher chose one file, and Framewise reads only
  // what it was handed; each is skipped with that reason.
  const supplied: SuppliedSource[] = [];
  for (const need of result.plan.needs) {
    const entryBytes = need.location.where === 'archive' ? result.entryBytes.get(need.location.entry) : undefined;
    if (!entryBytes) {
      supplied.push({ id: need.id, error: 'the file is outside the .qdpx archive, and Framewise imports only what the archive holds' });
    } else if (need.format === 'txt') {
      supplied.push({ id: need.id, bytes: entryBytes });
    } else {
      const name = need.location.where === 'archive' ? need.location.entry.slice(need.location.entry.lastIndexOf('/') + 1) : need.sourceName;
      try {
        supplied.push({ id: need.id, text: await extractText(name, entryBytes) });
      } catch (error) {
        supplied.push({ id: need.id, error: (error as Error).message });
      }
    }
  }
  const plan = supplied.length ? completeImportPlan(result.plan, supplied) : result.plan;
  const { rows, originals } = withTextOriginals(plan.rows);
  return { ok: true, project: { fileName: context.fileName, kind: 'qdpx', name: plan.projectName || context.fileName.replace(/\.qdpx$/iu, ''), origin: plan.origin, rows, originals, skipped: plan.skipped, plan } };
}

export function readFramewiseFile(bytes: Uint8Array, fileName: string): Incoming {
  const result = readProjectFile(bytes);
  if (!result.ok) return { ok: false, reason: describeRefusal(fileName, result.problems) };
  const { manifest, tables, originals } = result.project;
  const { operations: _log, ...rows } = tables;
  return { ok: true, project: { fileName, kind: 'framewise', name: manifest.project.name, origin: `Framewise ${manifest.appVersion}`, rows, originals, skipped: [], plan: null } };
}

/**
 * Each imported document keeps its text as its original in the library (`<sha256>.txt`, the text's
 * UTF-8), so that "Show original" and a later export find it, whatever bytes (a BOM, CRLF) the
 * other tool's file had.
 */
function withTextOriginals(rows: ProjectRows): { rows: ProjectRows; originals: Map<string, Uint8Array> } {
  const textOf = new Map(rows.texts.map((t) => [t.docId, t.text]));
  const originals = new Map<string, Uint8Array>();
  const documents = rows.documents.map((doc): DocumentRecord => {
    const bytes = strToU8(textOf.get(doc.id) ?? '');
    const sha256 = sha256Hex(bytes);
    originals.set(`${sha256}.txt`, bytes);
    return { ...doc, format: 'txt', sha256, storedName: `${sha256}.txt` };
  });
  return { rows: { ...rows, documents }, originals };
}

/** The folder of a path as main gave it (POSIX or Windows separators). */
function folderOf(path: string): string | undefined {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : undefined;
}
