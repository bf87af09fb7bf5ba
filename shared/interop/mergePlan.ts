// Merging another coder's work (a `.framewise` project file or a REFI-QDA import, both brought to
// plain rows) into the open project, as a plan: rows to add, rows to update, and a report. Documents
// are the same when their ids are, or when their canonical texts hash the same (SHA-256) as one of the
// project's; two documents of the file are never folded into each other for their text, only when
// they share an original (the project keeps one document per original: `&sha256`), and then the
// report names the one joined. Codes match by GUID then by path; coders by id then name. Codings and memos come along with their coder, their
// ids carried over to the matched documents and codes; a coding the project already has (same
// document, code, coder and extent) is kept once. Where the two sides disagree (a code renamed, a
// document whose text differs under the same id, a memo written differently), the project's row stays
// and the disagreement is reported: a merge never overwrites silently. Applying the plan and merging
// the same rows again adds nothing.
import type { AttributeType, CodeRecord, CoderRecord, CodingRecord, DocumentRecord, DocumentSetRecord, MemoRecord } from '../model';
import { sha256Hex } from '../hash/sha256';
import { matchCodes } from './codeMatching';
import { uniqueName } from './importCodebook';
import { derivedGuid } from './refiGuid';
import { emptyProjectRows, type ProjectRows } from './projectRows';
import { fitAttributes, mergeAttributeDefinitions } from './mergeAttributes';

export type MergeConflictKind = 'code renamed' | 'code text differs' | 'document text differs' | 'attribute type differs' | 'attribute value differs' | 'coding differs' | 'memo differs';

export interface MergeConflict {
  kind: MergeConflictKind;
  /** The project's row (kept) and the incoming row (not applied). */
  existingId: string;
  incomingId: string;
  /** What differs, for the report: "name: “economy” here, “the economy” in the file". */
  detail: string;
}

export interface MergeOptions {
  /** The open project: incoming project memos land on it. */
  projectId: string;
}

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

export function planMerge(existing: ProjectRows, incoming: ProjectRows, options: MergeOptions): MergePlan {
  const plan: MergePlan = {
    add: emptyProjectRows(),
    update: { documents: [], codes: [], documentSets: [] },
    conflicts: [],
    notMerged: [],
    idMap: { documents: {}, codes: {}, coders: {}, codings: {} },
    counts: { matchedDocuments: 0, matchedCodes: 0, matchedCoders: 0, codingsAlreadyThere: 0, memosAlreadyThere: 0 },
  };
  const conflictingTypes = mergeAttributeDefinitions(existing.attributeDefinitions, incoming.attributeDefinitions, plan);
  mergeDocuments(existing, incoming, conflictingTypes, plan);
  mergeCodes(existing.codes, incoming.codes, plan);
  mergeCoders(existing.coders, incoming.coders, plan);
  mergeCodings(existing.codings, incoming.codings, plan);
  mergeMemos(existing.memos, incoming.memos, plan, options.projectId);
  mergeSets(existing.documentSets, incoming.documentSets, plan);
  return plan;
}

function mergeDocuments(existing: ProjectRows, incoming: ProjectRows, conflictingTypes: ReadonlyMap<string, AttributeType>, plan: MergePlan): void {
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
      const current = byId.get(target)!;
      const fill = missingAttributes(current, doc, plan);
      if (Object.keys(fill).length) plan.update.documents.push({ id: current.id, changes: { attributes: { ...current.attributes, ...fill } } });
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

function mergeCodes(existing: readonly CodeRecord[], incoming: readonly CodeRecord[], plan: MergePlan): void {
  const matches = matchCodes(existing, incoming);
  const existingById = new Map(existing.map((c) => [c.id, c]));
  const nextOrder = new Map<string | null, number>();
  const siblings = (parentId: string | null) => [...existing, ...plan.add.codes].filter((c) => c.parentId === parentId);
  const incomingIds = new Set(incoming.map((c) => c.id));
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
      const changes: Partial<CodeRecord> = {};
      for (const field of CODE_TEXT_FIELDS) {
        if (!code[field] || code[field] === current[field]) continue;
        if (!current[field]) changes[field] = code[field];
        else plan.conflicts.push({ kind: 'code text differs', existingId: current.id, incomingId: code.id, detail: `code “${current.name}”, ${field}: the file's text differs; the project's is kept` });
      }
      if (Object.keys(changes).length) plan.update.codes.push({ id: current.id, changes });
      continue;
    }
    const parentId = code.parentId !== null && incomingIds.has(code.parentId) ? (plan.idMap.codes[code.parentId] ?? null) : null;
    const order = nextOrder.get(parentId) ?? Math.max(-1, ...siblings(parentId).map((c) => c.order)) + 1;
    nextOrder.set(parentId, order + 1);
    plan.idMap.codes[code.id] = code.id;
    plan.add.codes.push({ ...code, parentId, order, name: uniqueName(code.name, siblings(parentId)) });
  }
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

function mergeCoders(existing: readonly CoderRecord[], incoming: readonly CoderRecord[], plan: MergePlan): void {
  for (const coder of incoming) {
    const match = existing.find((c) => c.id === coder.id) ?? existing.find((c) => c.name.trim().toLocaleLowerCase() === coder.name.trim().toLocaleLowerCase());
    if (match) {
      plan.idMap.coders[coder.id] = match.id;
      plan.counts.matchedCoders++;
    } else {
      plan.idMap.coders[coder.id] = coder.id;
      plan.add.coders.push(coder);
    }
  }
}

function mergeCodings(existing: readonly CodingRecord[], incoming: readonly CodingRecord[], plan: MergePlan): void {
  const key = (c: Pick<CodingRecord, 'docId' | 'codeId' | 'coderId' | 'start' | 'end'>) => `${c.docId}\u0000${c.codeId}\u0000${c.coderId}\u0000${c.start}\u0000${c.end}`;
  const byKey = new Map(existing.map((c) => [key(c), c.id]));
  const byId = new Map(existing.map((c) => [c.id, c]));
  const addedIds = new Set<string>();
  for (const coding of incoming) {
    const docId = plan.idMap.documents[coding.docId];
    const codeId = plan.idMap.codes[coding.codeId];
    if (!docId || !codeId) {
      plan.notMerged.push({ table: 'codings', id: coding.id, reason: docId ? 'its code is not in the file' : 'its document was not merged' });
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

function mergeMemos(existing: readonly MemoRecord[], incoming: readonly MemoRecord[], plan: MergePlan, projectId: string): void {
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
    if (current) {
      // The same words are the same memo: a REFI-QDA round trip keeps a memo's text, not its formatting.
      if (current.text === mapped.text) plan.counts.memosAlreadyThere++;
      else plan.conflicts.push({ kind: 'memo differs', existingId: current.id, incomingId: memo.id, detail: `a memo on a ${memo.targetType} was written differently on the two sides; the project's is kept` });
      continue;
    }
    onTarget.set(`${mapped.targetType}\u0000${mapped.targetId}\u0000${mapped.coderId}`, mapped);
    plan.add.memos.push(mapped);
  }
}

function mergeSets(existing: readonly DocumentSetRecord[], incoming: readonly DocumentSetRecord[], plan: MergePlan): void {
  for (const set of incoming) {
    const docIds = [...new Set(set.docIds.map((id) => plan.idMap.documents[id]).filter((id): id is string => id !== undefined))];
    const current = existing.find((s) => s.id === set.id) ?? existing.find((s) => s.name.trim().toLocaleLowerCase() === set.name.trim().toLocaleLowerCase());
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
