// @vitest-environment jsdom
// The consensus coder is where settled disagreements go (Agreement), not a person: the Coders dialog
// does not offer to code as it. Coding as it would make it the coder of this window in every project
// opened next (the current coder is the person's, kept across projects), where that project's own
// consensus coder (the same id in every project) would then hold a person's everyday codings.
// It can still be renamed and recoloured there, and shown or hidden like any coder.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { CONSENSUS_CODER_ID } from '../../../../shared/coders/consensusCoder';
import { coderDialogProject, click, dialogButton, dialogTitle, settle, typeName, type CoderDialogProject } from './coderDialogHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
import { CoderDialog } from '../../../../renderer/features/coders/CoderDialog';
import { CoderViewProvider } from '../../../../renderer/features/coders/CoderViewContext';

const LEE = { id: 'lee', name: 'Lee', color: '#65a30d' };
const CONSENSUS = { id: CONSENSUS_CODER_ID, name: 'Consensus', color: '#ea580c' };

let p: CoderDialogProject;
let closed: number;
beforeEach(async () => {
  p = await coderDialogProject(project, [LEE, CONSENSUS]);
  closed = 0;
  await p.view.render(
    <CoderViewProvider>
      <CoderDialog onClose={() => closed++} />
    </CoderViewProvider>,
  );
  await settle();
});
afterEach(async () => {
  await p.view.unmount();
  p.db.close();
});

const rowOf = (name: string) => [...document.querySelectorAll('[role="dialog"] li')].find((li) => li.querySelector('.coder-name')?.textContent === name) ?? null;

test('a person is offered to switch to; the consensus coder is not, and says what it holds', async () => {
  expect(dialogButton('Switch to Lee')).not.toBeNull();
  expect(dialogButton('Switch to Consensus')).toBeNull();
  expect(rowOf('Consensus')?.textContent).toContain('settled disagreements');
  expect(rowOf('Consensus')?.querySelector('input[type="checkbox"]')).not.toBeNull();
});

test('the consensus coder is renamed from the dialog, and the current coder stays who they were', async () => {
  await click(dialogButton('Rename or recolour Consensus…'));
  expect(dialogTitle()).toBe('Rename the consensus coder');
  // Its name is refused when a person has it, as any coder's is.
  await typeName('lee');
  await click(dialogButton('Save'));
  expect(document.querySelector('[role="dialog"] [role="alert"]')?.textContent).toMatch(/^There is already a coder named Lee/);
  await typeName('Adjudicated');
  await click(dialogButton('Save'));
  expect((await p.db.coders.get(CONSENSUS_CODER_ID))?.name).toBe('Adjudicated');
  expect(p.switched).toEqual([]);
  expect(closed).toBe(0);
  expect(dialogTitle()).toBe('Coders');
  expect(rowOf('Adjudicated')).not.toBeNull();
});
