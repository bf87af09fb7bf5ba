// @vitest-environment jsdom
// While a file to import or merge is being read (a .qdpx whose originals main extracts can take a
// while): the researcher sees that it is being read, can cancel it, and a preview made for one
// project is never offered for another that was opened meanwhile.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act } from 'react';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import type { IncomingProject } from '../../../../renderer/features/interop/incomingProject';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, settle, type Screen } from '../memos/memoHarness';
import { PROJECT_ID, roundTripProject } from '../../../shared/interop/refiFixtures';

(globalThis as { CSS?: { escape(value: string): string } }).CSS ??= { escape: (value) => value.replace(/[^\w-]/gu, (c) => `\\${c}`) };

const world = vi.hoisted(() => ({
  project: null as unknown,
  said: [] as string[],
  finishReading: null as null | (() => void),
  readingFails: false,
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
vi.mock('../../../../renderer/features/backups/BackupsContext', () => ({ useBackups: () => ({ backupBefore: async () => true }) }));
vi.mock('../../../../renderer/features/interop/incomingProject', () => {
  const slowly = async () => {
    await new Promise<void>((resolve) => (world.finishReading = resolve));
    if (world.readingFails) throw new Error('the disk went away');
    return { ok: true, project: incoming() };
  };
  return { readQdpx: slowly, readFramewiseFile: slowly };
});

import { InteropDialogs } from '../../../../renderer/features/interop/InteropDialogs';
import { requestInterop } from '../../../../renderer/features/interop/interopCommands';

function incoming(): IncomingProject {
  return { fileName: 'ben.qdpx', kind: 'qdpx', name: 'Riverton', origin: 'MAXQDA 24', rows: roundTripProject(), originals: new Map(), skipped: [], plan: null, linkedFiles: [] };
}

let db: ProjectDatabase;
let view: Screen;

function openProject(id: string, name: string) {
  world.project = { ...projectValue(db), project: { id, name }, switchProject: async () => {}, switchingHeld: null, holdProject: () => () => {} };
}

beforeEach(async () => {
  db = await freshProject();
  world.said = [];
  world.finishReading = null;
  world.readingFails = false;
  openProject(PROJECT_ID, 'Housing study');
  view = screen();
  await view.render(<InteropDialogs />);
});
afterEach(async () => {
  world.finishReading?.();
  await view.unmount();
  await db.delete();
});

const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]');
const button = (name: string) => [...document.querySelectorAll<HTMLButtonElement>('[role="dialog"] button')].find((b) => b.textContent === name);

async function settleUntil(done: () => boolean, what: string): Promise<void> {
  for (const start = Date.now(); !done(); await settle(20)) {
    if (Date.now() - start > 10_000) throw new Error(`gave up waiting for ${what}`);
  }
}

async function startReading(): Promise<void> {
  await act(async () => void requestInterop('merge-project'));
  await settleUntil(() => world.finishReading !== null, 'the file to be read');
  await settle();
}

describe('reading a file to merge', () => {
  test('shows a dialog saying which file is read, whose Cancel drops it: no preview follows', async () => {
    await startReading();
    expect(dialog()?.textContent).toContain('Reading ben.qdpx');
    await act(async () => button('Cancel')!.click());
    expect(dialog()).toBeNull();
    await act(async () => world.finishReading!());
    await settle(100);
    expect(dialog()).toBeNull();
  });

  test('offers no preview made for the project left when another was opened meanwhile, and says nothing was changed', async () => {
    await startReading();
    openProject('another-project', 'Second study');
    await view.render(<InteropDialogs />);
    await act(async () => world.finishReading!());
    await settleUntil(() => dialog() !== null && !dialog()!.textContent!.includes('Reading'), 'what follows the reading');
    expect(button('Merge into “Second study”')).toBeUndefined();
    expect(button('Merge into “Housing study”')).toBeUndefined();
    expect(dialog()!.textContent).toContain('ben.qdpx was read for “Housing study”, and “Second study” is open now. Nothing was changed.');
  });

  test('names the file when reading it fails, and says nothing was changed', async () => {
    world.readingFails = true;
    await startReading();
    await act(async () => world.finishReading!());
    await settleUntil(() => dialog() !== null && !dialog()!.textContent!.includes('Reading'), 'the refusal');
    expect(dialog()!.querySelector('[role="alert"]')!.textContent).toBe('Framewise could not read “ben.qdpx” to merge it: the disk went away. Nothing in your projects was changed.');
  });
});
