// @vitest-environment jsdom
// Switching projects a moment after typing in a memo: the typing belongs to the project it was typed
// in, even when the other project is a copy whose codes have the same ids (a project file opened
// beside the project it was saved from keeps every row id).
import { afterEach, expect, test } from 'vitest';
import { act } from 'react';
import type { CodeRecord } from '../../../../shared/model';
import { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { RegistryDatabase } from '../../../../renderer/db/registry';
import { memoOf } from '../../../../renderer/db/memos';
import { createProject } from '../../../../renderer/features/projects/workspace';
import { MemoNavigationProvider } from '../../../../renderer/features/memos/MemoNavigation';
import { ProjectMemosPanel } from '../../../../renderer/features/memos/ProjectMemosPanel';
import { MEMO_SAVE_DELAY_MS } from '../../../../renderer/features/memos/MemoEditor';
import { memoEditor, settle, textOf, typeInto } from '../memos/memoHarness';
import { doing, openWindow, type OpenWindow } from './projectHarness';

let window_: OpenWindow | null = null;
afterEach(async () => {
  await window_?.view.unmount();
});

test('typing in a code memo just before switching to a copy of the project is saved in the project it was typed in', async () => {
  window_ = await openWindow(
    <MemoNavigationProvider openDocument={() => {}}>
      <ProjectMemosPanel />
    </MemoNavigationProvider>,
  );
  const { view, opened } = window_;
  const first = opened();
  const codes = await first.db.codes.toArray();
  // The copy: the same codes, row for row, under another project id.
  const copy = await createProject(new RegistryDatabase(), 'Copy of my project', async (db) => {
    await db.codes.bulkAdd(codes);
  });
  await settle();
  const codeTab = [...view.host.querySelectorAll<HTMLElement>('[role="tab"]')].find((tab) => tab.textContent === 'Code')!;
  await act(async () => codeTab.click());
  await settle();
  const box = view.host.querySelector<HTMLElement>('.memo-editor [role="textbox"]')!;
  const label = box.getAttribute('aria-label')!;
  const code = codes.find((c) => label.includes(`“${c.name}”`)) as CodeRecord;
  expect(code).toBeDefined();
  await act(async () => typeInto(memoEditor(view.host, label), 'Too broad: split it.'));

  await doing(() => opened().switchProject(copy.id));
  await settle(MEMO_SAVE_DELAY_MS + 200);

  expect(opened().project.id).toBe(copy.id);
  const target = { targetType: 'code', targetId: code.id } as const;
  const original = new ProjectDatabase(first.project.id);
  try {
    expect((await memoOf(original, target, first.coder.id))?.text).toBe('Too broad: split it.');
  } finally {
    original.close();
  }
  expect(await memoOf(opened().db, target, first.coder.id)).toBeUndefined();
  // The copy's editor shows the copy's memo (none), not the other project's typing.
  expect(textOf(memoEditor(view.host, label))).toBe('');
});
