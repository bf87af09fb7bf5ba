// @vitest-environment jsdom
// A coder's name is how every list, history entry and export tells coders apart: a name that looks
// like another coder's, or like nothing at all, is refused in the form, next to the field.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { coderDialogProject, click, dialogButton, fieldProblem, settle, typeName, type CoderDialogProject } from './coderDialogHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
import { CoderDialog } from '../../../../renderer/features/coders/CoderDialog';
import { CoderViewProvider } from '../../../../renderer/features/coders/CoderViewContext';

const LEE = { id: 'lee', name: 'Lee Ann', color: '#65a30d' };
const JOSE = { id: 'jose', name: 'Jos\u00e9', color: '#0891b2' };

let p: CoderDialogProject;
beforeEach(async () => {
  p = await coderDialogProject(project, [LEE, JOSE]);
  await p.view.render(
    <CoderViewProvider>
      <CoderDialog onClose={() => {}} />
    </CoderViewProvider>,
  );
  await settle();
  await click(dialogButton('New coder…'));
});
afterEach(async () => {
  await p.view.unmount();
  p.db.close();
});

async function addCoderNamed(name: string) {
  await typeName(name);
  await click(dialogButton('Add coder and switch'));
}

test.each([
  ['spaces inside it', 'Lee  Ann'],
  ['a tab inside it', 'Lee\tAnn'],
  ['a combining accent for a composed one', 'Jose\u0301'],
  ['case', 'lee ann'],
])('a name that differs from another coder’s only by %s is refused', async (_, name) => {
  await addCoderNamed(name);
  expect(p.switched).toEqual([]);
  expect(fieldProblem()).toMatch(/^There is already a coder named (Lee Ann|José) in this project/);
});

test.each([
  ['spaces', '   '],
  ['a zero-width space', '\u200b'],
  ['a Hangul filler', '\u3164'],
  ['a Braille blank', '\u2800 '],
])('a name of %s only is refused: the coder would show as no one', async (_, name) => {
  await addCoderNamed(name);
  expect(p.switched).toEqual([]);
  expect(fieldProblem()).toBe('Give the coder a name.');
});

test('a name is stored as it reads: spaces collapsed, accents composed, emoji and other scripts kept', async () => {
  await addCoderNamed('  Ana\u0301  Li  😀 李  ');
  expect(p.switched.map((c) => c.name)).toEqual(['An\u00e1 Li 😀 李']);
});
