// Export ▸ REFI-QDA project (.qdpx)… and Export ▸ REFI-QDA codebook (.qdc)…: the project's rows read
// in one transaction, written by the pure exporters (shared/interop), saved through the files door.
// Originals come from the library by main, and only those REFI-QDA carries as rich text (DOCX, RTF):
// a PDF's or web page's original would be refused by ATLAS.ti as a richTextPath.
import { exportQdpx, ORIGINAL_FORMATS } from '../../../shared/interop/qdpxExport';
import { exportQdc } from '../../../shared/interop/qdcExport';
import type { Export } from '../../files/exportFile';
import { call } from '../../api';
import type { ProjectDatabase } from '../../db/projectDatabase';
import { readProjectRows } from '../../db/projectRows';
import { safeFileName } from '../export/exportFileName';
import { appVersion } from '../backups/appBackups';

export interface QdpxExportOptions {
  /** Carry each document's DOCX or RTF original beside its text. */
  includeOriginals: boolean;
  /** One copy of each document per coder, each with that coder's codings (MAXQDA's agreement check). */
  copyPerCoder: boolean;
}

interface ExportSubject {
  db: ProjectDatabase;
  project: { id: string; name: string };
  coderId: string;
}

export function qdpxExport({ db, project, coderId }: ExportSubject, options: QdpxExportOptions): Export {
  return {
    failure: 'The REFI-QDA project export failed',
    async prepare() {
      const rows = await readProjectRows(db);
      const originals = new Map<string, Uint8Array>();
      // An original missing from the library (deleted by hand, say) leaves its document text-only,
      // said in the status line, rather than failing the whole export.
      const missing: string[] = [];
      if (options.includeOriginals) {
        for (const doc of rows.documents) {
          if (!ORIGINAL_FORMATS.has(doc.format)) continue;
          try {
            originals.set(doc.id, await call('readOriginal', doc.storedName));
          } catch (error) {
            missing.push(`the original of “${doc.title}” (${(error as Error).message})`);
          }
        }
      }
      const result = exportQdpx({
        project,
        rows,
        app: { name: 'Framewise', version: await appVersion() },
        exportingCoderId: coderId,
        now: new Date().toISOString(),
        originals,
        copyPerCoder: options.copyPerCoder,
      });
      const { sources, codings, notes, skipped } = result.report;
      const leftOut = [...missing, ...skipped.map((s) => `a ${s.kind} (${s.reason})`)];
      const left = leftOut.length ? ` Left out: ${leftOut.join('; ')}.` : '';
      return {
        file: { purpose: 'refiProject', suggestedName: `${safeFileName(project.name)}.qdpx`, content: result.bytes as Uint8Array<ArrayBuffer> },
        saved: (file) => `Exported “${project.name}” as a REFI-QDA project to ${file.path}: ${sources} sources, ${codings} codings, ${notes} memos.${left}`,
      };
    },
  };
}

export function qdcExport({ db, project }: ExportSubject): Export {
  return {
    failure: 'The REFI-QDA codebook export failed',
    async prepare() {
      const codes = await db.codes.toArray();
      const xml = exportQdc(codes, { name: 'Framewise', version: await appVersion() });
      return {
        file: { purpose: 'refiCodebook', suggestedName: `${safeFileName(project.name)} codebook.qdc`, content: xml },
        saved: (file) => `Exported the codebook of “${project.name}” (${codes.length} codes) as a REFI-QDA codebook to ${file.path}.`,
      };
    },
  };
}
