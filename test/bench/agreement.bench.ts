// Agreement report at the character unit, the size issue 13 names: three coders x 1,000 documents of
// about 800 words (~5,000 characters), 30,000 codings per coder, 20 codes. Goal: the whole report
// (every code, all codes pooled, unitized alpha) in well under 1 s without the bootstrap. Baseline in
// the same run: structuredClone of the codings, what handing them to a Web Worker costs.
//
//   npx tsx test/bench/agreement.bench.ts      (also run by `npm run bench -- agreement`)
import { pathToFileURL } from 'node:url';
import type { CodingRecord } from '../../shared/model';
import { createRng } from '../../shared/stats/random';
import { agreementReport } from '../../shared/agreement/agreementReport';
import type { AgreementInput } from '../../shared/agreement/agreementInput';
import { median, type Benchmark, type BenchResult } from './benchmark';

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

const agreementBench: Benchmark = async (): Promise<BenchResult> => {
  const input = benchInput();
  const runs = 7;
  const report: number[] = [];
  const reportCpu: number[] = [];
  const clone: number[] = [];
  agreementReport(input, { unit: 'characters', bootstrap: null }); // warm-up
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    structuredClone(input.codings);
    clone.push(performance.now() - t);
    t = performance.now();
    const cpu = process.cpuUsage();
    agreementReport(input, { unit: 'characters', bootstrap: null });
    report.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    reportCpu.push((used.user + used.system) / 1000);
  }
  const t = performance.now();
  const withBootstrap = agreementReport(input, { unit: 'characters', bootstrap: { resamples: 1000, seed: 1 } });
  const bootstrapMs = performance.now() - t;
  const overall = withBootstrap.rows[withBootstrap.rows.length - 1]!;
  const ms = (x: number) => `${Math.round(x)} ms`;
  return {
    title: 'Agreement report, character unit: 3 coders x 1,000 documents x 30,000 codings each, 20 codes',
    figures: [
      { name: 'whole report, no bootstrap', value: ms(median(report)), note: `median of ${runs}: ${report.map(Math.round).join(', ')}` },
      { name: 'whole report, CPU time of this process', value: ms(median(reportCpu)), note: 'steadier than wall time when other jobs share the cores' },
      { name: 'baseline: structuredClone of the 90,000 codings', value: ms(median(clone)), note: 'what handing them to a worker costs' },
      { name: 'ratio to baseline', value: `${(median(report) / median(clone)).toFixed(2)}×` },
      { name: 'with 1,000 bootstrap resamples of documents', value: ms(bootstrapMs), note: `overall alpha ${overall.krippendorffAlpha.value.toFixed(3)} [${overall.krippendorffAlpha.interval?.low.toFixed(3)}, ${overall.krippendorffAlpha.interval?.high.toFixed(3)}]` },
    ],
    verdict: `${median(report) < 1000 ? 'Met' : 'Not met'}: ${ms(median(report))} for the whole report (goal < 1,000 ms).`,
  };
};
export default agreementBench;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void agreementBench().then((result) => {
    console.log(result.title);
    for (const f of result.figures) console.log(`  ${f.name}: ${f.value}${f.note ? ` (${f.note})` : ''}`);
    if (result.verdict) console.log(result.verdict);
  });
}
