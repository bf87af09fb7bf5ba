// @vitest-environment jsdom
// The merge dialog says, before the researcher confirms, what becomes of each subcode of the code
// merged away: it moves under the target, or, named like one of the target's subcodes, merges into
// that one (its own subcodes the same way, a level down). What it says is what the merge then does.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CodeRecord } from '../../../../shared/model';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { createCode, listCodes, mergeCodes } from '../../../../renderer/db/codes';
import { codePath } from '../../../../shared/codebook/codePath';
import { MergeCodeDialog } from '../../../../renderer/features/codebook/MergeCodeDialog';
import { freshProject } from '../../db/projectDb';
import { screen, settle, KIM, type Screen } from '../memos/memoHarness';

// jsdom has no CSS.escape, which React Aria's modal calls: the CSSOM's rule for identifiers, simply.
(globalThis as { CSS?: { escape(value: string): string } }).CSS ??= { escape: (value) => value.replace(/[^\w-]/gu, (c) => `\\${c}`) };

let db: ProjectDatabase;
let view: Screen;
/** The codebook: “policy” (with “housing” > “rents”, and “transport”) first, so the dialog offers it first; “claims” to merge into it. */
async function codebook(): Promise<Record<string, CodeRecord>> {
  const make = (name: string, parentId: string | null) => createCode(db, { name, parentId }, KIM.id);
  const policy = await make('policy', null);
  const housing = await make('housing', policy.id);
  await make('rents', housing.id);
  await make('transport', policy.id);
  const claims = await make('claims', null);
  await make('pledges', claims.id);
  const claimsHousing = await make('Housing', claims.id);
  await make('supply', claimsHousing.id);
  await make('rents', claimsHousing.id);
  await make('budgets', claims.id);
  return { policy, claims };
}

beforeEach(async () => {
  db = await freshProject();
  view = screen();
});
afterEach(async () => {
  await view.unmount();
  db.close();
});

const dialogText = () => document.querySelector('[role="dialog"]')!.textContent!;
const subcodeLines = () => [...document.querySelectorAll('[role="dialog"] li')].map((li) => li.textContent);
const paths = async () => {
  const codes = await listCodes(db);
  const byId = new Map(codes.map((c) => [c.id, c]));
  return codes.map((c) => codePath(c, byId));
};

describe('merging a code whose subcodes the target partly has', () => {
  test('the dialog names which subcodes move under the target and which merge into one of its own', async () => {
    const { claims } = await codebook();
    await view.render(<MergeCodeDialog code={claims!} codes={await listCodes(db)} onConfirm={() => {}} onClose={() => {}} />);
    await settle();
    expect(dialogText()).toContain('“claims” is then deleted, and its subcodes:');
    expect(subcodeLines()).toEqual([
      '“claims > pledges” moves under “policy”.',
      '“claims > Housing” merges into “policy > housing”, which has the same name: its codings will carry “policy > housing”.',
      '“claims > Housing > supply” moves under “policy > housing”.',
      '“claims > Housing > rents” merges into “policy > housing > rents”, which has the same name: its codings will carry “policy > housing > rents”.',
      '“claims > budgets” moves under “policy”.',
    ]);
    expect(dialogText()).not.toContain('its subcodes move under');
  });

  test('and the merge does what it said', async () => {
    const { claims } = await codebook();
    let confirmed: Promise<unknown> = Promise.resolve();
    await view.render(
      <MergeCodeDialog code={claims!} codes={await listCodes(db)} onConfirm={(target) => (confirmed = mergeCodes(db, claims!.id, target.id, KIM.id))} onClose={() => {}} />,
    );
    const merge = [...document.querySelectorAll<HTMLButtonElement>('[role="dialog"] button')].find((b) => b.textContent === 'Merge')!;
    await act(async () => merge.click());
    await confirmed;
    expect((await paths()).sort()).toEqual(['policy', 'policy > budgets', 'policy > housing', 'policy > housing > rents', 'policy > housing > supply', 'policy > pledges', 'policy > transport'].sort());
  });

  test('a code without subcodes is simply deleted', async () => {
    const policy = await createCode(db, { name: 'policy', parentId: null }, KIM.id);
    const claims = await createCode(db, { name: 'claims', parentId: null }, KIM.id);
    await view.render(<MergeCodeDialog code={claims} codes={await listCodes(db)} onConfirm={() => {}} onClose={() => {}} />);
    expect(policy.name).toBe('policy');
    expect(dialogText()).toContain('“claims” is then deleted.');
    expect(subcodeLines()).toEqual([]);
  });
});
