// @vitest-environment jsdom
// The import as a researcher runs it from the window: start, progress, cancel, a file already there,
// a failure, a resume of an interrupted import, and the holds on the project and on closing the
// window. Main is a fake (importHarness.ts); the project database is real (fake IndexedDB).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act } from 'react';
import type { InterruptedImport } from '../../../../shared/ipc';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { addImportedDocuments, listDocuments } from '../../../../renderer/db/documents';
import { finishLibraryCleanup, startLibraryCleanup } from '../../../../renderer/features/backups/libraryCleanupGate';
import { importedDocument } from '../../../fixtures/importedDocument';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, settle, type Screen } from '../memos/memoHarness';
import { FakeMain } from './importHarness';

const world = vi.hoisted(() => ({
  main: null as unknown as { call(channel: string, ...args: unknown[]): Promise<unknown>; on(event: string, listener: (payload: unknown) => void): () => void },
  project: null as unknown,
  holds: [] as string[],
  said: [] as string[],
}));
vi.mock('../../../../renderer/api', () => ({
  call: (channel: string, ...args: unknown[]) => world.main.call(channel, ...args),
  onMainEvent: (event: string, listener: (payload: unknown) => void) => world.main.on(event, listener),
}));
vi.mock('../../../../renderer/features/projects/ProjectContext', async () => {
  const { useEffect } = await import('react');
  return {
    useProject: () => world.project,
    useHoldProject: (reason: string | null) =>
      useEffect(() => {
        if (!reason) return undefined;
        world.holds.push(reason);
        return () => void world.holds.splice(world.holds.indexOf(reason), 1);
      }, [reason]),
  };
});
vi.mock('../../../../renderer/ui/Announcer', () => {
  const announce = (message: string) => void world.said.push(message);
  return { useAnnounce: () => announce };
});
vi.mock('../../../../renderer/features/backups/BackupsContext', () => ({ useBackups: () => ({ backupBefore: async () => true }) }));

import { useImport, type Importer } from '../../../../renderer/features/library/useImport';
import { ImportStatus } from '../../../../renderer/features/library/ImportStatus';

/** What useProject gives the window: a project, its database, and its hold (ProjectContext's holdProject). */
function openProject(target: ProjectDatabase, id: string, name: string) {
  const holdProject = (reason: string) => {
    world.holds.push(reason);
    return () => void world.holds.splice(world.holds.indexOf(reason), 1);
  };
  return { ...projectValue(target), project: { id, name }, holdProject };
}

let main: FakeMain;
let db: ProjectDatabase;
let view: Screen;
let importer: Importer;

function Window() {
  importer = useImport();
  return <ImportStatus importer={importer} />;
}

beforeEach(async () => {
  main = new FakeMain();
  world.main = main;
  world.holds = [];
  world.said = [];
  db = await freshProject();
  world.project = openProject(db, 'project-1', 'Housing study');
  view = screen();
  await view.render(<Window />);
});
afterEach(async () => {
  // An import a failed test left running ends, releasing the library for the next test.
  for (const job of main.imports) job.fail('The test is over');
  await settle();
  await view.unmount();
  await db.delete();
});

/** Lets the window and the fake main go on until `done` (however slow the machine). */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done(); waited += 20) {
    if (waited > 10_000) throw new Error('Gave up waiting');
    await settle(20);
  }
}

const region = (name: string) => view.host.querySelector(`[aria-label="${name}"]`);
const button = (name: string) => [...view.host.querySelectorAll('button')].find((b) => b.textContent === name);
const titles = async (target = db) => (await listDocuments(target)).map((d) => d.title);

/** Starts an import of these paths as a drop does, and waits until main is asked; `running` ends with the import. */
async function startImport(paths: string[] = ['/in/a.txt', '/in/b.txt']): Promise<{ running: Promise<void> }> {
  const asked = main.imports.length;
  let running!: Promise<void>;
  await act(async () => {
    running = importer.importPaths(paths);
  });
  await until(() => main.imports.length > asked);
  // Wrapped: an async function returning the promise itself would wait for it.
  return { running };
}

async function finishImport(running: Promise<void>, report?: Parameters<FakeMain['last']['finish']>[0]): Promise<void> {
  main.last.finish(report);
  await act(() => running);
}

describe('cancelling an import', () => {
  test('a Cancel pressed before main has taken the job on still stops it once main has', async () => {
    main.registerAtOnce = false;
    const { running } = await startImport();
    await act(async () => button('Cancel import')!.click());
    // Heard: the button says so, and is not pressed twice.
    expect(button('Cancelling…')?.disabled).toBe(true);
    // Main takes the job on (it was waiting for the library's cleanup, say) and starts reading.
    main.last.registered = true;
    main.last.progress(0, 2, 'a.txt');
    await settle();
    expect(main.last.cancelled).toBe(true);
    main.last.sendBatch('a');
    await finishImport(running);
    expect(await titles()).toEqual(['a']);
    expect(region('Import report')?.textContent).toContain('Imported 1 document. The import was cancelled');
  });
});

describe('documents already in the project', () => {
  test('a file whose content another window added while this import ran is reported as already there, not silently dropped', async () => {
    const { running } = await startImport();
    // Main was told of the project's contents at the start; another window adds b.txt meanwhile.
    await addImportedDocuments(db, [importedDocument('b', { words: 3 })]);
    main.last.sendBatch('a', 'b');
    await finishImport(running);
    expect(await titles()).toEqual(['b', 'a']);
    const report = region('Import report')!;
    expect(report.textContent).toContain('Imported 1 document. 1 already in the project.');
    expect(region('Duplicate files')?.textContent).toContain('b.txt');
  });
});

describe('resuming an interrupted import', () => {
  const record: InterruptedImport = { jobId: 'old-job', projectId: 'project-1', paths: ['/in/a.txt'], startedAt: '2026-01-05T10:00:00.000Z' };

  test('a Resume while another import is starting keeps the interrupted import, to resume later', async () => {
    main.interrupted = [record];
    await view.unmount();
    view = screen();
    await view.render(<Window />);
    await until(() => button('Resume') !== undefined);
    // The library's cleanup at start is running: the first import waits for it.
    expect(startLibraryCleanup()).toBe(true);
    let first!: Promise<void>;
    await act(async () => {
      first = importer.importPaths(['/in/z.txt']);
    });
    // Offered no more while the first import starts, and refused if asked for all the same.
    expect(button('Resume')?.disabled).toBe(true);
    await act(() => importer.resume(record));
    await settle();
    expect(main.forgotten).not.toContain('old-job');
    expect(region('Interrupted import')).not.toBeNull();
    expect(world.said.at(-1)).toMatch(/already running/);
    finishLibraryCleanup();
    await until(() => main.imports.length === 1);
    await finishImport(first);
  });
});

describe('holds while an import runs', () => {
  test('the project is held, and the window too, from the moment the import starts, also while it waits for the library', async () => {
    expect(startLibraryCleanup()).toBe(true);
    let running!: Promise<void>;
    await act(async () => {
      running = importer.importPaths(['/in/a.txt']);
    });
    await settle();
    try {
      expect(world.holds).toHaveLength(1);
      expect(main.holdClosing.at(-1)).toMatch(/import/);
    } finally {
      finishLibraryCleanup();
    }
    await until(() => main.imports.length === 1);
    await finishImport(running);
    expect(world.holds).toEqual([]);
    expect(main.holdClosing.at(-1)).toBeNull();
  });

  test('after main fails, the window may close again and the message names what was kept', async () => {
    const { running } = await startImport();
    main.last.sendBatch('a');
    await settle();
    main.last.fail('The folder /in is no longer there');
    await act(() => running);
    expect(main.holdClosing.at(-1)).toBeNull();
    expect(world.holds).toEqual([]);
    expect(view.host.textContent).toContain('The import failed: The folder /in is no longer there. The document added before that is kept.');
    expect(await titles()).toEqual(['a']);
  });
});

describe('switching project during an import', () => {
  test('documents land in the project they were imported into, never in the one opened since', async () => {
    const { running } = await startImport();
    const other = await freshProject();
    try {
      // The window now shows another project (the switch was asked for before the hold took).
      world.project = openProject(other, 'project-2', 'Other study');
      await view.render(<Window />);
      main.last.sendBatch('a');
      await finishImport(running);
      expect(await titles(other)).toEqual([]);
      expect(await titles(db)).toEqual(['a']);
    } finally {
      await other.delete();
    }
  });

  test('when the switch has closed the project imported into, the import stops and says which project it could not write to', async () => {
    const { running } = await startImport();
    const other = await freshProject();
    try {
      world.project = openProject(other, 'project-2', 'Other study');
      await view.render(<Window />);
      db.close();
      main.last.sendBatch('a');
      await settle();
      expect(main.last.cancelled).toBe(true);
      await finishImport(running);
      expect(await titles(other)).toEqual([]);
      expect(view.host.textContent).toContain('could not be written to the project “Housing study”');
      await db.open();
    } finally {
      await other.delete();
    }
  });
});

describe('two imports started one after the other', () => {
  test('the second is refused with a reason while the first runs, and adds nothing', async () => {
    const { running } = await startImport(['/in/a.txt']);
    await act(() => importer.importPaths(['/in/b.txt']));
    expect(main.imports).toHaveLength(1);
    expect(world.said.at(-1)).toBe('An import is already running: wait for it to finish, or cancel it, before starting another.');
    main.last.sendBatch('a');
    await finishImport(running);
    expect(await titles()).toEqual(['a']);
  });
});

describe('what a screen reader hears', () => {
  test('a failure is said once: in its alert, not again in the status line', async () => {
    const { running } = await startImport();
    main.last.fail('The folder /in is no longer there');
    await act(() => running);
    const alert = view.host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('The import failed: The folder /in is no longer there.');
    expect(world.said.filter((message) => message.includes('The folder /in is no longer there'))).toEqual([]);
  });

  test('a report belongs to the project it was made in: opening another project clears it', async () => {
    const { running } = await startImport(['/in/a.txt']);
    main.last.sendBatch('a');
    await finishImport(running);
    expect(region('Import report')).not.toBeNull();
    const other = await freshProject();
    try {
      world.project = openProject(other, 'project-2', 'Other study');
      await view.render(<Window />);
      await settle();
      expect(region('Import report')).toBeNull();
    } finally {
      await other.delete();
    }
  });
});

describe('what the progress says', () => {
  test('one file read is “it”, many are “them”, and large numbers are grouped', async () => {
    const { running } = await startImport();
    main.last.progress(1, 1, '');
    await until(() => region('Import progress')?.textContent?.includes('Read') === true);
    expect(region('Import progress')!.textContent).toContain('Read 1 of 1; adding it to the project…');
    main.last.progress(12_344, 100_000, 'letter.txt');
    await until(() => region('Import progress')?.textContent?.includes('letter') === true);
    expect(region('Import progress')!.textContent).toContain('Importing 12,345 of 100,000: letter.txt');
    await finishImport(running);
  });
});
