// Merging another coder's work (a `.framewise` project file or a REFI-QDA import, both brought to
// plain rows) into the open project, as a plan: rows to add, rows to update, and a report. Documents
// are the same when their ids are, or when their canonical texts hash the same (SHA-256) as one of the
// project's; two documents of the file are never folded into each other for their text, only when
// they share an original (the project keeps one document per original: `&sha256`), and then the
// report names the one joined. Codes match by GUID then by path; coders by id (then by name, for a
// file from another tool: CoderIdentity). Codings and memos come along with their coder, their ids
// carried over to the matched documents and codes; a coding the project already has (same document,
// code, coder and extent) is kept once. Where the two sides disagree (a code, coder or set renamed, a
// code recoloured or moved, a document whose text differs under the same id), the project's row stays
// and the disagreement is reported: a merge never overwrites silently. A memo written differently is
// the exception: the version edited last is kept, and the report says which (shared/interop/
// mergeMemos.ts). What the project deleted since the file was made is not brought back, and a code the
// file no longer has stays; both are reported. Applying the plan and merging the same rows again adds
// nothing.
import type { AttributeType, CodeRecord, CoderRecord, CodingRecord, DocumentRecord, DocumentSetRecord, MemoRecord } from '../model';
import { sha256Hex } from '../hash/sha256';
import { uniqueName } from './importCodebook';
import { derivedGuid } from './refiGuid';
import { emptyProjectRows, type ProjectRows } from './projectRows';
import { fitAttributes, mergeAttributeDefinitions } from './mergeAttributes';
import { mergeCodes, reportCodesNotInFile } from './mergeCodes';
import { mergeMemos } from './mergeMemos';

export type MergeConflictKind =
  | 'code renamed'
  | 'code text differs'
  | 'code colour differs'
  | 'code moved'
  | 'coder name taken'
  | 'coder renamed'
  | 'document text differs'
  | 'attribute type differs'
  | 'attribute value differs'
  | 'coding differs'
  | 'memo differs'
  | 'set renamed';

export interface MergeConflict {
  kind: MergeConflictKind;
  /** The project's row and the incoming row: the project's is kept, unless the detail says otherwise (a newer memo). */
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
  /**
   * Ids of the file's memos that have no date of their own (another tool wrote none; the import dated
   * them at its own time and recorded them: ImportPlan.undatedMemoIds). Such a memo is never taken
   * for a newer edit than the project's.
   */
  undatedMemos?: ReadonlySet<string>;
}

export type DeletedRows = Partial<Record<'documents' | 'codes' | 'codings' | 'memos' | 'documentSets', ReadonlySet<string>>>;

export interface MergePlan {
  add: ProjectRows;
  update: {
    documents: Array<{ id: string; changes: Partial<DocumentRecord> }>;
    codes: Array<{ id: string; changes: Partial<CodeRecord> }>;
    documentSets: Array<{ id: string; changes: Partial<DocumentSetRecord> }>;
    /** A memo's newer version from the file: its body, text and time (shared/interop/mergeMemos.ts). */
    memos: Array<{ id: string; changes: Partial<MemoRecord> }>;
  };
  conflicts: MergeConflict[];
  /** Incoming rows left out, with the reason (they depend on a conflicting row). */
  notMerged: Array<{ table: keyof ProjectRows; id: string; reason: string }>;
  /**
   * The project's rows the file no longer has, kept: a code the other side deleted (or this side added
   * since), said once for it and the codes under it, with the codings the project keeps on them.
   */
  notInFile: Array<{ table: 'codes'; id: string; detail: string }>;
  /** Where each incoming row went: its id in the project. */
  idMap: { documents: Record<string, string>; codes: Record<string, string>; coders: Record<string, string>; codings: Record<string, string> };
  counts: { matchedDocuments: number; matchedCodes: number; matchedCoders: number; codingsAlreadyThere: number; memosAlreadyThere: number };
}

const NONE: ReadonlySet<string> = new Set();

export function planMerge(existing: ProjectRows, incoming: ProjectRows, options: MergeOptions): MergePlan {
  const plan: MergePlan = {
    add: emptyProjectRows(),
    update: { documents: [], codes: [], documentSets: [], memos: [] },
    conflicts: [],
    notMerged: [],
    notInFile: [],
    idMap: { documents: {}, codes: {}, coders: {}, codings: {} },
    counts: { matchedDocuments: 0, matchedCodes: 0, matchedCoders: 0, codingsAlreadyThere: 0, memosAlreadyThere: 0 },
  };
  const deleted = options.deletedHere ?? {};
  const conflictingTypes = mergeAttributeDefinitions(existing.attributeDefinitions, incoming.attributeDefinitions, plan);
  mergeDocuments(existing, incoming, conflictingTypes, deleted.documents ?? NONE, plan);
  mergeCodes(existing.codes, incoming.codes, deleted.codes ?? NONE, plan);
  reportCodesNotInFile(existing, plan);
  mergeCoders(existing.coders, incoming.coders, options.coders ?? 'by id', plan);
  mergeCodings(existing.codings, incoming.codings, deleted, plan);
  mergeMemos(existing, incoming.memos, deleted.memos ?? NONE, options.undatedMemos ?? NONE, plan, options.projectId);
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

function mergeCoders(existing: readonly CoderRecord[], incoming: readonly CoderRecord[], identity: CoderIdentity, plan: MergePlan): void {
  const sameCoderName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
  for (const coder of incoming) {
    const match = existing.find((c) => c.id === coder.id) ?? (identity === 'by id, then name' ? existing.find((c) => sameCoderName(c.name, coder.name)) : undefined);
    if (match) {
      plan.idMap.coders[coder.id] = match.id;
      plan.counts.matchedCoders++;
      if (match.id === coder.id && match.name.trim() !== coder.name.trim()) {
        plan.conflicts.push({ kind: 'coder renamed', existingId: match.id, incomingId: coder.id, detail: `coder “${match.name}” is called “${coder.name}” in the file; the project’s name is kept` });
      }
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

function mergeSets(existing: readonly DocumentSetRecord[], incoming: readonly DocumentSetRecord[], deletedHere: ReadonlySet<string>, plan: MergePlan): void {
  // The members each set has so far: two sets of the file can be one set here (one by id, the other
  // by name), and the second adds to what the first did.
  const members = new Map<string, { update: MergePlan['update']['documentSets'][number] | null; docIds: Set<string> }>();
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
    if (byId && byId.name.trim() !== set.name.trim()) {
      plan.conflicts.push({ kind: 'set renamed', existingId: byId.id, incomingId: set.id, detail: `set “${byId.name}” is called “${set.name}” in the file; the project’s name is kept` });
    }
    // Membership only grows: a document the other side put in the set joins it here too.
    let kept = members.get(current.id);
    if (!kept) members.set(current.id, (kept = { update: null, docIds: new Set(current.docIds) }));
    const missing = docIds.filter((id) => !kept.docIds.has(id));
    if (missing.length === 0) continue;
    for (const id of missing) kept.docIds.add(id);
    if (kept.update) kept.update.changes = { docIds: [...kept.docIds] };
    else {
      kept.update = { id: current.id, changes: { docIds: [...kept.docIds] } };
      plan.update.documentSets.push(kept.update);
    }
  }
}

/** The project's rows with the plan applied: what the app's one undoable change will leave. */
export function applyMergePlan(existing: ProjectRows, plan: MergePlan): ProjectRows {
  return {
    documents: [...patched(existing.documents, plan.update.documents), ...plan.add.documents],
    texts: [...existing.texts, ...plan.add.texts],
    codes: [...patched(existing.codes, plan.update.codes), ...plan.add.codes],
    codings: [...existing.codings, ...plan.add.codings],
    memos: [...patched(existing.memos, plan.update.memos), ...plan.add.memos],
    coders: [...existing.coders, ...plan.add.coders],
    documentSets: [...patched(existing.documentSets, plan.update.documentSets), ...plan.add.documentSets],
    attributeDefinitions: [...existing.attributeDefinitions, ...plan.add.attributeDefinitions],
  };
}

/** The rows with every update of each applied in order; the updates are looked up by id, once. */
function patched<T extends { id: string }>(rows: readonly T[], updates: ReadonlyArray<{ id: string; changes: Partial<T> }>): T[] {
  const byId = new Map<string, Array<Partial<T>>>();
  for (const { id, changes } of updates) {
    const list = byId.get(id);
    if (list) list.push(changes);
    else byId.set(id, [changes]);
  }
  return rows.map((row) => {
    const changes = byId.get(row.id);
    return changes ? (Object.assign({}, row, ...changes) as T) : row;
  });
}

/** True when the plan would change nothing. */
export function isEmptyMerge(plan: MergePlan): boolean {
  const added = Object.values(plan.add).some((rows) => rows.length > 0);
  const updated = Object.values(plan.update).some((rows) => rows.length > 0);
  return !added && !updated;
}
