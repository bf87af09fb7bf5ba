// A probe run by hand (not part of `npm run bench`): what the window's thread does while codes are
// applied by key in the 100,000-coding project, coded as backup.bench.ts codes (a passage selected,
// key 1, two frames), with a backup running or not. The project is loaded once into a kept profile
// (loading it takes a minute), then each run launches on that profile with the build it is given,
// so two builds can be alternated at the same load:
//   npx tsx test/bench/keyFrames.probe.ts setup                       # once: /tmp/fw-key-frames
//   FW_BUILD_DIR=/tmp/build-a npx tsx test/bench/keyFrames.probe.ts run [applications] [backup]
//   npx tsx test/bench/keyFrames.probe.ts analyse [stretches]        # the last run's profile again
// Prints the longest gap between frames, the longest animation frames with their scripts, and, from
// a CPU profile of the coding, the functions in the longest stretch of busy samples (the worst frame's
// work; an unminified build names them: applyProfile.probe.ts says how to make one). The profile is
// kept in /tmp/fw-key-frames.cpuprofile.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { writeProjectFile } from '../../shared/projectFile/writeProjectFile';
import { largeProject } from '../shared/projectFile/largeProject';
import { launchApp } from '../e2e/app';
import { applyCodeByKey } from './codingKeys';
import { watchFrames, type FrameWindow } from './frameWatch';
import type { CpuProfile, ProfileNode } from './cpuProfile';

const HOME = process.env.FW_KEY_FRAMES_DIR ?? '/tmp/fw-key-frames';
const profileDir = join(HOME, 'profile');
const dataDir = join(HOME, 'data');
const [mode = 'run', count = '40'] = process.argv.slice(2);
const withBackup = process.argv.includes('backup');
/** A DevTools timeline trace instead of a CPU profile: style, layout and paint beside the scripts. */
const withTrace = process.argv.includes('trace');
/** Idle time that ends a stretch of work: a task and the microtasks after it run with none. */
const IDLE_SPLIT_MS = 0.2;

if (mode === 'setup') await setup();
else if (mode === 'analyse') busiestStretches(JSON.parse(readFileSync(`${HOME}.cpuprofile`, 'utf8')) as CpuProfile, Number(count));
else await run(Number(count));

async function setup(): Promise<void> {
  await rm(HOME, { recursive: true, force: true });
  await mkdir(profileDir, { recursive: true });
  await mkdir(dataDir, { recursive: true });
  const file = join(HOME, 'large.framewise');
  await writeFile(
    file,
    writeProjectFile({
      header: { projectId: crypto.randomUUID(), projectName: 'Large project', appVersion: 'probe', schemaVersion: 4, writtenAt: new Date().toISOString(), writtenBy: null },
      tables: largeProject(1000, 100_000),
    }).bytes,
  );
  const app = await launchApp({ profileDir, dataDir });
  const { page } = app;
  app.dialog.willOpen([file]);
  await page.getByRole('button', { name: 'Open project file…' }).click();
  await page.getByRole('dialog', { name: /^Open / }).getByRole('button', { name: 'Open as a new project' }).click({ timeout: 300_000 });
  await page.getByRole('status', { name: 'Status' }).filter({ hasText: 'as a new project' }).waitFor({ timeout: 300_000 });
  // The backup taken on opening, done before the profile is kept.
  await page.waitForFunction(() => performance.getEntriesByName('framewise: backup').length >= 1, undefined, { timeout: 600_000, polling: 500 });
  await app.close();
  console.log(`the project is in ${HOME}`);
}


async function run(applications: number): Promise<void> {
  const app = await launchApp({ profileDir, dataDir });
  try {
    const { page } = app;
    // The last run's coding changed the project: the backup taken on opening (after a pause in the
    // input) runs first, so that a run without a backup has none running.
    await page
      .waitForFunction(() => performance.getEntriesByName('framewise: backup').length >= 1, undefined, { timeout: 120_000, polling: 500 })
      .catch(() => console.log('no backup on opening (the project had not changed)'));
    const loadAtStart = loadavg()[0]!;
    const backupsBefore = await page.evaluate(() => performance.getEntriesByName('framewise: backup').length);
    if (withBackup) {
      await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Backups' }).click();
      await page.getByRole('button', { name: 'Back up now' }).click({ timeout: 600_000 });
    }
    await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Code' }).click();
    await page.getByRole('navigation', { name: /Documents/ }).getByRole('row', { name: /^Article 5(\D|$)/ }).first().click();
    await page.getByRole('document', { name: 'Text of Article 5' }).waitFor();
    // A style to try without a build (FW_PROBE_CSS): e.g. paint containment of a pane.
    // (A constructed style sheet: the app's policy refuses a style element.)
    if (process.env.FW_PROBE_CSS) {
      await page.evaluate((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }, process.env.FW_PROBE_CSS);
    }
    // The first applications compile what they run: unmeasured (and without a backup, what the
    // window does after opening the document settles meanwhile).
    for (let k = 0; k < 3; k++) await applyCodeByKey(page, 1000 + k);
    if (!withBackup) await page.waitForTimeout(1000);
    await watchFrames(page, 2);
    const cdp = await page.context().newCDPSession(page);
    const traced: TraceEvent[] = [];
    const traceDone = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    if (withTrace) {
      cdp.on('Tracing.dataCollected', ({ value }) => traced.push(...(value as unknown as TraceEvent[])));
      await cdp.send('Tracing.start', { categories: process.env.FW_TRACE_CATEGORIES ?? 'devtools.timeline,disabled-by-default-devtools.timeline,v8,blink.user_timing', transferMode: 'ReportEvents' });
    } else {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
    }
    let applied = 0;
    const backupDone = () => page.evaluate((n) => performance.getEntriesByName('framewise: backup').length > n, backupsBefore);
    while (applied < applications || (withBackup && !(await backupDone()))) await applyCodeByKey(page, applied++);
    let profile: CpuProfile | null = null;
    if (withTrace) {
      await cdp.send('Tracing.end');
      await traceDone;
      writeFileSync(`${HOME}.trace.json`, JSON.stringify(traced));
    } else {
      profile = ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile;
      writeFileSync(`${HOME}.cpuprofile`, JSON.stringify(profile));
    }
    await cdp.detach();
    const frames = await page.evaluate(() => {
      const w = window as unknown as FrameWindow;
      w.__gaps.running = false;
      return { longestGap: w.__gaps.longest, gaps: w.__gaps.gaps.map(([a, b]) => b - a), longFrames: w.__longFrames.sort((a, b) => b.duration - a.duration) };
    });
    const backupsAfter = await page.evaluate(() => performance.getEntriesByName('framewise: backup').length);
    console.log(`build ${process.env.FW_BUILD_DIR ?? 'dist'}; ${applied} applications${withBackup ? ', a backup running' : ''} (backups finished meanwhile: ${backupsAfter - backupsBefore}); load ${loadAtStart.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}`);
    const sortedGaps = [...frames.gaps].sort((a, b) => b - a);
    console.log(`longest gap between frames ${frames.longestGap.toFixed(0)} ms; gaps over 50 ms: ${sortedGaps.filter((g) => g > 50).length} (${sortedGaps.slice(0, 8).map((g) => g.toFixed(0)).join(', ')})`);
    console.log(`long animation frames: ${frames.longFrames.length}`);
    for (const f of frames.longFrames.slice(0, 6)) console.log(`  ${f.duration.toFixed(0)} ms (blocking ${f.blocking.toFixed(0)}, style+layout ${f.styleAndLayout.toFixed(0)}): ${f.scripts.join('; ') || 'no script over 2 ms'}`);
    if (profile) busiestStretches(profile, 3);
    else {
      cpuSummary(traced, applied);
      if (!process.env.FW_SUMMARY_ONLY) longestTasks(traced, 8);
    }
    if (app.pageErrors.length) console.log(`page errors: ${app.pageErrors.join('; ')}`);
  } finally {
    await app.close();
  }
}


/**
 * The `n` longest stretches of busy samples (no idle between them), each with the tasks' entry points
 * in it (the functions called from the event loop) and the functions that took the most total and
 * self time.
 */
function busiestStretches(profile: CpuProfile, n: number): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (node: ProfileNode) => {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url.split('/').pop() ?? '';
    return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}:${columnNumber + 1}` : ''}`;
  };
  const isIdle = (id: number) => byId.get(id)!.callFrame.functionName === '(idle)';
  const stretches: Array<{ from: number; to: number; busy: number }> = [];
  let current: { from: number; to: number; busy: number } | null = null;
  let idleRun = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (isIdle(id)) {
      idleRun += dt;
      if (current && idleRun > IDLE_SPLIT_MS) {
        stretches.push(current);
        current = null;
      }
      return;
    }
    idleRun = 0;
    if (!current) current = { from: i, to: i, busy: 0 };
    current.to = i;
    current.busy += dt;
  });
  if (current) stretches.push(current);
  for (const stretch of stretches.sort((a, b) => b.busy - a.busy).slice(0, n)) {
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    const entries = new Map<string, number>();
    for (let i = stretch.from; i <= stretch.to; i++) {
      const id = profile.samples[i]!;
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      if (isIdle(id)) continue;
      self.set(name(byId.get(id)!), (self.get(name(byId.get(id)!)) ?? 0) + dt);
      const seen = new Set<string>();
      let entry = id;
      for (let at = parent.get(id); at !== undefined && parent.get(at) !== undefined; at = parent.get(at)) entry = at;
      entries.set(name(byId.get(entry)!), (entries.get(name(byId.get(entry)!)) ?? 0) + dt);
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const label = name(byId.get(at)!);
        if (seen.has(label)) continue;
        seen.add(label);
        total.set(label, (total.get(label) ?? 0) + dt);
      }
    }
    const top = (m: Map<string, number>, k: number) =>
      [...m]
        .filter(([label]) => label !== '(root)')
        .sort((a, b) => b[1] - a[1])
        .slice(0, k)
        .map(([label, t]) => `    ${t.toFixed(1).padStart(7)}  ${label}`)
        .join('\n');
    console.log(`\nbusy stretch of ${stretch.busy.toFixed(0)} ms: entry points\n${top(entries, 8)}\n  total time\n${top(total, 45)}\n  self time\n${top(self, 15)}`);
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Time on the thread's CPU (descheduled time left out), in microseconds. */
  tdur?: number;
  tid: number;
  args?: { data?: Record<string, unknown>; name?: string; beginData?: Record<string, unknown>; elementCount?: number };
}

/** The `n` longest tasks of the window's main thread, each with the events inside it of a millisecond or more, nested. */
function longestTasks(events: TraceEvent[], n: number): void {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const complete = events.filter((e) => e.tid === main && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks = complete.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const onCpu = (list: TraceEvent[]) => list.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
  console.log(`tasks: ${tasks.length}, on the CPU ${onCpu(tasks).toFixed(0)} ms of ${(tasks.reduce((sum, e) => sum + e.dur!, 0) / 1000).toFixed(0)} ms; longest by CPU: ${[...tasks].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0)).slice(0, 8).map((t) => ((t.tdur ?? 0) / 1000).toFixed(0)).join(', ')} ms`);
  const describe = (e: TraceEvent) => {
    const data = { ...(e.args?.beginData ?? {}), ...(e.args?.data ?? {}), ...((e.args as { endData?: object } | undefined)?.endData ?? {}), ...(e.args?.elementCount !== undefined ? { elementCount: e.args.elementCount } : {}) } as Record<string, unknown>;
    const detail = [data.type, data.functionName, typeof data.url === 'string' ? `${data.url.split('/').at(-1)}:${String(data.lineNumber ?? '')}` : undefined, data.elementCount !== undefined ? `${String(data.elementCount)} elements` : undefined]
      .filter((x) => x !== undefined && x !== '' && x !== ':')
      .join(' ');
    return `${e.name}${detail ? ` (${detail})` : ''}`;
  };
  // The longest by their time on the CPU: at a high load, wall time is mostly waiting for a core.
  // Where the CPU went: each event's own time (less the events inside it), by kind, over the run.
  const own = new Map<string, number>();
  const open: TraceEvent[] = [];
  const kind = (e: TraceEvent) => {
    const data = e.args?.data ?? {};
    if (e.name === 'EventDispatch') return `EventDispatch ${String(data.type)}`;
    if (e.name === 'FunctionCall') return `FunctionCall ${String(data.functionName || '')} ${typeof data.url === 'string' ? data.url.split('/').at(-1) : ''}:${String(data.lineNumber ?? '')}`;
    return e.name;
  };
  for (const e of complete) {
    while (open.length && e.ts >= open.at(-1)!.ts + open.at(-1)!.dur!) open.pop();
    const parentEvent = open.at(-1);
    own.set(kind(e), (own.get(kind(e)) ?? 0) + (e.tdur ?? 0) / 1000);
    if (parentEvent) own.set(kind(parentEvent), (own.get(kind(parentEvent)) ?? 0) - (e.tdur ?? 0) / 1000);
    open.push(e);
  }
  console.log('CPU time by kind of event (its own, less what ran inside it), ms over the run:');
  for (const [name, ms] of [...own].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${ms.toFixed(0).padStart(6)}  ${name}`);
  const longest = [...tasks].sort((a, b) => b.dur! - a.dur!).slice(0, n);
  const busiest = [...tasks].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0)).slice(0, n);
  for (const task of [...new Set([...longest.slice(0, Math.ceil(n / 2)), ...busiest.slice(0, Math.ceil(n / 2))])]) {
    console.log(`\ntask ${(task.dur! / 1000).toFixed(0)} ms (on the CPU ${((task.tdur ?? 0) / 1000).toFixed(0)} ms)`);
    const inside = complete.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && e.dur! >= 1000);
    const stack: TraceEvent[] = [];
    for (const e of inside) {
      while (stack.length && e.ts >= stack.at(-1)!.ts + stack.at(-1)!.dur!) stack.pop();
      if (stack.length < 6) console.log(`${'  '.repeat(stack.length + 1)}${(e.dur! / 1000).toFixed(1)} ms (CPU ${((e.tdur ?? 0) / 1000).toFixed(1)}) ${describe(e)}`);
      stack.push(e);
    }
  }
}

/** The CPU the window's renderer spent per application: its main thread, raster, and frames painted. */
function cpuSummary(events: TraceEvent[], applications: number): void {
  const threadNames = new Map<number, string>();
  for (const e of events) if (e.name === 'thread_name' && e.args?.name) threadNames.set(e.tid, e.args.name);
  const main = [...threadNames].find(([, name]) => name === 'CrRendererMain')?.[0];
  const tasksOf = (pick: (e: TraceEvent) => boolean) => events.filter((e) => e.ph === 'X' && pick(e)).reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000 / applications;
  const mainCpu = tasksOf((e) => e.tid === main && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
  const raster = tasksOf((e) => e.name === 'RasterTask');
  const paints = events.filter((e) => e.tid === main && e.ph === 'X' && e.name === 'Layerize').length / applications;
  console.log(`CPU per application: main thread ${mainCpu.toFixed(1)} ms, raster ${raster.toFixed(1)} ms; frames painted ${paints.toFixed(1)}`);
}
