// What an agreement report reads from the project: the chosen coders, codes and documents with their
// codings, as the plain rows shared/agreement takes. One read transaction, so the figures rest on one
// state of the project even while someone codes in another window.
import type { AgreementInput } from '../../shared/agreement/agreementInput';
import type { AttributeValue, CoderRecord, CodingRecord, MemoRecord } from '../../shared/model';
import { CONSENSUS_CODER_ID, consensusWrittenBy, legacyConsensusCandidates, newConsensusCoder } from '../../shared/coders/consensusCoder';
import { isAgreedTakenLabel } from '../../shared/changes/adjudicationChanges';
import { listCodes } from './codes';
import { ensureCoder } from './coders';
import { listDocuments } from './documents';
import { listDocumentSets } from './documentSets';
import { filterDocuments, type DocumentFilter } from '../../shared/library/documentFilter';
import type { OperationRecord } from './operationRecord';
import type { ProjectDatabase } from './projectDatabase';

export interface AgreementChoice {
  coderIds: readonly string[];
  /** Null for every code of the codebook. */
  codeIds: readonly string[] | null;
  /** Which documents are compared: the one document filter of Retrieve and Compare. */
  documents: DocumentFilter;
  /** Paragraph and sentence units (and adjudication) need the texts; the other units do not. */
  withText: boolean;
  /** A document attribute whose values group the documents, or null. */
  groupBy: string | null;
}

export interface AgreementData {
  input: AgreementInput;
  groups: Map<string, string> | null;
}

export async function loadAgreementData(db: ProjectDatabase, choice: AgreementChoice): Promise<AgreementData> {
  return db.transaction('r', [db.documents, db.texts, db.codes, db.coders, db.codings, db.documentSets], async () => {
    const all = await listDocuments(db);
    // Filtering by text reads every text; otherwise only the chosen documents' texts are read.
    const searched = choice.documents.textContains.trim() !== '';
    const allTexts = searched ? new Map((await db.texts.toArray()).map((t) => [t.docId, t.text])) : null;
    const documents = filterDocuments(all, choice.documents, { sets: await listDocumentSets(db), ...(allTexts ? { text: (id: string) => allTexts.get(id) } : {}) });
    const texts = !choice.withText ? [] : allTexts ? documents.map((d) => ({ text: allTexts.get(d.id) ?? '' })) : await db.texts.bulkGet(documents.map((d) => d.id));
    const codes = (await listCodes(db)).filter((c) => choice.codeIds === null || choice.codeIds.includes(c.id));
    const stored = new Map((await db.coders.toArray()).map((c) => [c.id, c]));
    const coders = choice.coderIds.map((id) => ({ id, name: stored.get(id)?.name ?? 'Unknown coder' }));
    const coderSet = new Set(choice.coderIds);
    const codings = (await db.codings.where('docId').anyOf(documents.map((d) => d.id)).toArray()).filter((c) => coderSet.has(c.coderId));
    // The chosen documents are the double-coded ones: each counts as coded by every chosen coder, so a
    // coder who applied nothing to a document marked each of its units "absent".
    const everything = new Set(documents.map((d) => d.id));
    const groups = choice.groupBy === null ? null : new Map(documents.flatMap((d) => groupOf(d.attributes[choice.groupBy!]).map((label) => [d.id, label] as [string, string])));
    return {
      input: {
        coders,
        codes: codes.map((c) => ({ id: c.id, name: c.name })),
        documents: documents.map((d, i) => ({ id: d.id, title: d.title, length: d.length, ...(choice.withText ? { text: texts[i]?.text ?? '' } : {}) })),
        codings,
        codedDocuments: new Map(coders.map((c) => [c.id, everything])),
      },
      groups,
    };
  });
}

function groupOf(value: AttributeValue | undefined): string[] {
  return value === null || value === undefined || value === '' ? [] : [String(value)];
}

/** The coder decisions are written to, and whether the project records it yet (the first decision does). */
export interface ConsensusCoder {
  consensus: CoderRecord;
  consensusStored: boolean;
}

/**
 * The project's consensus coder: the one of the fixed id; in a project made before that id, the coder
 * named "Consensus" whose codings decisions (or taking the agreed passages in) wrote (a person of that
 * name never has any). Only such a
 * project's log is searched, latest first, so the search usually stops at the latest decision. Not
 * stored yet: the coder the first decision will record.
 */
export async function findConsensusCoder(db: ProjectDatabase): Promise<ConsensusCoder> {
  return db.transaction('r', [db.coders, db.operations], async () => {
    const coders = await db.coders.toArray();
    const stored = coders.find((c) => c.id === CONSENSUS_CODER_ID) ?? (await legacyConsensusCoder(db, coders));
    return stored ? { consensus: stored, consensusStored: true } : { consensus: newConsensusCoder(coders), consensusStored: false };
  });
}

async function legacyConsensusCoder(db: ProjectDatabase, coders: readonly CoderRecord[]): Promise<CoderRecord | undefined> {
  const candidates = new Set(legacyConsensusCandidates(coders).map((c) => c.id));
  if (candidates.size === 0) return undefined;
  const decision = await db.operations
    .orderBy('at')
    .reverse()
    .filter((op) => op.kind === 'change' && (op.adjudication !== undefined || isAgreedTakenLabel(op.label)) && consensusWrittenBy(op.changes, candidates) !== undefined)
    .first();
  const found = decision && consensusWrittenBy(decision.changes, candidates);
  return coders.find((c) => c.id === found);
}

/**
 * Stores the consensus coder when the project does not record it yet: unlogged, in the decision's own
 * transaction, so that no Undo of a decision deletes it (SettleContext in
 * shared/changes/adjudicationChanges.ts says why).
 */
export async function storeConsensusCoder(db: ProjectDatabase, found: ConsensusCoder): Promise<void> {
  if (!found.consensusStored) await ensureCoder(db, found.consensus);
}

/** The consensus coder, its codings in the document and the memos on them, and the document's text. */
export async function consensusState(db: ProjectDatabase, docId: string): Promise<ConsensusCoder & { codings: CodingRecord[]; memos: MemoRecord[]; text: string }> {
  return db.transaction('r', [db.coders, db.operations, db.codings, db.memos, db.texts], async () => {
    const coder = await findConsensusCoder(db);
    const codings = await db.codings.where('[docId+coderId]').equals([docId, coder.consensus.id]).toArray();
    const memos = await db.memos.where('[targetType+targetId]').anyOf(codings.map((c) => ['coding', c.id])).toArray();
    return { ...coder, codings, memos, text: (await db.texts.get(docId))?.text ?? '' };
  });
}

/**
 * The operations of the log that adjudication progress rests on, for these documents: the decisions
 * (Change.adjudication) and the undo and redo steps that may reverse them (they carry the same
 * documents). Read by the log's docIds index, not the whole log.
 */
export async function adjudicationSteps(db: ProjectDatabase, docIds: readonly string[]): Promise<OperationRecord[]> {
  const steps = await db.operations.where('docIds').anyOf([...docIds]).distinct().toArray();
  return steps.filter((step) => step.adjudication !== undefined || step.reverses !== undefined);
}

/** The consensus coder's codings anywhere, and the texts of these documents (to quote new codings). */
export async function consensusEverywhere(db: ProjectDatabase, docIds: readonly string[]): Promise<ConsensusCoder & { codings: CodingRecord[]; texts: Map<string, string> }> {
  return db.transaction('r', [db.coders, db.operations, db.codings, db.texts], async () => {
    const coder = await findConsensusCoder(db);
    const codings = await db.codings.where('coderId').equals(coder.consensus.id).toArray();
    const texts = await db.texts.bulkGet([...docIds]);
    return { ...coder, codings, texts: new Map(texts.flatMap((t) => (t ? [[t.docId, t.text] as [string, string]] : []))) };
  });
}
