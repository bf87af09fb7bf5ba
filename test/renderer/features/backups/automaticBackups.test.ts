// The backup on opening a project waits until the researcher pauses: it is not taken while they type
// and click, and is taken once they have left the keyboard and pointer alone for the pause.
import Dexie from 'dexie';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { loadProject } from '../../../../renderer/db/loadProject';
import { PROJECT_DB_PREFIX, ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { startAutomaticBackups, type AutomaticBackups } from '../../../../renderer/features/backups/automaticBackups';
import { afterInputPause, afterPauseWhenFree, LONGEST_WAIT_MS, type PauseEnvironment } from '../../../../renderer/features/backups/inputPause';
import { everyKindOfRow, PROJECT_ID } from '../../../fixtures/projectFile/everyKindOfRow';
import { backupHarness, type Harness } from './backupHarness';

const PAUSE = 2_000;
const project = { id: PROJECT_ID, name: 'Housing pledges', writtenBy: null };

/** The window's input and clock, moved by the test: time passes only when it says so. */
function scriptedWindow() {
  let now = 0;
  const timers = new Set<{ at: number; run: () => void }>();
  const input = new EventTarget();
  const env: PauseEnvironment = {
    input,
    after: (ms, run) => {
      const timer = { at: now + ms, run };
      timers.add(timer);
      return () => timers.delete(timer);
    },
    whenIdle: (run) => env.after(0, run),
  };
  return {
    env,
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const next = [...timers].filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        timers.delete(next);
        now = next.at;
        next.run();
      }
      now = until;
    },
    press: (type: 'keydown' | 'pointerdown' | 'click' | 'wheel') => input.dispatchEvent(new Event(type)),
  };
}

let h: Harness;
let db: ProjectDatabase;
let automatic: AutomaticBackups | null = null;

beforeEach(async () => {
  h = await backupHarness();
  db = new ProjectDatabase(PROJECT_ID);
  await db.open();
  await loadProject(db, everyKindOfRow().tables, { replace: false });
});

afterEach(async () => {
  automatic?.stop();
  db.close();
  for (const name of await Dexie.getDatabaseNames()) if (name.startsWith(PROJECT_DB_PREFIX)) await Dexie.delete(name);
  await h.dispose();
});

const taken = async () => (await h.service.list(PROJECT_ID)).map((b) => b.reason);

/** Resolves when the service has finished a backup (or failed one). */
const backupFinished = () =>
  new Promise<void>((resolve) => {
    const stop = h.service.subscribe((status) => {
      if (status.running === null && (status.lastTakenAt || status.failure)) {
        stop();
        resolve();
      }
    });
  });

test('the opening’s backup waits while the researcher types and clicks, and is taken once they pause', async () => {
  const researcher = scriptedWindow();
  automatic = startAutomaticBackups(h.service, db, () => project, (signal) => afterInputPause(researcher.env, PAUSE, signal));
  // At work: never a pause as long as the pause.
  for (const type of ['pointerdown', 'click', 'keydown', 'keydown', 'wheel', 'keydown'] as const) {
    researcher.advance(PAUSE - 1);
    researcher.press(type);
  }
  // A timer's tick meanwhile waits with it, and adds no backup of its own.
  automatic.tick();
  researcher.advance(PAUSE - 1);
  expect(await taken()).toEqual([]);
  expect(h.service.getStatus()).toMatchObject({ running: null, lastTakenAt: null });

  const finished = backupFinished();
  researcher.advance(1);
  await finished;
  expect(await taken()).toEqual(['on-open']);
  expect(h.service.getStatus().failure).toBeNull();
});

test('a project closed before the researcher paused gets no backup from that opening', async () => {
  const researcher = scriptedWindow();
  automatic = startAutomaticBackups(h.service, db, () => project, (signal) => afterInputPause(researcher.env, PAUSE, signal));
  researcher.advance(PAUSE - 1);
  automatic.stop();
  researcher.advance(PAUSE);
  expect(await taken()).toEqual([]);
});

test('the opening’s backup waits while an import runs into the project, and is taken at the first pause after it ends', async () => {
  const researcher = scriptedWindow();
  let importing = true;
  automatic = startAutomaticBackups(h.service, db, () => project, (signal) => afterPauseWhenFree(researcher.env, PAUSE, signal, () => importing));
  // The researcher leaves the keyboard alone while the import writes its batches: pause after pause, no backup.
  for (let i = 0; i < 5; i++) {
    researcher.advance(PAUSE);
    // The wait starts again once the pause's promise has settled.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  expect(await taken()).toEqual([]);
  expect(h.service.getStatus()).toMatchObject({ running: null, lastTakenAt: null });

  importing = false;
  const finished = backupFinished();
  researcher.advance(PAUSE);
  await finished;
  expect(await taken()).toEqual(['on-open']);
});

test('a researcher who never pauses still gets the opening’s backup, once it has waited the longest wait for a pause', async () => {
  const researcher = scriptedWindow();
  automatic = startAutomaticBackups(h.service, db, () => project, (signal) => afterPauseWhenFree(researcher.env, PAUSE, signal, () => false));
  // Typing a memo without a break of two seconds, up to a moment before the longest wait.
  let typed = 0;
  while (typed + 500 < LONGEST_WAIT_MS) {
    researcher.advance(500);
    researcher.press('keydown');
    typed += 500;
  }
  expect(await taken()).toEqual([]);

  const finished = backupFinished();
  // Still typing: the wait ends at its limit, not at a pause.
  researcher.advance(LONGEST_WAIT_MS - typed);
  researcher.press('keydown');
  await finished;
  expect(await taken()).toEqual(['on-open']);
});

test('past the longest wait, a backup still waits for an import to end, then is taken without waiting for a pause', async () => {
  const researcher = scriptedWindow();
  let importing = true;
  automatic = startAutomaticBackups(h.service, db, () => project, (signal) => afterPauseWhenFree(researcher.env, PAUSE, signal, () => importing));
  // The researcher types all through a long import: no backup lands inside it.
  for (let elapsed = 0; elapsed < 2 * LONGEST_WAIT_MS; elapsed += 500) {
    researcher.advance(500);
    researcher.press('keydown');
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  expect(await taken()).toEqual([]);

  importing = false;
  const finished = backupFinished();
  // They go on typing; the backup, long overdue, is taken within a pause's length of the import's end.
  for (let elapsed = 0; elapsed < PAUSE; elapsed += 500) {
    researcher.advance(500);
    researcher.press('keydown');
  }
  await finished;
  expect(await taken()).toEqual(['on-open']);
});
