// @vitest-environment jsdom
// Where a disagreement and an edited passage lie, said in characters as a reader counts them: the
// report counts characters so (a flag, a family emoji, an "é" typed as e and an accent are one each),
// and a position in UTF-16 units would put a passage after them further on than it is.
import { act } from 'react';
import { expect, test, vi } from 'vitest';
import { settle } from '../memos/memoHarness';
import { adjudicationProject, ANA, codeQuote, showDisagreements } from './adjudicationHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));

// A flag (4 UTF-16 units), a family (8 units: three people joined) and a decomposed "é" (2 units).
const TEXT = '🇫🇷 Le maire a promis des emplois. 👨‍👩‍👧 Les critiques parlent d’un coup. Le budge\u0301t manque d’un tiers.';
const p = adjudicationProject(project, TEXT);

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const characters = (text: string) => [...segmenter.segment(text)].length;
/** A quote's place as a reader counts: its first and last characters, numbered from 1. */
function place(quote: string): string {
  const start = TEXT.indexOf(quote);
  return `characters ${characters(TEXT.slice(0, start)) + 1}–${characters(TEXT.slice(0, start + quote.length))}`;
}
const button = (name: string) => [...p.view.host.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
const detail = () => p.view.host.querySelector('.disagreement > p')?.textContent ?? '';
const editedQuote = () => p.view.host.querySelector('[aria-label="Edited passage quote"]')?.textContent ?? '';

test('a disagreement after emoji and a decomposed accent is placed in characters, numbered from 1', async () => {
  await codeQuote(p, ANA.id, p.pledge, 'manque d’un tiers.');
  await showDisagreements(p);
  expect(place('manque d’un tiers.')).toBe('characters 79–96');
  expect(detail()).toBe(`“Courier”, ${place('manque d’un tiers.')}: coded by one coder only.`);
});

test('the edited passage’s quote says its place in characters, and follows it as an end moves', async () => {
  await codeQuote(p, ANA.id, p.pledge, 'Les critiques parlent d’un coup.');
  await showDisagreements(p);
  expect(editedQuote()).toBe(`“Les critiques parlent d’un coup.” (${place('Les critiques parlent d’un coup.')})`);
  await act(async () => button('Start a word earlier').click());
  await settle();
  // A word earlier steps over the family emoji (no word) to "emplois.": the emoji counts one.
  const moved = 'emplois. 👨‍👩‍👧 Les critiques parlent d’un coup.';
  expect(place(moved)).toBe('characters 25–67');
  expect(editedQuote()).toBe(`“${moved}” (${place(moved)})`);
});

test('the text shown around a disagreement begins and ends on whole characters, never half an emoji', async () => {
  // 60 UTF-16 units before "un tiers." fall inside the family emoji, between its first person and the rest.
  expect(TEXT.indexOf('un tiers.') - 60).toBe(TEXT.indexOf('👨‍👩‍👧') + 2);
  await codeQuote(p, ANA.id, p.pledge, 'un tiers.');
  await showDisagreements(p);
  const shown = [...p.view.host.querySelectorAll('.disagreement-text')].map((t) => t.textContent);
  expect(shown).toEqual([TEXT.slice(TEXT.indexOf('👨‍👩‍👧')), TEXT.slice(TEXT.indexOf('👨‍👩‍👧'))]);
});
