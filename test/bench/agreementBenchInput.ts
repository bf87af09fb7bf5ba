// The agreement benchmark's project, the size issue 13 names: three coders x 1,000 documents of about
// 800 words (~5,000 characters), 30,000 codings per coder, 20 codes. Its own module so that the
// Node benchmark and the browser page (pages/agreementWorker.ts) build the same codings.
import type { AgreementInput } from '../../shared/agreement/agreementInput';
import type { CodingRecord } from '../../shared/model';
import { createRng } from '../../shared/stats/random';

export function benchInput(documents = 1000, codingsPerCoder = 30_000, codes = 20, length = 5000): AgreementInput {
  const rng = createRng(13);
  const coders = ['A', 'B', 'C'].map((name) => ({ id: `coder-${name}`, name }));
  const codeRows = Array.from({ length: codes }, (_, k) => ({ id: `code-${k}`, name: `Code ${k + 1}` }));
  const docs = Array.from({ length: documents }, (_, d) => ({ id: `doc-${d}`, title: `Document ${d + 1}`, length }));
  const codings: CodingRecord[] = [];
  const perDocument = codingsPerCoder / documents;
  for (const doc of docs) {
    // A shared "true" coding of the document; each coder follows it with moved ends, misses and swaps.
    const truth = Array.from({ length: perDocument }, () => {
      const start = rng.int(length - 400);
      return { start, end: start + 20 + rng.int(380), code: rng.int(codes) };
    });
    for (const coder of coders) {
      for (const t of truth) {
        const start = Math.max(0, t.start + rng.int(21) - 10);
        const end = Math.min(length, Math.max(start + 1, t.end + rng.int(21) - 10));
        const code = rng.next() < 0.1 ? rng.int(codes) : t.code;
        codings.push({ id: `c${codings.length}`, docId: doc.id, codeId: codeRows[code]!.id, start, end, quote: '', prefix: '', suffix: '', coderId: coder.id, createdAt: '2026-01-01T00:00:00Z' });
      }
    }
  }
  const everything = new Set(docs.map((d) => d.id));
  return { coders, codes: codeRows, documents: docs, codings, codedDocuments: new Map(coders.map((c) => [c.id, everything])) };
}

