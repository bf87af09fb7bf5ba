// @vitest-environment jsdom
// A project file double-clicked in the file manager: main hands it to the window (electron/openedFiles.ts),
// and the window opens it as "Open project file…" opens a chosen one, or a .qdpx as the REFI-QDA
// import does. While the window is busy (a dialog open, an import holding the project) the file
// waits, the researcher is told so, and it opens once the window is free.
import { act, useState } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { screen, settle, type Screen } from '../memos/memoHarness';

(globalThis as { CSS?: { escape(value: string): string } }).CSS ??= { escape: (value) => value.replace(/[^\w-]/gu, (c) => `\\${c}`) };

const world = vi.hoisted(() => ({
  /** Files main holds for the window, taken by `takeOpenedFiles`. */
  handedOver: [] as string[],
  listeners: new Map<string, Set<() => void>>(),
  reads: [] as unknown[],
  unreadable: new Map<string, string>(),
  said: [] as string[],
  held: null as string | null,
  openedAsNew: [] as string[],
}));

vi.mock('../../../../renderer/api', () => ({
  call: async (channel: string, ...args: unknown[]) => {
    if (channel === 'takeOpenedFiles') return world.handedOver.splice(0);
    if (channel === 'readFile') {
      const request = args[0] as { path: string };
      world.reads.push(request);
      const problem = world.unreadable.get(request.path);
      if (problem) throw new Error(problem);
      const fileName = request.path.split('/').at(-1)!;
      return { path: request.path, fileName, size: 3, as: 'bytes', bytes: new TextEncoder().encode(fileName) };
    }
    throw new Error(`no fake for ${channel}`);
  },
  onMainEvent: (event: string, listener: () => void) => {
    const set = world.listeners.get(event) ?? new Set();
    world.listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  },
}));
vi.mock('../../../../renderer/features/backups/projectTransfer', () => ({
  // The file checked whole (projectFiles.test.ts covers the real reading): its name says what project it holds.
  readProject: async (_env: unknown, bytes: Uint8Array) => {
    const name = new TextDecoder().decode(bytes).replace(/\.framewise$/iu, '');
    return { ok: true, token: name, upgradedFrom: null, originals: new Map(), manifest: { project: { id: name, name }, counts: { documents: 2, codings: 5, memos: 1 }, writtenAt: '2026-03-05T10:00:00Z', writtenBy: null } };
  },
  openAsNewProject: async (_env: unknown, file: { manifest: { project: { name: string } } }) => {
    world.openedAsNew.push(file.manifest.project.name);
    return { project: { id: file.manifest.project.name, name: file.manifest.project.name }, newProjectId: false, originalsStored: 0 };
  },
  replaceProject: async () => {},
  projectCopy: async () => ({}),
}));
vi.mock('../../../../renderer/features/backups/backupRunner', () => ({ workerRunner: () => ({ forgetParsed: async () => {} }) }));
vi.mock('../../../../renderer/features/backups/appBackups', () => ({ appVersion: async () => 'test', appTransfer: () => ({}), backupRegistry: () => ({}) }));
vi.mock('../../../../renderer/features/backups/changeMark', () => ({ noteChange: async () => {} }));
vi.mock('../../../../renderer/features/backups/BackupsContext', () => ({ useBackups: () => ({ backupBefore: async () => true, project: { id: 'p', name: 'Housing study', writtenBy: null } }) }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({
  useProject: () => ({ project: { id: 'p', name: 'Housing study' }, switchProject: async () => {}, switchingHeld: world.held }),
}));
vi.mock('../../../../renderer/commands/CommandContext', () => ({ useCommandHandler: () => {} }));
vi.mock('../../../../renderer/ui/Announcer', () => {
  const announce = (message: string) => void world.said.push(message);
  return { useAnnounce: () => announce };
});

const { ProjectFileCommands } = await import('../../../../renderer/features/backups/ProjectFileCommands');
const { InteropCommands } = await import('../../../../renderer/features/interop/InteropCommands');
const { onInteropRequest } = await import('../../../../renderer/features/interop/interopCommands');
const { Dialog } = await import('../../../../renderer/ui/Dialog');

let view: Screen;

/** Another dialog the researcher has open (a codebook editor, the welcome), closed by its button. */
function OtherDialog() {
  const [open, setOpen] = useState(true);
  return open ? (
    <Dialog title="Edit the code" onClose={() => setOpen(false)}>
      <button type="button" onClick={() => setOpen(false)}>
        Done
      </button>
    </Dialog>
  ) : null;
}

function Window({ withDialog = false }: { withDialog?: boolean }) {
  return (
    <>
      <ProjectFileCommands />
      <InteropCommands />
      {withDialog ? <OtherDialog /> : null}
    </>
  );
}

/** Main hands files over and tells the window, as electron/openedFiles.ts does. */
async function handOver(...paths: string[]): Promise<void> {
  world.handedOver.push(...paths);
  await act(async () => world.listeners.get('filesOpened')?.forEach((listener) => listener()));
  await settle();
}

const dialogs = () => [...document.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]')];
const dialogNamed = (title: string) => dialogs().find((d) => d.querySelector('h2')?.textContent === title);
const button = (within: HTMLElement | undefined, name: string) => [...(within?.querySelectorAll('button') ?? [])].find((b) => b.textContent === name);

beforeEach(() => {
  world.handedOver = [];
  world.listeners.clear();
  world.reads = [];
  world.unreadable.clear();
  world.said = [];
  world.held = null;
  world.openedAsNew = [];
  view = screen();
});
afterEach(async () => {
  await view.unmount();
});

describe('a project file the system hands over', () => {
  test('is read as the project file it is and asks where it goes, as Open project file… does', async () => {
    await view.render(<Window />);
    await handOver('/home/kim/Downloads/Riverton.framewise');
    expect(world.reads).toEqual([{ purpose: 'projectFile', as: 'bytes', path: '/home/kim/Downloads/Riverton.framewise' }]);
    const asked = dialogNamed('Open Riverton.framewise');
    expect(asked?.textContent).toContain('“Riverton”: 2 documents, 5 codings and 1 memo');
    expect(button(asked, 'Replace “Housing study”…')).toBeDefined();
    await act(async () => button(asked, 'Open as a new project')!.click());
    await settle();
    expect(world.openedAsNew).toEqual(['Riverton']);
    expect(world.said).toContain('Opened “Riverton” from Riverton.framewise as a new project.');
  });

  test('handed over before the window listened (the file that started Framewise), is opened once it starts', async () => {
    world.handedOver.push('/home/kim/My project é 🏠.FRAMEWISE');
    await view.render(<Window />);
    await settle();
    expect(dialogNamed('Open My project é 🏠.FRAMEWISE')).toBeDefined();
  });

  test('that cannot be read is refused, naming it, and nothing changes', async () => {
    world.unreadable.set('/home/kim/Gone.framewise', '“Gone.framewise” could not be read: it is no longer there.');
    await view.render(<Window />);
    await handOver('/home/kim/Gone.framewise');
    const refusal = dialogNamed('Not opened');
    expect(refusal?.querySelector('[role="alert"]')?.textContent).toBe(
      'Framewise did not open the project file, and nothing in your projects was changed: “Gone.framewise” could not be read: it is no longer there.',
    );
    expect(world.openedAsNew).toEqual([]);
  });

  test('while a dialog is open, waits, saying so, and is opened once that dialog is closed', async () => {
    await view.render(<Window withDialog />);
    await handOver('/home/kim/Riverton.framewise');
    expect(world.reads).toEqual([]);
    expect(world.said).toEqual(['Framewise will open “Riverton.framewise” once this dialog is closed.']);
    await act(async () => button(dialogNamed('Edit the code'), 'Done')!.click());
    await settle();
    expect(dialogNamed('Open Riverton.framewise')).toBeDefined();
  });

  test('while an import holds the project, waits, saying so, and is opened once the import is done', async () => {
    world.held = 'Projects cannot be switched or created while an import is running into this one: wait for it to finish, or cancel it.';
    await view.render(<Window />);
    await handOver('/home/kim/Riverton.framewise');
    expect(world.reads).toEqual([]);
    expect(world.said).toEqual([`Framewise will open “Riverton.framewise” once it is free. ${world.held}`]);
    world.held = null;
    await view.render(<Window />);
    await settle();
    expect(dialogNamed('Open Riverton.framewise')).toBeDefined();
  });

  test('two handed over at once are asked about one after the other, none lost', async () => {
    await view.render(<Window />);
    await handOver('/home/kim/Riverton.framewise', '/home/kim/Eastvale.framewise');
    expect(dialogs()).toHaveLength(1);
    await act(async () => button(dialogNamed('Open Riverton.framewise'), 'Open as a new project')!.click());
    await settle();
    expect(dialogNamed('Open Eastvale.framewise')).toBeDefined();
    await act(async () => button(dialogNamed('Open Eastvale.framewise'), 'Cancel')!.click());
    await settle();
    expect(dialogs()).toHaveLength(0);
    expect(world.openedAsNew).toEqual(['Riverton']);
  });
});

describe('a REFI-QDA project the system hands over', () => {
  test('goes to the REFI-QDA import, for that file, not to a dialog asking for one', async () => {
    const asked: unknown[] = [];
    const stop = onInteropRequest((request, file) => void asked.push([request, file]));
    try {
      await view.render(<Window />);
      await handOver('/home/kim/From Ana.QDPX');
      expect(asked).toEqual([['import-qdpx', { path: '/home/kim/From Ana.QDPX' }]]);
      expect(world.reads).toEqual([]);
    } finally {
      stop();
    }
  });
});
