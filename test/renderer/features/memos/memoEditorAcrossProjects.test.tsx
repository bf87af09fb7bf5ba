// @vitest-environment jsdom
// The memo panel's editor belongs to one project: when the window shows another project whose code
// has the same id (a copy), the editor open on that code is a new one, and typing not yet saved goes
// to the project it was typed in.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { act } from 'react';
import type { CodeRecord } from '../../../../shared/model';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { createCode } from '../../../../renderer/db/codes';
import { memoOf } from '../../../../renderer/db/memos';
import { freshProject } from '../../db/projectDb';
import { memoEditor, projectValue, screen, settle, textOf, typeInto, KIM, type Screen } from './memoHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
import { MemoPanel } from '../../../../renderer/features/memos/MemoPanel';
import { MemoNavigationProvider } from '../../../../renderer/features/memos/MemoNavigation';
import { CoderViewProvider } from '../../../../renderer/features/coders/CoderViewContext';
import { MEMO_SAVE_DELAY_MS } from '../../../../renderer/features/memos/MemoEditor';

let original: ProjectDatabase;
let copy: ProjectDatabase;
let view: Screen;
let claim: CodeRecord;
beforeEach(async () => {
  original = await freshProject();
  copy = await freshProject();
  claim = await createCode(original, { name: 'claim', parentId: null }, KIM.id);
  await copy.codes.add(claim);
  view = screen();
});
afterEach(async () => {
  await view.unmount();
  original.close();
  copy.close();
});

function codeMemoPanel() {
  return (
    <CoderViewProvider>
      <MemoNavigationProvider openDocument={() => {}}>
        <MemoPanel doc={null} activeCoding={null} codings={[]} codes={[claim]} codesById={new Map([[claim.id, claim]])} codersById={new Map([[KIM.id, KIM]])} onSelectCoding={() => {}} />
      </MemoNavigationProvider>
    </CoderViewProvider>
  );
}

test('typing on a code’s memo is saved in its own project when the window turns to a copy with the same code', async () => {
  project.value = { ...projectValue(original), project: { id: 'original', name: 'Housing study' } };
  await view.render(codeMemoPanel());
  await settle();
  const codeTab = [...view.host.querySelectorAll<HTMLElement>('[role="tab"]')].find((tab) => tab.textContent === 'Code')!;
  await act(async () => codeTab.click());
  await settle();
  const label = 'Memo on the code “claim”';
  await act(async () => typeInto(memoEditor(view.host, label), 'Too broad: split it.'));

  project.value = { ...projectValue(copy), project: { id: 'copy', name: 'Housing study (copy)' } };
  await view.render(codeMemoPanel());
  await settle(MEMO_SAVE_DELAY_MS + 200);

  const target = { targetType: 'code', targetId: claim.id } as const;
  expect((await memoOf(original, target, KIM.id))?.text).toBe('Too broad: split it.');
  expect(await memoOf(copy, target, KIM.id)).toBeUndefined();
  expect(textOf(memoEditor(view.host, label))).toBe('');
});
