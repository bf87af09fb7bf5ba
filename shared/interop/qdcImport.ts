// Import of a REFI-QDA codebook (`.qdc`, Codebook.xsd) as a plan: codes matched to the project's by
// GUID then by path (codeMatching.ts); new codes added under their matched parents; a matched code
// whose file name or texts differ is reported, never overwritten (the file may be older than the
// project), and empty fields of a matched code are filled from the file. Reads Framewise's own files,
// Taguette's (fresh GUIDs each time, no hierarchy, no descriptions) and ATLAS.ti's (which declares
// `codebook:0:4` in its schemaLocation: namespaces are not checked).
import type { CodeRecord } from '../model';
import { parseXml, childNamed, childrenNamed, XmlReadError } from './xmlTree';
import { readRefiProject } from './refiProject';
import { importCodes } from './importCodebook';
import { matchCodes, type CodeMatch } from './codeMatching';
import type { SkippedItem } from './importPlan';

export interface CodebookConflict {
  existingId: string;
  incomingId: string;
  /** Colours are not compared: a file without colours gets palette colours that mean nothing. */
  field: 'name' | 'definition' | 'inclusion' | 'exclusion' | 'example';
  existing: string;
  incoming: string;
}

export interface QdcImportPlan {
  origin: string;
  /** New codes, parents before children, with parents that exist in the project where they matched. */
  add: CodeRecord[];
  /** Empty fields of matched codes, filled from the file. */
  update: Array<{ id: string; changes: Partial<CodeRecord> }>;
  matches: CodeMatch[];
  conflicts: CodebookConflict[];
  skipped: SkippedItem[];
}

export type QdcImportResult = { ok: true; plan: QdcImportPlan } | { ok: false; reason: string };

const TEXT_FIELDS = ['definition', 'inclusion', 'exclusion', 'example'] as const;

export function planQdcImport(xml: string, existing: readonly CodeRecord[], options: { fileName: string; now: string }): QdcImportResult {
  let root;
  try {
    root = parseXml(xml);
  } catch (error) {
    const reason = error instanceof XmlReadError ? `it ${error.message}` : `it could not be read (${String(error)})`;
    return { ok: false, reason: `“${options.fileName}” cannot be imported: ${reason}.` };
  }
  // A codebook (.qdc), or a project.qde whose codebook is wanted.
  const codebook = root.name === 'CodeBook' ? root : childNamed(root, 'CodeBook');
  if (!codebook) return { ok: false, reason: `“${options.fileName}” cannot be imported: it is not a REFI-QDA codebook (its root is <${root.name}>).` };
  const parsed = readRefiProject({ name: 'Project', attributes: {}, text: '', children: [{ ...codebook, name: 'CodeBook' }] });
  const skipped: SkippedItem[] = [...parsed.skipped];
  const incoming = importCodes(parsed.codes, options.now, skipped);
  if (incoming.length === 0) return { ok: false, reason: `“${options.fileName}” cannot be imported: it holds no codes.` };
  const groups = childrenNamed(childNamed(codebook, 'Sets'), 'Set');
  if (groups.length) skipped.push({ kind: 'set', name: `${groups.length} code group(s)`, reason: 'Framewise has no code groups; their codes are imported' });

  const matches = matchCodes(existing, incoming);
  const existingById = new Map(existing.map((c) => [c.id, c]));
  const add: CodeRecord[] = [];
  const update: QdcImportPlan['update'] = [];
  const conflicts: CodebookConflict[] = [];
  const nextOrder = new Map<string | null, number>();
  const orderUnder = (parentId: string | null) => {
    const start = nextOrder.get(parentId) ?? Math.max(-1, ...existing.filter((c) => c.parentId === parentId).map((c) => c.order)) + 1;
    nextOrder.set(parentId, start + 1);
    return start;
  };
  const idFor = new Map<string, string>();
  for (const code of incoming) {
    const match = matches.get(code.id);
    if (!match) {
      const parentId = code.parentId === null ? null : (idFor.get(code.parentId) ?? null);
      // An unmatched code's GUID is not in the project (a GUID in the project always matches first).
      idFor.set(code.id, code.id);
      add.push({ ...code, parentId, order: orderUnder(parentId) });
      continue;
    }
    idFor.set(code.id, match.existingId);
    const current = existingById.get(match.existingId)!;
    const changes: Partial<CodeRecord> = {};
    if (current.name !== code.name && match.by === 'guid') conflicts.push({ existingId: current.id, incomingId: code.id, field: 'name', existing: current.name, incoming: code.name });
    for (const field of TEXT_FIELDS) {
      if (!code[field] || code[field] === current[field]) continue;
      if (!current[field]) changes[field] = code[field];
      else conflicts.push({ existingId: current.id, incomingId: code.id, field, existing: current[field], incoming: code[field] });
    }
    if (Object.keys(changes).length) update.push({ id: current.id, changes });
  }
  return { ok: true, plan: { origin: codebook.attributes.origin ?? '', add, update, matches: [...matches.values()], conflicts, skipped } };
}
