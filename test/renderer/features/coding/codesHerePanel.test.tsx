// @vitest-environment jsdom
// The Codes here panel: the codings under the caret or selection, each with its Remove button. A screen
// reader user moves from button to button by name, so every button must say which coding it removes,
// also when two coders coded one passage with one code, or one coder coded two passages that start alike.
import { act } from 'react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { CodingRecord } from '../../../../shared/model';
import { CodesHerePanel } from '../../../../renderer/features/coding/CodesHerePanel';
import { code, coding } from '../../../shared/codebook/fixtures';
import { screen, type Screen } from '../memos/memoHarness';

const TEXT = 'Krasner faces numerous challenges when he takes office in January, and the city budget is short by a third.';
const claim = code('c', 'claim', null, 0);
const codesById = new Map([[claim.id, claim]]);
const codersById = new Map([
  ['kim', { id: 'kim', name: 'Kim', color: '#1f77b4' }],
  ['lee', { id: 'lee', name: 'Lee', color: '#ff7f0e' }],
]);
const claimOf = (id: string, start: number, end: number, coderId: string): CodingRecord => ({ ...coding(id, 'c', 'd', start, end, coderId), quote: TEXT.slice(start, end) });

let view: Screen;
beforeEach(() => {
  view = screen();
});
afterEach(async () => {
  await view.unmount();
});

async function show(codings: readonly CodingRecord[], selection = { start: 20, end: 20 }) {
  await view.render(
    <CodesHerePanel selection={selection} codings={codings} codesById={codesById} codersById={codersById} onRemove={async () => true} onNoneLeft={() => {}} />,
  );
}
const removeNames = () => [...view.host.querySelectorAll('button[data-remove]')].map((b) => b.getAttribute('aria-label'));

test('a Remove button is named for its code and passage', async () => {
  await show([claimOf('a', 14, 33, 'kim')]);
  expect(removeNames()).toEqual(['Remove claim from “numerous challenges”']);
});

test('two coders’ codings of one passage with one code have Remove buttons that say whose each is', async () => {
  await show([claimOf('a', 14, 33, 'kim'), claimOf('b', 14, 33, 'lee')]);
  const names = removeNames();
  expect(new Set(names).size).toBe(2);
  expect(names).toEqual(['Remove Kim’s claim from “numerous challenges”', 'Remove Lee’s claim from “numerous challenges”']);
});

test('the same coder’s two codings of the very same passage (made in two windows at once) are numbered', async () => {
  await show([claimOf('a', 14, 33, 'kim'), claimOf('b', 14, 33, 'kim')]);
  expect(removeNames()).toEqual([
    'Remove claim from “numerous challenges” ending “numerous challenges” (1 of 2)',
    'Remove claim from “numerous challenges” ending “numerous challenges” (2 of 2)',
  ]);
});

test('two codings of one coder that start alike have Remove buttons that say where each ends', async () => {
  await show([claimOf('a', 0, 66, 'kim'), claimOf('b', 0, TEXT.length, 'kim')]);
  expect(removeNames()).toEqual([
    'Remove claim from “Krasner faces numerous challenges when …” ending “…n he takes office in January,”',
    'Remove claim from “Krasner faces numerous challenges when …” ending “…y budget is short by a third.”',
  ]);
});

test('a double click on Remove removes the coding once, not once and then “no longer exists”', async () => {
  const asked: string[] = [];
  let finish!: (removed: boolean) => void;
  await view.render(
    <CodesHerePanel
      selection={{ start: 20, end: 20 }}
      codings={[claimOf('a', 14, 33, 'kim')]}
      codesById={codesById}
      codersById={codersById}
      onRemove={(coding) => {
        asked.push(coding.id);
        return new Promise<boolean>((resolve) => (finish = resolve));
      }}
      onNoneLeft={() => {}}
    />,
  );
  const button = view.host.querySelector<HTMLButtonElement>('button[data-remove]')!;
  await act(async () => {
    button.click();
    button.click();
  });
  expect(asked).toEqual(['a']);
  await act(async () => finish(true));
});
