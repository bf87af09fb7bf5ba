// Agreement report at the character unit, the size issue 13 names: three coders x 1,000 documents of
// about 800 words (~5,000 characters), 30,000 codings per coder, 20 codes. Goal: the whole report
// (every code, all codes pooled, unitized alpha) in well under 1 s without the bootstrap. Baseline in
// the same run: structuredClone of the codings, what handing them to a Web Worker costs.
//
//   npx tsx test/bench/agreement.bench.ts      (also run by `npm run bench -- agreement`)
import { pathToFileURL } from 'node:url';
import { agreementReport } from '../../shared/agreement/agreementReport';
import { benchInput } from './agreementBenchInput';
import { median, type Benchmark, type BenchResult } from './benchmark';
import { openBenchPage } from './benchPages';

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
  const browser = await inBrowser(5);
  const ms = (x: number) => `${Math.round(x)} ms`;
  const list = (values: number[]) => values.map(Math.round).join(', ');
  const inWorker = median(browser.report);
  const read = median(browser.read);
  return {
    title: 'Agreement report, character unit: 3 coders x 1,000 documents x 30,000 codings each, 20 codes',
    figures: [
      { name: 'whole report, no bootstrap', value: ms(median(report)), note: `median of ${runs}: ${report.map(Math.round).join(', ')}` },
      { name: 'whole report, CPU time of this process', value: ms(median(reportCpu)), note: 'steadier than wall time when other jobs share the cores' },
      { name: 'baseline: structuredClone of the 90,000 codings', value: ms(median(clone)), note: 'what handing them to a worker costs' },
      { name: 'ratio to baseline', value: `${(median(report) / median(clone)).toFixed(2)}×` },
      { name: 'Chromium: the app’s worker, report alone (clone there and back included)', value: ms(inWorker), note: `median of ${browser.report.length}: ${list(browser.report)}` },
      { name: 'Chromium: the app’s worker, report and disagreements (what the place asks)', value: ms(median(browser.withList)), note: `median of ${browser.withList.length}: ${list(browser.withList)}; ${browser.disagreements.toLocaleString('en-US')} disagreements` },
      { name: 'Chromium baseline: Dexie read of the 90,000 codings', value: ms(read), note: `median of ${browser.read.length}: ${list(browser.read)}` },
      { name: 'Chromium: worker report ÷ Dexie read', value: `${(inWorker / read).toFixed(2)}×`, note: 'goal ≤ 2.00×' },
      { name: 'with 1,000 bootstrap resamples of documents', value: ms(bootstrapMs), note: `overall alpha ${overall.krippendorffAlpha.value.toFixed(3)} [${overall.krippendorffAlpha.interval?.low.toFixed(3)}, ${overall.krippendorffAlpha.interval?.high.toFixed(3)}]` },
    ],
    verdict:
      `${inWorker < 1000 ? 'Met' : 'Not met'}: ${ms(inWorker)} for the whole report in the app’s worker (goal < 1,000 ms); ` +
      `${inWorker <= 2 * read ? 'met' : 'not met'}: ${(inWorker / read).toFixed(2)}× the Dexie read of the codings (goal ≤ 2×).`,
  };
};
export default agreementBench;

/** The same codings in Chromium (pages/agreementWorker.ts): the app's worker against a Dexie read, alternated. */
async function inBrowser(runs: number): Promise<{ report: number[]; withList: number[]; read: number[]; disagreements: number }> {
  const bench = await openBenchPage('agreement-worker');
  try {
    const { page } = bench;
    await page.evaluate(() => window.prepareAgreement());
    await page.evaluate(() => window.agreementInWorker(false)); // warm-up: starts the worker
    const report: number[] = [];
    const withList: number[] = [];
    const read: number[] = [];
    let disagreements = 0;
    for (let r = 0; r < runs; r++) {
      read.push(await page.evaluate(() => window.readCodings()));
      report.push((await page.evaluate(() => window.agreementInWorker(false))).ms);
      const listed = await page.evaluate(() => window.agreementInWorker(true));
      withList.push(listed.ms);
      disagreements = listed.disagreements;
    }
    return { report, withList, read, disagreements };
  } finally {
    await bench.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void agreementBench().then((result) => {
    console.log(result.title);
    for (const f of result.figures) console.log(`  ${f.name}: ${f.value}${f.note ? ` (${f.note})` : ''}`);
    if (result.verdict) console.log(result.verdict);
  });
}
