// A passage cut short to be named in a sentence (status line, "Codes here", the passage list, history)
// is cut between characters as a reader sees them: no half emoji shown as "�", no letter whose accent
// went to the part cut off.
import { expect, test } from 'vitest';
import { excerpt } from '../../../shared/text/excerpt';

const wellFormed = (text: string) => !/\p{Surrogate}/u.test(text);

test('a cut that would fall inside an emoji falls before it', () => {
  const quote = `${'a'.repeat(58)}😀 and more`;
  const cut = excerpt(quote, 60);
  expect(wellFormed(cut)).toBe(true);
  expect(cut).toBe(`${'a'.repeat(58)}…`);
});

test('a cut that would fall inside a flag, or between a letter and its accent, falls before the character', () => {
  expect(excerpt(`${'a'.repeat(57)}🇫🇷 won`, 60)).toBe(`${'a'.repeat(57)}…`);
  expect(excerpt(`${'a'.repeat(58)}e\u0301 then`, 60)).toBe(`${'a'.repeat(58)}…`);
});

test('never longer than asked for', () => {
  for (let n = 1; n < 8; n++) expect(excerpt('😀'.repeat(40), 2 * n + 1).length).toBeLessThanOrEqual(2 * n + 1);
});

test('a passage as long as a whole document is named by its start, however much white space it holds', () => {
  const sentence = 'We will build 4,000 homes by 2029 and more.\n';
  expect(excerpt(sentence.repeat(20000), 40)).toBe('We will build 4,000 homes by 2029 and m…');
  const spaced = `Intro${' \n'.repeat(5000)}then the findings, which run on well past the cut.`;
  expect(excerpt(spaced, 30)).toBe('Intro then the findings, whic…');
  expect(excerpt(`${' '.repeat(10000)}short`, 30)).toBe('short');
});
