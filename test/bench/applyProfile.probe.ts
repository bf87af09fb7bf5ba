// A probe run by hand (not part of `npm run bench`): where the main thread's time goes while a code is
// applied by key in the big document (150,000 words, 5,000 codings, as bigDocument.bench.ts sets it
// up). Records a CPU profile over the applications with the DevTools protocol and prints the
// functions with the most self time and the most total time (a function counted once per stack).
// Readable names need an unminified build of the renderer beside the normal one:
//   npm run build && cp -r dist /tmp/fw-unminified
//   npx vite build --config vite.renderer.config.ts --minify false --outDir /tmp/fw-unminified/renderer
//   FW_BUILD_DIR=/tmp/fw-unminified npx tsx test/bench/applyProfile.probe.ts [applications] [burst]
// `burst`: keys pressed as fast as they go (select a word, apply, move on), as codingFrames.probe.ts
// does, instead of one settled application at a time. The whole profile is kept in
// /tmp/fw-apply.cpuprofile (open it in Chromium's DevTools for the call tree).
// `trace`: a DevTools timeline trace instead, summed over each key press's window (from the keydown
// to the painted highlight): what the browser itself spends there (style, layout, paint) beside script.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchApp } from '../e2e/app';
import { writeCorpus } from '../fixtures/corpusGenerator';
import { importThroughDialog } from '../e2e/actions';
import { seedCodings, timeApplications, timeOpen } from './bigDocument.bench';
import { median, percentile } from './benchmark';
import { windowReadsOf } from './windowReads';
import { summariseProfile, type CpuProfile } from './cpuProfile';

const WORDS = 150_000;
const CODINGS = 5_000;
const [applications = 20] = process.argv.slice(2, 3).map(Number);
const burst = process.argv.includes('burst');
const trace = process.argv.includes('trace');

const corpus = mkdtempSync(join(tmpdir(), 'fw-probe-apply-'));
writeCorpus(corpus, { docs: 1, words: WORDS });
const app = await launchApp();
try {
  const { page } = app;
  await importThroughDialog(app, [join(corpus, 'doc-1.txt')]);
  await seedCodings(page, CODINGS);
  await page.reload();
  await page.getByRole('navigation', { name: /Documents/ }).getByRole('row', { name: /^doc-1/ }).waitFor();
  const opened = await timeOpen(page, 'doc-1', CODINGS);
  // The first applications compile the code they run: unmeasured.
  await timeApplications(page, 3, CODINGS);
  const before = CODINGS + 3;

  const cdp = await page.context().newCDPSession(page);
  if (trace && burst) {
    await traceBurst(page, applications);
    process.exit(0);
  }
  if (trace) {
    await traceApplications(page, applications, before);
    await traceIdle(page, 'the text focused, nothing pressed');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await traceIdle(page, 'the text focused, reduced motion (no caret blink)');
    await page.getByRole('button', { name: 'Quick code…' }).focus();
    await traceIdle(page, 'the focus on a button beside the text');
    process.exit(0);
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  await cdp.send('Profiler.start');
  let latencies: number[] = [];
  const reads = await windowReadsOf(page, async () => {
    if (burst) await keyBurst(page, applications);
    else latencies = await timeApplications(page, applications, before, 3);
  });
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.detach();
  writeFileSync('/tmp/fw-apply.cpuprofile', JSON.stringify(profile));

  console.log(`build ${process.env.FW_BUILD_DIR ?? 'dist'}; opened in ${opened.toFixed(0)} ms; ${applications} applications${burst ? ' in a burst' : ', each settled'}; load ${load} → ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  if (latencies.length) console.log(`key to painted highlight: p50 ${median(latencies).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`);
  console.log(`long animation frames: ${reads.longFrames.length}; ${reads.longFrameScripts.slice(0, 5).join('; ') || 'none'}`);
  summariseProfile(profile, applications, 'application');
  const listed = await page.locator('#passages-heading').textContent();
  console.log(listed);
  if (app.pageErrors.length) console.log(`page errors: ${app.pageErrors.join('; ')}`);
} finally {
  await app.dispose();
  rmSync(corpus, { recursive: true, force: true });
}

/** As fast as the keys go: the next word selected, the next of four codes applied, the caret moved on. */
async function keyBurst(page: Page, count: number): Promise<void> {
  await page.getByRole('document', { name: 'Text of doc-1' }).focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press(String((i % 4) + 1));
    await page.keyboard.press('ArrowRight');
  }
  await page.waitForTimeout(1000);
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { type?: string }; name?: string };
}

/** The complete events of the window's main thread while `act` runs, in order (a DevTools timeline trace). */
async function mainThreadWhile(page: Page, act: () => Promise<unknown>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
  await act();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  return events.filter((e) => e.tid === main && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
}

/** Traces settled applications and prints the main thread's events by name, summed within each key press's window. */
async function traceApplications(page: Page, count: number, alreadyCoded: number): Promise<void> {
  let latencies: number[] = [];
  const onMain = await mainThreadWhile(page, async () => {
    latencies = await timeApplications(page, count, alreadyCoded, 3);
  });
  const keys = onMain.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  console.log(`key to painted highlight: p50 ${median(latencies).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms; ${keys.length} keydowns traced`);
  const sums = new Map<string, number>();
  keys.forEach((key, i) => {
    const end = key.ts + (latencies[i] ?? 0) * 1000;
    for (const e of onMain) {
      if (e.ts < key.ts || e.ts >= end) continue;
      const name = e.name === 'EventDispatch' ? `EventDispatch ${e.args?.data?.type}` : e.name;
      sums.set(name, (sums.get(name) ?? 0) + e.dur! / 1000);
    }
  });
  const paints = keys.map((key, i) => onMain.filter((e) => e.name === 'Paint' && e.ts >= key.ts && e.ts < key.ts + (latencies[i] ?? 0) * 1000));
  console.log(`Paint events per window: ${paints.map((p) => `${p.length}:${p.map((e) => (e.dur! / 1000).toFixed(0)).join('+')}`).join(' ')}`);
  // Every frame painted in the second after each key press: the frames that follow the highlight.
  const after = keys.map((key) => onMain.filter((e) => e.name === 'Paint' && e.ts >= key.ts && e.ts < key.ts + 1_000_000).map((e) => `${((e.ts - key.ts) / 1000).toFixed(0)}:${(e.dur! / 1000).toFixed(0)}`));
  console.log(`Paints in the second after each key (at ms: ms): ${after.slice(0, 6).map((a) => a.join(' ')).join(' | ')}`);
  console.log('main-thread events within the windows (ms per application; nested events are counted in their parents too)');
  for (const [name, time] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(time / keys.length).toFixed(2).padStart(8)}  ${name}`);
}

/** Traces a burst of keys: the main thread's events by name, and the longest layouts with what they laid out. */
async function traceBurst(page: Page, count: number): Promise<void> {
  const onMain = await mainThreadWhile(page, () => keyBurst(page, count));
  const sums = new Map<string, number>();
  for (const e of onMain) sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur! / 1000);
  console.log(`burst of ${count}: main-thread events (ms per application; nested events are counted in their parents too)`);
  for (const [name, time] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 16)) console.log(`${(time / count).toFixed(2).padStart(8)}  ${name}`);
  const longest = (name: string) =>
    onMain
      .filter((e) => e.name === name)
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 4)
      .map((e) => `${(e.dur! / 1000).toFixed(0)} ms ${JSON.stringify((e.args as { beginData?: unknown })?.beginData ?? e.args?.data ?? {}).slice(0, 160)}`);
  for (const name of ['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint']) console.log(`longest ${name}: ${longest(name).join(' | ')}`);
  const keys = onMain.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').sort((a, b) => b.dur! - a.dur!);
  for (const key of keys.slice(0, 3)) {
    const inside = onMain.filter((e) => e !== key && e.ts >= key.ts && e.ts + e.dur! <= key.ts + key.dur! && e.dur! >= 1000);
    console.log(`keydown ${(key.dur! / 1000).toFixed(0)} ms: ${inside.map((e) => `${e.name} ${(e.dur! / 1000).toFixed(0)}`).join(', ')}`);
  }
}

/** Traces two seconds of doing nothing: which frames the window still paints, and what is in them. */
async function traceIdle(page: Page, what: string): Promise<void> {
  await page.waitForTimeout(500);
  const onMain = await mainThreadWhile(page, () => page.waitForTimeout(2000));
  const sum = (name: string) => onMain.filter((e) => e.name === name).reduce((total, e) => total + e.dur! / 1000, 0);
  const names = ['Paint', 'PrePaint', 'UpdateLayoutTree', 'Layout', 'FunctionCall'];
  const calls = new Map<string, number>();
  for (const e of onMain.filter((e) => e.name === 'FunctionCall' || e.name === 'EventDispatch' || e.name === 'TimerFire' || e.name === 'FireAnimationFrame')) {
    const data = e.args?.data as { functionName?: string; type?: string } | undefined;
    const key = `${e.name} ${data?.type ?? data?.functionName ?? ''}`;
    calls.set(key, (calls.get(key) ?? 0) + 1);
  }
  console.log(`  calls: ${[...calls].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  console.log(`idle 2 s, ${what}: ${names.map((n) => `${n} ${onMain.filter((e) => e.name === n).length}× ${sum(n).toFixed(0)} ms`).join(', ')}`);
}
