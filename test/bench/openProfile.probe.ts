// A probe run by hand (not part of `npm run bench`): where the time goes while the big document opens
// (150,000 words, 5,000 codings, as bigDocument.bench.ts sets it up), step by step, beside plain
// Lexical showing the same text (test/bench/pages/plain-lexical), measured as the bench measures them.
// Each opening is recorded three ways at once:
//   - steps, stamped in the page: IndexedDB reads of the text and the codings (request and result),
//     React commits (through the DevTools hook React calls in production builds too), the text in the
//     DOM, the first highlight range, the passage list's count, the first painted frame with
//     highlights (the bench's figure), the stripes and the memo panel;
//   - a DevTools timeline trace: the main thread's time by kind (script, style, layout, paint, GC)
//     up to the first highlighted paint, and its tasks over 8 ms (FW_PROBE_TASK_MS);
//   - a CPU profile (the Profiler domain), summed by function up to the first highlighted paint.
// Readable function names need an unminified build of the renderer beside the normal one:
//   npm run build && cp -r dist /tmp/fw-unminified
//   npx vite build --config vite.renderer.config.ts --minify false --outDir /tmp/fw-unminified/renderer
//   FW_BUILD_DIR=/tmp/fw-unminified npx tsx test/bench/openProfile.probe.ts [runs] [app-only]
// An A/B in one run: FW_PROBE_BUILDS=/tmp/build-a,/tmp/build-b opens the document in one window per
// build, taking turns with each other and with the baseline, so that the machine's load falls on all alike.
// (the plain Lexical page is built minified by benchPages.ts: its functions show by their short names).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildDir, launchApp, type App } from '../e2e/app';
import { writeCorpus } from '../fixtures/corpusGenerator';
import { importThroughDialog } from '../e2e/actions';
import { canonicalTextOf } from '../e2e/corpus';
import { seedCodings, timeOpen } from './bigDocument.bench';
import { median } from './benchmark';
import { openBenchPage } from './benchPages';
import type { CpuProfile } from './cpuProfile';

const WORDS = 150_000;
const CODINGS = 5_000;
const WARM_UP_RUNS = 2;
const [runs = 5] = process.argv.slice(2, 3).map(Number);
/** `app-only`: Framewise's openings alone, without the baseline's. */
const appOnly = process.argv.includes('app-only');
/** A stylesheet added to the app before each opening: a layout change tried without a build. */
const extraCss = process.env.FW_PROBE_CSS;
/** Tasks listed from this many ms (FW_PROBE_TASK_MS; 8 by default): 1 shows what runs between the long ones. */
const TASK_MS = Number(process.env.FW_PROBE_TASK_MS ?? 8);

/** The kinds of main-thread work a frame is made of, summed over [from, to) (trace µs → ms). */
const KINDS: Record<string, string> = {
  FunctionCall: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  'V8.Execute': 'script',
  RunMicrotasks: 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  Commit: 'commit',
  MinorGC: 'GC',
  MajorGC: 'GC',
  'V8.GC_SCAVENGER': 'GC',
  'V8.GC_MARK_COMPACTOR': 'GC',
  ParseHTML: 'parse HTML',
};

/** What the page stamps (performance.now(), ms) while a document opens; installed before the page's scripts. */
interface Stamps {
  on: boolean;
  /** The click on the document (the app) or the call of renderPlain (the baseline). */
  t0: number;
  start(): void;
  marks: Array<[string, number]>;
  commits: number[];
}

/**
 * The page's side of the probe, as an init script: it runs before the page's own scripts on every
 * load, so the IndexedDB methods are wrapped and React finds the hook before it starts.
 */
function installStamps(): void {
  const stamps: Stamps = {
    on: false,
    t0: 0,
    marks: [],
    commits: [],
    start() {
      stamps.t0 = performance.now();
      performance.mark('fw-probe-start');
    },
  };
  (window as unknown as { __fwStamps: Stamps }).__fwStamps = stamps;
  // The bench's click on the document's row: the opening starts there.
  window.addEventListener('click', () => stamps.on && stamps.t0 === 0 && stamps.start(), { capture: true });
  const mark = (name: string) => {
    if (stamps.on) stamps.marks.push([name, performance.now()]);
  };
  // React announces each commit to a DevTools hook when one is there before it loads.
  (window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: () => {
      if (stamps.on) stamps.commits.push(performance.now());
    },
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    checkDCE: () => {},
  };
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Array<Record<string, (...args: unknown[]) => IDBRequest>>) {
    for (const method of ['get', 'getAll', 'openCursor']) {
      const original = proto[method]!;
      proto[method] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
        const request = original.apply(this, args);
        const store = this instanceof IDBIndex ? this.objectStore.name : this.name;
        if (store === 'texts' || store === 'codings') {
          mark(`${store} read asked`);
          request.addEventListener('success', () => {
            const rows = Array.isArray(request.result) ? request.result.length : 1;
            if (store === 'texts' || rows > 1) mark(`${store} read back`);
          });
        }
        return request;
      };
    }
  }
  const add = Highlight.prototype.add;
  Highlight.prototype.add = function (this: Highlight, range: AbstractRange) {
    mark('first highlight range');
    return add.call(this, range);
  };
  new MutationObserver(() => {
    if (!stamps.on) return;
    const text = document.querySelector('[role="document"]');
    if (text && text.childElementCount > 1) mark(`text in the DOM (${text.getElementsByTagName('*').length} elements)`);
    if (document.getElementById('passages-heading')?.textContent?.includes('(')) mark('passage list counted');
    if (document.querySelector('.coding-stripe')) mark('stripes drawn');
    if (document.querySelector('.memo-panel')) mark('memo panel drawn');
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}


interface Opening {
  total: number;
  /** Step name → ms after the click (the first time it happened). */
  steps: Map<string, number>;
  commitsBeforePaint: number;
  commitsAfter: number;
  /** Main-thread time by kind, from the click to the first highlighted paint. */
  kinds: Map<string, number>;
  tasks: string[];
  /** Total time per function (counted once per stack) from the click to the first highlighted paint. */
  functions: Map<string, number>;
}

/** Runs `open` (which resolves with the bench's figure) under a trace and a CPU profile, and reads the page's stamps. */
async function recordOpening(page: Page, open: () => Promise<number>): Promise<Opening> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await page.evaluate(() => {
    (window as unknown as { __fwStamps: Stamps }).__fwStamps.on = true;
  });
  const total = await open();
  const stamped = await page.evaluate(async () => {
    const stamps = (window as unknown as { __fwStamps: Stamps }).__fwStamps;
    // Then what follows the first paint (stripes, side panels), for a second.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    stamps.on = false;
    return { t0: stamps.t0, marks: stamps.marks, commits: stamps.commits };
  });
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.send('Tracing.end');
  await traced;
  await cdp.detach();

  const paintedAt = stamped.t0 + total;
  const steps = new Map<string, number>();
  for (const [name, t] of stamped.marks) if (!steps.has(name)) steps.set(name, t - stamped.t0);
  steps.set('first highlighted paint (the figure)', total);

  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const onMain = events.filter((e) => e.tid === main).sort((a, b) => a.ts - b.ts);
  const startMark = events.find((e) => e.name === 'fw-probe-start');
  if (!startMark) throw new Error('the trace has no start mark');
  // The figure counts from a moment before the click to the first task after the painted frame.
  const from = startMark.ts;
  const to = from + total * 1000;
  return {
    total,
    steps,
    commitsBeforePaint: stamped.commits.filter((t) => t <= paintedAt).length,
    commitsAfter: stamped.commits.filter((t) => t > paintedAt).length,
    kinds: kindsOf(onMain, from, to),
    tasks: tasksOf(onMain, from, to, samplesOf(profile)),
    functions: functionsOf(profile, from, to),
  };
}

function kindsOf(onMain: TraceEvent[], from: number, to: number): Map<string, number> {
  const sums = new Map<string, number>();
  // Top-level events only per kind: a FunctionCall inside a TimerFire is not counted twice.
  const openUntil = new Map<string, number>();
  for (const e of onMain) {
    if (e.ph !== 'X' || e.dur === undefined || e.ts < from || e.ts >= to) continue;
    const kind = KINDS[e.name];
    if (!kind) continue;
    if ((openUntil.get(kind) ?? 0) > e.ts) continue;
    openUntil.set(kind, e.ts + e.dur);
    sums.set(kind, (sums.get(kind) ?? 0) + Math.min(e.dur, to - e.ts) / 1000);
  }
  const busy = onMain
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts + (e.dur ?? 0) > from && e.ts < to)
    .reduce((sum, e) => sum + (Math.min(e.ts + (e.dur ?? 0), to) - Math.max(e.ts, from)) / 1000, 0);
  sums.set('all tasks', busy);
  sums.set('idle (no task)', (to - from) / 1000 - busy);
  return sums;
}

interface Sample {
  /** Trace clock (µs). */
  at: number;
  /** ms */
  span: number;
  /** The sampled stack, leaf first. */
  stack: string[];
}

/** The profile's samples on the trace's clock, each with its stack of function names. */
function samplesOf(profile: CpuProfile): Sample[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const nameOf = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    return `${functionName || '(anonymous)'}${url ? ` ${url.split('/').pop()}:${lineNumber + 1}` : ''}`;
  };
  const samples: Sample[] = [];
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const stack: string[] = [];
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) stack.push(nameOf(node));
    samples.push({ at, span: (profile.timeDeltas[i + 1] ?? 0) / 1000, stack });
  });
  return samples;
}

/** The app's own functions (unminified names) that a task's time is best told by. */
const OWN = /^(\$?[a-z][A-Za-z]{3,}|[A-Z][A-Za-z]{3,}) index-/;

/**
 * The tasks over 8 ms in [from, to): when (ms after the start), how long, their longest parts, and the
 * functions of the app (readable names) under which most of their samples fell, the innermost first.
 */
function tasksOf(onMain: TraceEvent[], from: number, to: number, samples: Sample[]): string[] {
  // The task of the click itself starts a moment before it.
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) >= TASK_MS * 1000 && e.ts + e.dur! > from && e.ts < to);
  return tasks.map((task) => {
    const inside = onMain.filter((e) => e !== task && e.ph === 'X' && KINDS[e.name] && e.ts >= task.ts && e.ts < task.ts + task.dur! && (e.dur ?? 0) >= 2000);
    const parts = inside.map((e) => {
      const data = e.args?.data as { type?: string; functionName?: string } | undefined;
      const what = data?.type ?? data?.functionName ?? '';
      return `${e.name}${what ? ` ${what}` : ''} ${(e.dur! / 1000).toFixed(0)}`;
    });
    const under = new Map<string, number>();
    for (const sample of samples) {
      if (sample.at < task.ts || sample.at >= task.ts + task.dur!) continue;
      const own = sample.stack.find((name) => OWN.test(name) && !/^(performWork|perform|render|commit|flush|recursively|update|begin|complete|run|call|dispatch)/.test(name)) ?? sample.stack[0]!;
      under.set(own, (under.get(own) ?? 0) + sample.span);
    }
    const named = [...under].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([name, ms]) => `${name.replace(/ index-[^:]+/, '')} ${ms.toFixed(0)}`);
    return `@${((task.ts - from) / 1000).toFixed(0)} ${(task.dur! / 1000).toFixed(0)} ms: ${parts.slice(0, 8).join(', ')}\n      under: ${named.join(', ')}`;
  });
}

/** Total time per function (once per stack), and self time as `self <function>`, among the profile's samples in [from, to) (trace µs). */
function functionsOf(profile: CpuProfile, from: number, to: number): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totals = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const span = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (at < from || at >= to) return;
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const { functionName, url, lineNumber } = byId.get(node)!.callFrame;
      const name = `${functionName || '(anonymous)'}${url ? ` ${url.split('/').pop()}:${lineNumber + 1}` : ''}`;
      // The sample's own function also by its self time, under `self …` (grep the file for them).
      if (node === id) totals.set(`self ${name}`, (totals.get(`self ${name}`) ?? 0) + span);
      if (seen.has(name)) continue;
      seen.add(name);
      totals.set(name, (totals.get(name) ?? 0) + span);
    }
  });
  return totals;
}

function report(title: string, openings: Opening[]): void {
  console.log(`\n## ${title}: ${median(openings.map((o) => o.total)).toFixed(0)} ms median (${openings.map((o) => o.total.toFixed(0)).join(', ')})`);
  console.log('steps, ms after the start (median; each run):');
  const names = [...new Set(openings.flatMap((o) => [...o.steps.keys()]))];
  const rows = names.map((name) => {
    const times = openings.map((o) => o.steps.get(name)).filter((t): t is number => t !== undefined);
    return { name, median: median(times), times };
  });
  for (const row of rows.sort((a, b) => a.median - b.median)) {
    console.log(`${row.median.toFixed(0).padStart(7)}  ${row.name} (${row.times.map((t) => t.toFixed(0)).join(', ')})`);
  }
  console.log(`React commits before the first highlighted paint: ${openings.map((o) => o.commitsBeforePaint).join(', ')}; in the second after: ${openings.map((o) => o.commitsAfter).join(', ')}`);
  console.log('main thread up to the first highlighted paint, ms (median; each run):');
  const kinds = [...new Set(openings.flatMap((o) => [...o.kinds.keys()]))];
  for (const kind of kinds) {
    const times = openings.map((o) => o.kinds.get(kind) ?? 0);
    console.log(`${median(times).toFixed(0).padStart(7)}  ${kind} (${times.map((t) => t.toFixed(0)).join(', ')})`);
  }
  const middle = [...openings].sort((a, b) => a.total - b.total)[Math.floor(openings.length / 2)]!;
  console.log(`tasks over ${TASK_MS} ms in the median run (${middle.total.toFixed(0)} ms):`);
  for (const task of middle.tasks) console.log(`  ${task}`);
  console.log('script by function, total time up to the first highlighted paint (ms, median over runs):');
  const everyFunction = [...new Set(openings.flatMap((o) => [...o.functions.keys()]))]
    .map((name) => ({ name, time: median(openings.map((o) => o.functions.get(name) ?? 0)) }))
    .sort((a, b) => b.time - a.time);
  const functions = everyFunction
    .filter(({ name }) => !['(root)', '(program)', '(idle)', 'self'].includes(name.split(' ')[0]!))
  for (const { name, time } of functions.slice(0, 45)) console.log(`${time.toFixed(1).padStart(7)}  ${name}`);
  // Every function, for a closer look (grep it for the app's own).
  const all = `/tmp/fw-open-functions-${title.replace(/\W+/g, '-')}.txt`;
  writeFileSync(all, everyFunction.map(({ name, time }) => `${time.toFixed(1).padStart(7)}  ${name}`).join('\n'));
  console.log(`(every function: ${all})`);
}

async function main(): Promise<void> {
  const corpus = mkdtempSync(join(tmpdir(), 'fw-probe-open-'));
  writeCorpus(corpus, { docs: 1, words: WORDS });
  const file = join(corpus, 'doc-1.txt');
  const text = canonicalTextOf(file);
  const loadAtStart = loadavg()[0]!.toFixed(2);
  // One window per build, each with the document imported and coded; their openings take turns.
  const builds = buildsToCompare();
  const apps: Array<{ build: string; app: App; openings: Opening[] }> = [];
  try {
    for (const build of builds) {
      process.env.FW_BUILD_DIR = build;
      const app = await launchApp();
      apps.push({ build, app, openings: [] });
      await importThroughDialog(app, [file]);
      await seedCodings(app.page, CODINGS);
      await app.context.addInitScript(installStamps);
    }
    const baseline = appOnly ? null : await openBenchPage('plain-lexical');
    await baseline?.context.addInitScript(installStamps);
    const plain: Opening[] = [];
    for (let run = -WARM_UP_RUNS; run < runs; run++) {
      for (const { build, app, openings } of apps) {
        const { page } = app;
        await page.reload();
        await page.getByRole('navigation', { name: /Documents/ }).getByRole('row', { name: /^doc-1/ }).waitFor();
        // A constructed sheet: the app's CSP refuses inline styles.
        if (extraCss) {
          await page.evaluate((css) => {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(css);
            document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
          }, extraCss);
        }
        const calls = app.handled.length;
        const opening = await recordOpening(page, () => timeOpen(page, 'doc-1', CODINGS));
        // Calls to main while the document opened (carried by the test bridge here, by Electron's IPC in the app).
        const called = app.handled.slice(calls).join(', ');
        if (run >= 0) openings.push(opening);
        console.log(`  ${build} ${run < 0 ? 'warm-up' : run + 1}: ${opening.total.toFixed(0)} ms${called ? `; main called: ${called}` : ''}`);
      }
      if (!baseline) continue;
      await baseline.page.reload();
      const opening = await recordOpening(baseline.page, () =>
        baseline.page.evaluate((t) => {
          (window as unknown as { __fwStamps: Stamps }).__fwStamps.start();
          return window.renderPlain(t);
        }, text),
      );
      if (run >= 0) plain.push(opening);
      console.log(`  plain Lexical ${run < 0 ? 'warm-up' : run + 1}: ${opening.total.toFixed(0)} ms`);
    }
    await baseline?.close();

    console.log(`\nload ${loadAtStart} → ${loadavg()[0]!.toFixed(2)}; ${runs} openings each (after ${WARM_UP_RUNS} unmeasured), taking turns`);
    for (const { build, app, openings } of apps) {
      report(`Framewise (${build})`, openings);
      if (app.pageErrors.length) console.log(`page errors: ${app.pageErrors.join('; ')}`);
    }
    if (plain.length) report('plain Lexical', plain);
  } finally {
    for (const { app } of apps) await app.dispose();
    rmSync(corpus, { recursive: true, force: true });
  }
}

/** The builds to compare: FW_PROBE_BUILDS (comma-separated folders), else the one the e2e harness would use. */
function buildsToCompare(): string[] {
  const listed = process.env.FW_PROBE_BUILDS?.split(',').filter(Boolean);
  return listed?.length ? listed : [buildDir()];
}

await main();
