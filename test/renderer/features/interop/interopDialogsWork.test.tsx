// @vitest-environment jsdom
// The import and merge dialogs while the work runs: a second press of the button does not import a
// second time, and the project cannot be switched away while it is backed up before a merge.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act } from 'react';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import type { IncomingProject } from '../../../../renderer/features/interop/incomingProject';
import type * as ApplyIncoming from '../../../../renderer/features/interop/applyIncoming';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, settle, type Screen } from '../memos/memoHarness';
import { PROJECT_ID, roundTripProject } from '../../../shared/interop/refiFixtures';

// jsdom has no CSS.escape, which React Aria's modal calls: the CSSOM's rule for identifiers, simply.
(globalThis as { CSS?: { escape(value: string): string } }).CSS ??= { escape: (value) => value.replace(/[^\w-]/gu, (c) => `\\${c}`) };

const world = vi.hoisted(() => ({
  project: null as unknown,
  said: [] as string[],
  events: [] as string[],
  imports: 0,
  finishImport: null as null | (() => void),
}));
vi.mock('../../../../renderer/api', () => ({
  call: async (channel: string) => {
    if (channel === 'openFile') return { as: 'bytes', fileName: 'ben.qdpx', path: '/in/ben.qdpx', bytes: new Uint8Array() };
    throw new Error(`no fake for ${channel}`);
  },
}));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => world.project }));
vi.mock('../../../../renderer/ui/Announcer', () => {
  const announce = (message: string) => void world.said.push(message);
  return { useAnnounce: () => announce };
});
vi.mock('../../../../renderer/files/exportFile', () => ({ useExport: () => async () => {} }));
vi.mock('../../../../renderer/features/backups/appBackups', () => ({ appTransfer: () => ({ receiveOriginal: async () => true }) }));
vi.mock('../../../../renderer/features/backups/BackupsContext', () => ({
  useBackups: () => ({
    backupBefore: async () => {
      world.events.push('backup');
      return true;
    },
  }),
}));
vi.mock('../../../../renderer/features/interop/incomingProject', () => ({
  readQdpx: async () => ({ ok: true, project: incoming() }),
  readFramewiseFile: async () => ({ ok: true, project: incoming() }),
}));
vi.mock('../../../../renderer/features/interop/applyIncoming', async (importOriginal) => {
  const real = await importOriginal<typeof ApplyIncoming>();
  return {
    ...real,
    importAsNewProject: async () => {
      world.imports++;
      await new Promise<void>((resolve) => (world.finishImport = resolve));
      return { project: { id: 'new-project', name: 'Riverton' }, plan: { add: roundTripProject() } };
    },
  };
});

import { InteropDialogs } from '../../../../renderer/features/interop/InteropDialogs';
import { requestInterop } from '../../../../renderer/features/interop/interopCommands';

function incoming(): IncomingProject {
  return { fileName: 'ben.qdpx', kind: 'qdpx', name: 'Riverton', origin: 'MAXQDA 24', rows: roundTripProject(), originals: new Map(), skipped: [], plan: null, linkedFiles: [] };
}

let db: ProjectDatabase;
let view: Screen;

beforeEach(async () => {
  db = await freshProject();
  world.said = [];
  world.events = [];
  world.imports = 0;
  world.finishImport = null;
  world.project = {
    ...projectValue(db),
    project: { id: PROJECT_ID, name: 'Housing study' },
    switchProject: async () => {},
    switchingHeld: null,
    holdProject: () => {
      world.events.push('hold');
      return () => void world.events.push('release');
    },
  };
  view = screen();
  await view.render(<InteropDialogs />);
});
afterEach(async () => {
  world.finishImport?.();
  await view.unmount();
  await db.delete();
});

const button = (name: string) => [...document.querySelectorAll<HTMLButtonElement>('[role="dialog"] button')].find((b) => b.textContent === name);

/**
 * Settles until `done` holds: the work reads and writes a database, which takes longer than any fixed
 * wait on a loaded machine. Gives up after ten seconds, saying what it waited for.
 */
async function settleUntil(done: () => boolean, what: string): Promise<void> {
  for (const start = Date.now(); !done(); await settle(20)) {
    if (Date.now() - start > 10_000) throw new Error(`gave up waiting for ${what}`);
  }
}

async function preview(request: 'import-qdpx' | 'merge-project'): Promise<void> {
  await act(async () => requestInterop(request));
  await settleUntil(() => button(request === 'merge-project' ? 'Merge into “Housing study”' : 'Import as a new project') !== undefined, 'the preview');
}

describe('the import and merge dialogs while the work runs', () => {
  test('pressing “Import as a new project” again while it imports does not import twice', async () => {
    await preview('import-qdpx');
    const importNew = button('Import as a new project')!;
    await act(async () => importNew.click());
    await act(async () => importNew.click());
    await settleUntil(() => world.finishImport !== null, 'the import to start');
    await settle();
    expect(world.imports).toBe(1);
  });

  test('the project is held before it is backed up for a merge, so that it cannot be switched away meanwhile', async () => {
    await preview('merge-project');
    await act(async () => button('Merge into “Housing study”')!.click());
    await settleUntil(() => world.events.includes('release'), 'the merge to finish');
    expect(world.events.slice(0, 2)).toEqual(['hold', 'backup']);
    expect(world.events.at(-1)).toBe('release');
  });
});
