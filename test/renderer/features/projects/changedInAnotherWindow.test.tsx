// @vitest-environment jsdom
// Two windows on one registry and one project, each with its own connections (fake IndexedDB): what
// this window does when the other changes the project under it. Deleted there, this window says so at
// once and opens the project opened most recently before it (a new empty one when none is left),
// keeping typing that can no longer be saved where the researcher can copy it. Renamed there, this
// window's project bar follows. A coder chosen there does not change who codes in this window.
import Dexie from 'dexie';
import { act } from 'react';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_DB_PREFIX } from '../../../../renderer/db/projectDatabase';
import { CURRENT_CODER, getSetting, listProjects, newCoder, RegistryDatabase, removeProjectEntry } from '../../../../renderer/db/registry';
import { ProjectBar } from '../../../../renderer/features/projects/ProjectBar';
import { MemoNavigationProvider } from '../../../../renderer/features/memos/MemoNavigation';
import { ProjectMemosPanel } from '../../../../renderer/features/memos/ProjectMemosPanel';
import { memoEditor, settle, typeInto } from '../memos/memoHarness';
import { doing, openWindow, type OpenWindow } from './projectHarness';

// The other window's own connection to the registry.
const otherRegistry = new RegistryDatabase();
let here: OpenWindow;
let there: OpenWindow;
let thereClosed = false;

const dialogTitled = (title: string) => [...document.querySelectorAll<HTMLElement>('[role="dialog"]')].find((d) => d.querySelector('h2')?.textContent === title);
const noticeDialog = () => dialogTitled('Project deleted in another window');
const notice = () => noticeDialog()?.querySelector('[role="alert"]')?.textContent;
const projectField = () => here.view.host.querySelector<HTMLInputElement>('.project-switcher input')!;

/** Waits until `done` holds (a live query, an event from IndexedDB), at most two seconds. */
async function until(done: () => boolean): Promise<void> {
  for (let tries = 0; !done() && tries < 100; tries++) await settle(20);
}

async function closeNotice(): Promise<void> {
  const close = [...noticeDialog()!.querySelectorAll('button')].find((b) => b.textContent === 'Close')!;
  await act(async () => close.click());
  await settle();
}

beforeAll(async () => {
  here = await openWindow(
    <>
      <ProjectBar backUpBeforeDeleting={async () => true} />
      <MemoNavigationProvider openDocument={() => {}}>
        <ProjectMemosPanel />
      </MemoNavigationProvider>
    </>,
  );
  const host = here.view.host;
  there = await openWindow(<ProjectBar backUpBeforeDeleting={async () => true} />);
  // Each test window draws into a host of its own; this one's stays in the page.
  document.body.append(host);
});

afterAll(async () => {
  await here.view.unmount();
  if (!thereClosed) await there.view.unmount();
});

describe('a project changed in another window', () => {
  test('renamed there, it is renamed in this window’s project bar and in the name this window gives it', async () => {
    const open = here.opened().project;
    await doing(() => there.opened().renameProject('Housing interviews'));
    await until(() => here.opened().project.name === 'Housing interviews');
    expect(here.opened().project).toMatchObject({ id: open.id, name: 'Housing interviews' });
    expect(projectField().value).toBe('Housing interviews');
  });

  test('deleted there, this window says so at once and opens the project opened most recently before it', async () => {
    await doing(() => here.opened().createEmptyProject('Pilot'));
    await doing(() => here.opened().createEmptyProject('Field notes'));
    const doomed = here.opened().project;
    await doing(() => there.opened().switchProject(doomed.id));
    // This window was about to delete it too.
    await here.chooseFromMenu('deleteProject');
    expect(dialogTitled('Delete the project “Field notes”?')).toBeDefined();
    await doing(() => there.opened().deleteProject(async () => true));
    expect(there.opened().project.name).toBe('Pilot');

    await until(() => here.opened().project.id !== doomed.id);
    expect(here.opened().project.name).toBe('Pilot');
    expect(notice()).toBe('“Field notes” was deleted in another window; its backups are under Backups. “Pilot” is open now.');
    // The dialog about deleting it is gone: it would have deleted the project opened in its place.
    expect(dialogTitled('Delete the project “Field notes”?')).toBeUndefined();
    expect(dialogTitled('Delete the project “Pilot”?')).toBeUndefined();
    // Working on: the window reads the project open now, not the closed connection (which would throw).
    expect(await here.opened().db.codes.count()).toBeGreaterThan(0);
    expect(projectField().value).toBe('Pilot');
    await closeNotice();
    expect(noticeDialog()).toBeUndefined();
  });

  test('typing in a memo when the project is deleted there is kept where it can be copied, and said not saved', async () => {
    await doing(() => here.opened().createEmptyProject('Diary'));
    await settle();
    const doomed = here.opened().project;
    const box = here.view.host.querySelector<HTMLElement>('.memo-editor [role="textbox"]')!;
    const label = box.getAttribute('aria-label')!;
    await act(async () => typeInto(memoEditor(here.view.host, label), 'Ask about the rent rise.'));
    // The other window deletes it (its own steps: off the list, the next project opened, the data gone),
    // before this window's memo was saved.
    await removeProjectEntry(otherRegistry, doomed.id);
    await Dexie.delete(PROJECT_DB_PREFIX + doomed.id);

    await until(() => here.opened().project.id !== doomed.id);
    await settle(300);
    expect(here.opened().project.name).toBe('Pilot');
    expect(notice()).toBe('“Diary” was deleted in another window; its backups are under Backups. “Pilot” is open now.');
    expect(here.status()).toContain('could not be saved');
    expect(here.status()).toContain('“Ask about the rent rise.”');
    expect(await here.opened().db.memos.filter((m) => m.text.includes('rent rise')).count()).toBe(0);
    await closeNotice();
  });

  test('a coder chosen in another window does not change who codes in this one when it switches projects', async () => {
    const mine = here.opened().coder;
    const bea = newCoder('Bea', '#d62728');
    await doing(() => there.opened().setCoder(bea));
    expect(await getSetting(otherRegistry, CURRENT_CODER)).toEqual(bea);

    await doing(() => here.opened().createEmptyProject('Second coding round'));
    expect(here.opened().project.name).toBe('Second coding round');
    expect(here.opened().coder).toEqual(mine);
    expect(await here.opened().db.coders.get(mine.id)).toEqual(mine);
    expect(await here.opened().db.coders.get(bea.id)).toBeUndefined();
  });

  test('the same coder renamed in another window keeps that name when this window switches projects', async () => {
    const mine = here.opened().coder;
    await doing(() => there.opened().setCoder(mine));
    const renamed = { ...mine, name: 'Ana Lima' };
    await doing(() => there.opened().setCoder(renamed));
    await doing(() => here.opened().createEmptyProject('Third round'));
    expect(here.opened().coder).toEqual(renamed);
    expect(await here.opened().db.coders.get(mine.id)).toEqual(renamed);
  });

  test('the last project deleted there leaves a new empty project open here, named as on a first start', async () => {
    // The other window is closed first: two windows left without a project would each make one.
    await there.view.unmount();
    thereClosed = true;
    const others = (await listProjects(otherRegistry)).filter((p) => p.id !== here.opened().project.id);
    for (const other of others) {
      await removeProjectEntry(otherRegistry, other.id);
      await Dexie.delete(PROJECT_DB_PREFIX + other.id);
    }
    const doomed = here.opened().project;
    await removeProjectEntry(otherRegistry, doomed.id);
    await Dexie.delete(PROJECT_DB_PREFIX + doomed.id);

    await until(() => here.opened().project.id !== doomed.id);
    expect(here.opened().project.name).toBe('My project');
    expect((await listProjects(otherRegistry)).map((p) => p.name)).toEqual(['My project']);
    expect(await here.opened().db.codes.count()).toBeGreaterThan(0);
    // Close has the focus, so Enter or Escape dismisses the notice. (Checked here, with this window's
    // tree alone in the page: two React Aria trees in one document, as above, share their focus scopes.)
    expect(document.activeElement?.textContent).toBe('Close');
    expect(notice()).toBe(`“${doomed.name}” was deleted in another window; its backups are under Backups. A new empty project, “My project”, is open now.`);
    await closeNotice();
  });
});
