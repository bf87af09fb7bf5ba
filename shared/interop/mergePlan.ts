// Merging another coder's work (a `.framewise` project file or a REFI-QDA import, both brought to
// plain rows) into the open project, as a plan: rows to add, rows to update, and a report. Documents
// are the same when their ids are, or when their canonical texts hash the same (SHA-256) as one of the
// project's; two documents of the file are never folded into each other for their text, only when
// they share an original (the project keeps one document per original: `&sha256`), and then the
// report names the one joined. Codes match by GUID then by path; coders by id (then by name, for a
// file from another tool: CoderIdentity). Codings and memos come along with their coder, their ids
// carried over to the matched documents and codes; a coding the project already has (same document,
// code, coder and extent) is kept once. Where the two sides disagree (a code renamed, recoloured or
// moved, a document whose text differs under the same id, a memo written differently), the project's
// row stays and the disagreement is reported: a merge never overwrites silently. What the project
// deleted since the file was made is not brought back, and is reported. Applying the plan and merging
// the same rows again adds nothing.
import type { AttributeType, CodeRecord, CoderRecord, CodingRecord, DocumentRecord, DocumentSetRecord, MemoRecord } from '../model';
import { sha256Hex } from '../hash/sha256';
import { matchCodes } from './codeMatching';
import { uniqueName } from './importCodebook';
import { derivedGuid } from './refiGuid';
import { emptyProjectRows, type ProjectRows } from './projectRows';
import { fitAttributes, mergeAttributeDefinitions } from './mergeAttributes';

export type MergeConflictKind =
  | 'code renamed'
  | 'code text differs'
  | 'code colour differs'
  | 'code moved'
  | 'coder name taken'
  | 'document text differs'
  | 'attribute type differs'
  | 'attribute value differs'
  | 'coding differs'
  | 'memo differs';

export interface MergeConflict {
  kind: MergeConflictKind;
  /** The project's row (kept) and the incoming row (not applied). */
  existingId: string;
  incomingId: string;
  /** What differs, for the report: "name: “economy” here, “the economy” in the file". */
  detail: string;
}

/**
 * How a coder of the file is recognised as one of the project's. A Framewise coder's id is minted once
 * per person and travels with every project file and REFI-QDA export Framewise writes, so for those the
 * id alone says who it is: two people may well share a name (every new profile starts as "Coder 1"),
 * and folding them would put one person's codings under the other and merge their identical codings
 * into one, silently and for good. Another tool gives its users ids of its own, so the same person
 * coming back from it is known only by name.
 */
export type CoderIdentity = 'by id' | 'by id, then name';

export interface MergeOptions {
  /** The open project: incoming project memos land on it. */
  projectId: string;
  /** By id unless said otherwise: the choice that never folds two people into one. */
  coders?: CoderIdentity;
  /**
   * Ids of rows the project once had and deleted (its log says so). A colleague's file made before
   * still holds them, and merging it must not bring back what the researcher removed on purpose.
   */
  deletedHere?: DeletedRows;
}

export type DeletedRows = Partial<Record<'documents' | 'codes' | 'codings' | 'memos' | 'documentSets', ReadonlySet<string>>>;

export interface MergePlan {
  add: ProjectRows;
  update: {
    documents: Array<{ id: string; changes: Partial<DocumentRecord> }>;
    codes: Array<{ id: string; changes: Partial<CodeRecord> }>;
    documentSets: Array<{ id: string; changes: Partial<DocumentSetRecord> }>;
  };
  conflicts: MergeConflict[];
  /** Incoming rows left out, with the reason (they depend on a conflicting row). */
  notMerged: Array<{ table: keyof ProjectRows; id: string; reason: string }>;
  /** Where each incoming row went: its id in the project. */
  idMap: { documents: Record<string, string>; codes: Record<string, string>; coders: Record<string, string>; codings: Record<string, string> };
  counts: { matchedDocuments: number; matchedCodes: number; matchedCoders: number; codingsAlreadyThere: number; memosAlreadyThere: number };
}

const CODE_TEXT_FIELDS = ['definition', 'inclusion', 'exclusion', 'example'] as const;
const NONE: ReadonlySet<string> = new Set();

export function planMerge(existing: ProjectRows, incoming: ProjectRows, options: MergeOptions): MergePlan {
  const plan: MergePlan = {
    add: emptyProjectRows(),
    update: { documents: [], codes: [], documentSets: [] },
    conflicts: [],
    notMerged: [],
    idMap: { documents: {}, codes: {}, coders: {}, codings: {} },
    counts: { matchedDocuments: 0, matchedCodes: 0, matchedCoders: 0, codingsAlreadyThere: 0, memosAlreadyThere: 0 },
  };
  const deleted = options.deletedHere ?? {};
  const conflictingTypes = mergeAttributeDefinitions(existing.attributeDefinitions, incoming.attributeDefinitions, plan);
  mergeDocuments(existing, incoming, conflictingTypes, deleted.documents ?? NONE, plan);
  mergeCodes(existing.codes, incoming.codes, deleted.codes ?? NONE, plan);
  mergeCoders(existing.coders, incoming.coders, options.coders ?? 'by id', plan);
  mergeCodings(existing.codings, incoming.codings, deleted, plan);
  mergeMemos(existing, incoming.memos, deleted.memos ?? NONE, plan, options.projectId);
  mergeSets(existing.documentSets, incoming.documentSets, deleted.documentSets ?? NONE, plan);
  return plan;
}

function mergeDocuments(existing: ProjectRows, incoming: ProjectRows, conflictingTypes: ReadonlyMap<string, AttributeType>, deletedHere: ReadonlySet<string>, plan: MergePlan): void {
  const existingText = new Map(existing.texts.map((t) => [t.docId, t.text]));
  const incomingText = new Map(incoming.texts.map((t) => [t.docId, t.text]));
  const byId = new Map(existing.documents.map((d) => [d.id, d]));
  const byHash = new Map<string, string>();
  const hashOf = new Map<string, string>();
  for (const doc of existing.documents) {
    const hash = sha256Hex(existingText.get(doc.id) ?? '');
    hashOf.set(doc.id, hash);
    if (!byHash.has(hash)) byHash.set(hash, doc.id);
  }
  // Originals taken, by the project's documents and by those the plan adds (with their text's hash).
  const byOriginal = new Map<string, { doc: DocumentRecord; hash: string; added: boolean }>(existing.documents.map((d) => [d.sha256, { doc: d, hash: hashOf.get(d.id)!, added: false }]));
  let order = Math.max(-1, ...existing.documents.map((d) => d.order)) + 1;
  const updates = new Map<string, MergePlan['update']['documents'][number]>();
  for (const incomingDoc of incoming.documents) {
    const text = incomingText.get(incomingDoc.id);
    if (text === undefined) {
      plan.notMerged.push({ table: 'documents', id: incomingDoc.id, reason: `“${incomingDoc.title}” has no text in the file` });
      continue;
    }
    const hash = sha256Hex(text);
    const sameId = byId.get(incomingDoc.id);
    if (sameId && hashOf.get(incomingDoc.id) !== hash) {
      plan.conflicts.push({ kind: 'document text differs', existingId: incomingDoc.id, incomingId: incomingDoc.id, detail: `“${sameId.title}”: the file's text under the same id differs from the project's; its codings and memos are not merged` });
      continue;
    }
    const doc = { ...incomingDoc, attributes: fitAttributes(incomingDoc, conflictingTypes, plan) };
    const target = sameId?.id ?? byHash.get(hash);
    if (target) {
      plan.idMap.documents[doc.id] = target;
      plan.counts.matchedDocuments++;
      // Two documents of the file can be one of the project's (the same id, the same text): the
      // values each fills in go into one update, which sees those filled before it.
      const pending = updates.get(target);
      const current = { ...byId.get(target)!, ...pending?.changes };
      const fill = missingAttributes(current, doc, plan);
      if (Object.keys(fill).length === 0) continue;
      const changes = { attributes: { ...current.attributes, ...fill } };
      if (pending) pending.changes = changes;
      else {
        const update = { id: current.id, changes };
        updates.set(current.id, update);
        plan.update.documents.push(update);
      }
      continue;
    }
    if (deletedHere.has(doc.id)) {
      plan.notMerged.push({ table: 'documents', id: doc.id, reason: `“${doc.title}” was deleted in this project since; it is not brought back, nor the file’s codings and memos on it` });
      continue;
    }
    const taken = byOriginal.get(doc.sha256);
    if (taken?.added && taken.hash === hash) {
      plan.idMap.documents[doc.id] = taken.doc.id;
      plan.notMerged.push({ table: 'documents', id: doc.id, reason: `“${doc.title}” has the same original file as “${taken.doc.title}” (a project keeps one document per original), so it joins “${taken.doc.title}” with its codings and memos` });
      const fill = missingAttributes(taken.doc, doc, plan);
      if (Object.keys(fill).length) {
        taken.doc = { ...taken.doc, attributes: { ...taken.doc.attributes, ...fill } };
        plan.add.documents = plan.add.documents.map((d) => (d.id === taken.doc.id ? taken.doc : d));
      }
      continue;
    }
    if (taken) {
      const where = taken.added ? 'in the file' : 'in the project';
      plan.notMerged.push({ table: 'documents', id: doc.id, reason: `“${doc.title}” has the same original file as “${taken.doc.title}” ${where} but a different text; it is not merged, nor are its codings and memos` });
      continue;
    }
    const added = { ...doc, order: order++ };
    plan.idMap.documents[doc.id] = doc.id;
    hashOf.set(doc.id, hash);
    byOriginal.set(doc.sha256, { doc: added, hash, added: true });
    plan.add.documents.push(added);
    plan.add.texts.push({ docId: doc.id, text });
  }
}

/** The file's values for attributes `current` has none of; a different value is reported as a conflict. */
function missingAttributes(current: DocumentRecord, doc: DocumentRecord, plan: MergePlan): DocumentRecord['attributes'] {
  const fill: DocumentRecord['attributes'] = {};
  for (const [name, value] of Object.entries(doc.attributes)) {
    if (value === null || value === '') continue;
    const here = current.attributes[name];
    if (here === undefined || here === null || here === '') fill[name] = value;
    else if (here !== value) {
      plan.conflicts.push({ kind: 'attribute value differs', existingId: current.id, incomingId: doc.id, detail: `“${current.title}”, ${name}: “${String(here)}” here, “${String(value)}” in the file` });
    }
  }
  return fill;
}

function mergeCodes(existing: readonly CodeRecord[], incoming: readonly CodeRecord[], deletedHere: ReadonlySet<string>, plan: MergePlan): void {
  const matches = matchCodes(existing, incoming);
  const existingById = new Map(existing.map((c) => [c.id, c]));
  const nextOrder = new Map<string | null, number>();
  const siblings = (parentId: string | null) => [...existing, ...plan.add.codes].filter((c) => c.parentId === parentId);
  const incomingById = new Map(incoming.map((c) => [c.id, c]));
  const incomingIds = new Set(incomingById.keys());
  // Parents before children, so that a new code's parent id is known.
  const depths = depthsOf(incoming);
  const ordered = [...incoming].sort((a, b) => depths.get(a.id)! - depths.get(b.id)!);
  for (const code of ordered) {
    const match = matches.get(code.id);
    if (match) {
      plan.idMap.codes[code.id] = match.existingId;
      plan.counts.matchedCodes++;
      const current = existingById.get(match.existingId)!;
      if (current.name !== code.name) {
        plan.conflicts.push({ kind: 'code renamed', existingId: current.id, incomingId: code.id, detail: `code “${current.name}” is called “${code.name}” in the file; the project's name is kept` });
      }
      if (current.color.toLowerCase() !== code.color.toLowerCase()) {
        plan.conflicts.push({ kind: 'code colour differs', existingId: current.id, incomingId: code.id, detail: `code “${current.name}” is ${code.color} in the file, ${current.color} here; the project’s colour is kept` });
      }
      const moved = placeInFile(code, incomingById, plan);
      if (moved !== undefined && moved.parentId !== current.parentId) {
        const here = current.parentId === null ? 'at the top level' : `under “${existingById.get(current.parentId)?.name ?? 'another code'}”`;
        plan.conflicts.push({ kind: 'code moved', existingId: current.id, incomingId: code.id, detail: `code “${current.name}” is ${moved.where} in the file, ${here} here; the project’s place is kept` });
      }
      const changes: Partial<CodeRecord> = {};
      for (const field of CODE_TEXT_FIELDS) {
        if (!code[field] || code[field] === current[field]) continue;
        if (!current[field]) changes[field] = code[field];
        else plan.conflicts.push({ kind: 'code text differs', existingId: current.id, incomingId: code.id, detail: `code “${current.name}”, ${field}: the file's text differs; the project's is kept` });
      }
      if (Object.keys(changes).length) plan.update.codes.push({ id: current.id, changes });
      continue;
    }
    if (deletedHere.has(code.id)) {
      plan.notMerged.push({ table: 'codes', id: code.id, reason: `code “${code.name}” was deleted in this project since; it is not brought back, nor the file’s codings and memos on it` });
      continue;
    }
    const parentId = code.parentId !== null && incomingIds.has(code.parentId) ? (plan.idMap.codes[code.parentId] ?? null) : null;
    const order = nextOrder.get(parentId) ?? Math.max(-1, ...siblings(parentId).map((c) => c.order)) + 1;
    nextOrder.set(parentId, order + 1);
    plan.idMap.codes[code.id] = code.id;
    plan.add.codes.push({ ...code, parentId, order, name: uniqueName(code.name, siblings(parentId)) });
  }
}

/**
 * Where the file puts a code, as the project's parent id (its parent's match, or the new code the
 * plan adds for it) and in words; undefined when the file's parent is not among its codes.
 */
function placeInFile(code: CodeRecord, incomingById: ReadonlyMap<string, CodeRecord>, plan: MergePlan): { parentId: string | null; where: string } | undefined {
  if (code.parentId === null) return { parentId: null, where: 'at the top level' };
  const parent = incomingById.get(code.parentId);
  const parentId = plan.idMap.codes[code.parentId];
  return parent && parentId ? { parentId, where: `under “${parent.name}”` } : undefined;
}

/** Each code's depth in its tree (0 at the top; a parent outside the rows counts as none). */
function depthsOf(codes: readonly CodeRecord[]): Map<string, number> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const depths = new Map<string, number>();
  for (const code of codes) {
    let n = 0;
    const seen = new Set<string>();
    for (let parent = code.parentId; parent && byId.has(parent) && !seen.has(parent); parent = byId.get(parent)!.parentId) {
      seen.add(parent);
      n++;
    }
    depths.set(code.id, n);
  }
  return depths;
}

function mergeCoders(existing: readonly CoderRecord[], incoming: readonly CoderRecord[], identity: CoderIdentity, plan: MergePlan): void {
  const sameCoderName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
  for (const coder of incoming) {
    const match = existing.find((c) => c.id === coder.id) ?? (identity === 'by id, then name' ? existing.find((c) => sameCoderName(c.name, coder.name)) : undefined);
    if (match) {
      plan.idMap.coders[coder.id] = match.id;
      plan.counts.matchedCoders++;
      continue;
    }
    plan.idMap.coders[coder.id] = coder.id;
    // Another person under a name the project uses: a name of their own, so that legends, filters and
    // exports can tell the two apart.
    const taken = [...existing, ...plan.add.coders];
    const namesake = taken.find((c) => sameCoderName(c.name, coder.name));
    if (!namesake) {
      plan.add.coders.push(coder);
      continue;
    }
    const name = uniqueName(coder.name.trim(), taken, sameCoderName);
    plan.add.coders.push({ ...coder, name });
    plan.conflicts.push({ kind: 'coder name taken', existingId: namesake.id, incomingId: coder.id, detail: `coder “${coder.name}” of the file is not the project’s “${namesake.name}” (another person); added as “${name}” with their codings and memos` });
  }
}

function mergeCodings(existing: readonly CodingRecord[], incoming: readonly CodingRecord[], deletedHere: DeletedRows, plan: MergePlan): void {
  const key = (c: Pick<CodingRecord, 'docId' | 'codeId' | 'coderId' | 'start' | 'end'>) => `${c.docId}\u0000${c.codeId}\u0000${c.coderId}\u0000${c.start}\u0000${c.end}`;
  const byKey = new Map(existing.map((c) => [key(c), c.id]));
  const byId = new Map(existing.map((c) => [c.id, c]));
  const addedIds = new Set<string>();
  for (const coding of incoming) {
    const docId = plan.idMap.documents[coding.docId];
    const codeId = plan.idMap.codes[coding.codeId];
    if (!docId || !codeId) {
      const reason =
        !docId ? (deletedHere.documents?.has(coding.docId) ? 'its document was deleted in this project since' : 'its document was not merged')
        : deletedHere.codes?.has(coding.codeId) ? 'its code was deleted in this project since'
        : 'its code is not in the file';
      plan.notMerged.push({ table: 'codings', id: coding.id, reason });
      continue;
    }
    const mapped: CodingRecord = { ...coding, docId, codeId, coderId: plan.idMap.coders[coding.coderId] ?? coding.coderId };
    const already = byKey.get(key(mapped));
    if (already) {
      plan.idMap.codings[coding.id] = already;
      plan.counts.codingsAlreadyThere++;
      continue;
    }
    const sameId = byId.get(coding.id);
    if (!sameId && deletedHere.codings?.has(coding.id)) {
      plan.notMerged.push({ table: 'codings', id: coding.id, reason: 'it was removed in this project since' });
      continue;
    }
    if (sameId) {
      plan.conflicts.push({ kind: 'coding differs', existingId: sameId.id, incomingId: coding.id, detail: `a coding was changed on one side (now [${sameId.start}, ${sameId.end}) here, [${mapped.start}, ${mapped.end}) in the file); the project's is kept` });
      continue;
    }
    const id = addedIds.has(coding.id) ? derivedGuid('framewise:merge-coding', coding.id, docId) : coding.id;
    addedIds.add(id);
    byKey.set(key(mapped), id);
    plan.idMap.codings[coding.id] = id;
    plan.add.codings.push({ ...mapped, id });
  }
}

function mergeMemos(project: ProjectRows, incoming: readonly MemoRecord[], deletedHere: ReadonlySet<string>, plan: MergePlan, projectId: string): void {
  const existing = project.memos;
  const byId = new Map(existing.map((m) => [m.id, m]));
  const onTarget = new Map(existing.map((m) => [`${m.targetType}\u0000${m.targetId}\u0000${m.coderId}`, m]));
  for (const memo of incoming) {
    const targetId =
      memo.targetType === 'project' ? projectId
      : memo.targetType === 'document' ? plan.idMap.documents[memo.targetId]
      : memo.targetType === 'code' ? plan.idMap.codes[memo.targetId]
      : plan.idMap.codings[memo.targetId];
    if (!targetId) {
      plan.notMerged.push({ table: 'memos', id: memo.id, reason: `its ${memo.targetType} was not merged` });
      continue;
    }
    const mapped: MemoRecord = { ...memo, targetId, coderId: plan.idMap.coders[memo.coderId] ?? memo.coderId };
    const current = byId.get(memo.id) ?? onTarget.get(`${mapped.targetType}\u0000${mapped.targetId}\u0000${mapped.coderId}`);
    if (!current && deletedHere.has(memo.id)) {
      plan.notMerged.push({ table: 'memos', id: memo.id, reason: `a memo on a ${memo.targetType} was deleted in this project since` });
      continue;
    }
    if (current) {
      // The same words are the same memo: a REFI-QDA round trip keeps a memo's text, not its formatting.
      if (current.text === mapped.text) plan.counts.memosAlreadyThere++;
      else plan.conflicts.push({ kind: 'memo differs', existingId: current.id, incomingId: memo.id, detail: memoDifference(current, mapped, project) });
      continue;
    }
    onTarget.set(`${mapped.targetType}\u0000${mapped.targetId}\u0000${mapped.coderId}`, mapped);
    plan.add.memos.push(mapped);
  }
}

/**
 * Which memo differs and how, so that the researcher can find it and the file's words are not lost
 * unseen: whose it is, on what, and which side was edited last.
 */
function memoDifference(here: MemoRecord, file: MemoRecord, project: ProjectRows): string {
  const coder = project.coders.find((c) => c.id === here.coderId)?.name;
  const day = (iso: string) => iso.slice(0, 10);
  const newer = file.updatedAt > here.updatedAt ? ' (the file’s is newer)' : file.updatedAt < here.updatedAt ? ' (the project’s is newer)' : '';
  return `${coder ? `${coder}’s memo` : 'A memo'} on ${memoTargetName(here, project)} differs: last edited ${day(file.updatedAt)} in the file, ${day(here.updatedAt)} here; the project’s is kept${newer}`;
}

function memoTargetName(memo: MemoRecord, project: ProjectRows): string {
  const title = (docId: string) => `“${project.documents.find((d) => d.id === docId)?.title ?? 'a document'}”`;
  const codeName = (codeId: string) => `“${project.codes.find((c) => c.id === codeId)?.name ?? 'a code'}”`;
  switch (memo.targetType) {
    case 'project':
      return 'the project';
    case 'document':
      return title(memo.targetId);
    case 'code':
      return `code ${codeName(memo.targetId)}`;
    case 'coding': {
      const coding = project.codings.find((c) => c.id === memo.targetId);
      return coding ? `a coding of ${codeName(coding.codeId)} in ${title(coding.docId)}` : 'a coding';
    }
  }
}

function mergeSets(existing: readonly DocumentSetRecord[], incoming: readonly DocumentSetRecord[], deletedHere: ReadonlySet<string>, plan: MergePlan): void {
  for (const set of incoming) {
    const docIds = [...new Set(set.docIds.map((id) => plan.idMap.documents[id]).filter((id): id is string => id !== undefined))];
    const byId = existing.find((s) => s.id === set.id);
    if (!byId && deletedHere.has(set.id)) {
      plan.notMerged.push({ table: 'documentSets', id: set.id, reason: `the set “${set.name}” was deleted in this project since` });
      continue;
    }
    const current = byId ?? existing.find((s) => s.name.trim().toLocaleLowerCase() === set.name.trim().toLocaleLowerCase());
    if (!current) {
      plan.add.documentSets.push({ ...set, docIds });
      continue;
    }
    // Membership only grows: a document the other side put in the set joins it here too.
    const missing = docIds.filter((id) => !current.docIds.includes(id));
    if (missing.length) plan.update.documentSets.push({ id: current.id, changes: { docIds: [...current.docIds, ...missing] } });
  }
}

/** The project's rows with the plan applied: what the app's one undoable change will leave. */
export function applyMergePlan(existing: ProjectRows, plan: MergePlan): ProjectRows {
  const patch = <T extends { id: string }>(rows: readonly T[], updates: ReadonlyArray<{ id: string; changes: Partial<T> }>): T[] =>
    rows.map((row) => updates.filter((u) => u.id === row.id).reduce((acc, u) => ({ ...acc, ...u.changes }), row));
  return {
    documents: [...patch(existing.documents, plan.update.documents), ...plan.add.documents],
    texts: [...existing.texts, ...plan.add.texts],
    codes: [...patch(existing.codes, plan.update.codes), ...plan.add.codes],
    codings: [...existing.codings, ...plan.add.codings],
    memos: [...existing.memos, ...plan.add.memos],
    coders: [...existing.coders, ...plan.add.coders],
    documentSets: [...patch(existing.documentSets, plan.update.documentSets), ...plan.add.documentSets],
    attributeDefinitions: [...existing.attributeDefinitions, ...plan.add.attributeDefinitions],
  };
}

/** True when the plan would change nothing. */
export function isEmptyMerge(plan: MergePlan): boolean {
  const added = Object.values(plan.add).some((rows) => rows.length > 0);
  const updated = Object.values(plan.update).some((rows) => rows.length > 0);
  return !added && !updated;
}
