// Small hand-made agreement inputs: coders A, B (and C), codes by name, documents by text or length.
import type { CodingRecord } from '../../../shared/model';
import type { AgreementDocument, AgreementInput } from '../../../shared/agreement/agreementInput';

export interface Spec {
  coders?: string[];
  codes?: string[];
  documents: Array<{ id: string; text?: string; length?: number }>;
  /** `[coder, doc, code, start, end]` */
  codings: Array<[string, string, string, number, number]>;
  /** Who coded which document; by default every coder coded every document. */
  coded?: Record<string, string[]>;
}

export function agreementInput(spec: Spec): AgreementInput {
  const coders = (spec.coders ?? ['A', 'B']).map((name) => ({ id: `coder-${name}`, name }));
  const codes = (spec.codes ?? ['X']).map((name) => ({ id: `code-${name}`, name }));
  const documents: AgreementDocument[] = spec.documents.map((d) => ({ id: d.id, title: `Title of ${d.id}`, length: d.text?.length ?? d.length!, ...(d.text !== undefined ? { text: d.text } : {}) }));
  const codings = spec.codings.map(([coder, doc, code, start, end], i): CodingRecord => coding(`k${i}`, coder, doc, code, start, end));
  const coded = new Map(coders.map((c) => [c.id, new Set(spec.coded?.[c.name] ?? documents.map((d) => d.id))]));
  return { coders, codes, documents, codings, codedDocuments: coded };
}

export function coding(id: string, coder: string, doc: string, code: string, start: number, end: number): CodingRecord {
  return { id, docId: doc, codeId: `code-${code}`, start, end, quote: '', prefix: '', suffix: '', coderId: `coder-${coder}`, createdAt: '2026-01-01T00:00:00.000Z' };
}
