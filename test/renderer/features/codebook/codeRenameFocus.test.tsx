// @vitest-environment jsdom
// Renaming a code from the tree by keyboard, as in a file manager: F2 puts the focus in the name field,
// and Enter (the name saved) or Escape (the rename given up) puts it back on the code's row, so the
// researcher carries on in the tree without hunting for it.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { createCode } from '../../../../renderer/db/codes';
import { freshProject } from '../../db/projectDb';
import { projectValue, KIM, type Screen } from '../memos/memoHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
vi.mock('../../../../renderer/features/backups/BackupsContext', () => ({ useBackups: () => ({ backupBefore: async () => true }) }));
const { renderCodebook, row, press, typeInto, settle, statusLine } = await import('./codebookHarness');

let db: ProjectDatabase;
let view: Screen;
beforeEach(async () => {
  db = await freshProject();
  await createCode(db, { name: 'pledge', parentId: null }, KIM.id);
  await createCode(db, { name: 'metric', parentId: null }, KIM.id);
  project.value = projectValue(db);
  view = await renderCodebook(db);
});
afterEach(async () => {
  await view.unmount();
  db.close();
});

const nameField = () => view.host.querySelector<HTMLInputElement>('.code-details input:not([type])')!;

async function renameWithF2(name: string) {
  row(view.host, name).focus();
  await press('F2');
  await settle();
  expect(document.activeElement).toBe(nameField());
}

describe('renaming a code from the tree with F2', () => {
  test('Enter saves the name and puts the focus back on the code’s row', async () => {
    await renameWithF2('pledge');
    await typeInto(nameField(), 'promise');
    await press('Enter');
    await settle();
    expect((await db.codes.toArray()).map((c) => c.name).sort()).toEqual(['metric', 'promise']);
    expect(document.activeElement).toBe(row(view.host, 'promise'));
    expect(statusLine()).toBe('Renamed “pledge” to “promise”.');
  });

  test('Escape gives the rename up and puts the focus back on the code’s row', async () => {
    await renameWithF2('metric');
    await typeInto(nameField(), 'measure');
    await press('Escape');
    await settle();
    expect((await db.codes.toArray()).map((c) => c.name).sort()).toEqual(['metric', 'pledge']);
    expect(document.activeElement).toBe(row(view.host, 'metric'));
  });

  test('the name field reached from the entry (not by F2) keeps the focus on Enter, as any field does', async () => {
    const entry = view.host.querySelector<HTMLButtonElement>('[aria-label="Codebook entry for metric"]')!;
    await act(async () => entry.click());
    nameField().focus();
    await typeInto(nameField(), 'measure');
    await press('Enter');
    await settle();
    expect((await db.codes.toArray()).map((c) => c.name).sort()).toEqual(['measure', 'pledge']);
    expect(document.activeElement).toBe(nameField());
  });

  test('a name that cannot be used keeps the focus in the field, to be corrected', async () => {
    await renameWithF2('metric');
    await typeInto(nameField(), 'pledge');
    await press('Enter');
    await settle();
    expect(document.activeElement).toBe(nameField());
    expect(nameField().getAttribute('aria-invalid')).toBe('true');
  });
});
