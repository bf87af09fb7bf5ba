// @vitest-environment jsdom
// Alt+arrows on a code while the tree is filtered by a search: the codes around it are partly hidden,
// so it is not moved blind; the status line says why nothing moved and how to move it.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { createCode, listCodes } from '../../../../renderer/db/codes';
import { freshProject } from '../../db/projectDb';
import { projectValue, KIM, type Screen } from '../memos/memoHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
vi.mock('../../../../renderer/features/backups/BackupsContext', () => ({ useBackups: () => ({ backupBefore: async () => true }) }));
const { renderCodebook, row, rowNames, press, typeInto, settle, statusLine } = await import('./codebookHarness');

let db: ProjectDatabase;
let view: Screen;
beforeEach(async () => {
  db = await freshProject();
  for (const name of ['pledge', 'metric', 'promise']) await createCode(db, { name, parentId: null }, KIM.id);
  project.value = projectValue(db);
  view = await renderCodebook(db);
});
afterEach(async () => {
  await view.unmount();
  db.close();
});

const order = async () => (await listCodes(db)).map((c) => c.name);

describe('moving a code with Alt+arrows during a search', () => {
  test.each([['ArrowUp'], ['ArrowDown'], ['ArrowRight'], ['ArrowLeft']])('Alt+%s moves nothing and says why in the status line', async (key) => {
    await typeInto(view.host.querySelector<HTMLInputElement>('input[type="search"]')!, 'p');
    expect(rowNames(view.host)).toEqual(['pledge', 'promise']);
    row(view.host, 'promise').focus();
    await press(key, { altKey: true });
    await settle();
    expect(await order()).toEqual(['pledge', 'metric', 'promise']);
    expect(statusLine()).toBe('“promise” was not moved: codes are not moved while a search hides some of them. Clear the search to move it.');
    expect(document.activeElement).toBe(row(view.host, 'promise'));
  });

  test('once the search is cleared, Alt+↑ moves it', async () => {
    row(view.host, 'promise').focus();
    await press('ArrowUp', { altKey: true });
    await settle();
    expect(await order()).toEqual(['pledge', 'promise', 'metric']);
  });
});
