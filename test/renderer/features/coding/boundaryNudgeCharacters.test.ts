// Moving a coding's end "by a character" or "by a word" from the keyboard, on texts whose characters
// are more than one code point (accents typed as combining marks, emoji with skin tones, flags, joined
// families) or whose words are not separated by spaces (Chinese, Japanese): an end moves past what a
// reader sees as one character or one word, never into the middle of one.
import { describe, expect, test } from 'vitest';
import { nudgedRange } from '../../../../renderer/features/coding/boundaryNudge';

const passage = (text: string, phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
const moved = (text: string, r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null);

describe('by a character, an end takes in or gives back what a reader sees as one character', () => {
  const text = 'Voted 🇫🇷 then 👍🏽 with the cafe\u0301 family 👨‍👩‍👧 done';

  test('a flag, an emoji with its skin tone and a joined family are taken in whole', () => {
    expect(moved(text, nudgedRange(text, passage(text, 'Voted '), 'end', 1, 'character'))).toBe('Voted 🇫🇷');
    expect(moved(text, nudgedRange(text, passage(text, 'then '), 'end', 1, 'character'))).toBe('then 👍🏽');
    expect(moved(text, nudgedRange(text, passage(text, 'family '), 'end', 1, 'character'))).toBe('family 👨‍👩‍👧');
    expect(moved(text, nudgedRange(text, passage(text, ' then'), 'start', -1, 'character'))).toBe('🇫🇷 then');
  });

  test('and given back whole', () => {
    expect(moved(text, nudgedRange(text, passage(text, 'then 👍🏽'), 'end', -1, 'character'))).toBe('then ');
    expect(moved(text, nudgedRange(text, passage(text, '🇫🇷 then'), 'start', 1, 'character'))).toBe(' then');
  });

  test('an accent typed as a combining mark stays with its letter', () => {
    expect(moved(text, nudgedRange(text, passage(text, 'the caf'), 'end', 1, 'character'))).toBe('the cafe\u0301');
    expect(moved(text, nudgedRange(text, passage(text, 'the cafe\u0301'), 'end', -1, 'character'))).toBe('the caf');
  });

  test('a coding of one flag cannot lose half of it', () => {
    const flag = passage(text, '🇫🇷');
    expect(nudgedRange(text, flag, 'end', -1, 'character')).toBeNull();
    expect(nudgedRange(text, flag, 'start', 1, 'character')).toBeNull();
  });
});

describe('by a word', () => {
  test('a letter outside the Basic Multilingual Plane is a word like any other', () => {
    const text = 'the 𝒳 factor';
    expect(moved(text, nudgedRange(text, passage(text, 'the'), 'end', 1, 'word'))).toBe('the 𝒳');
    expect(moved(text, nudgedRange(text, passage(text, 'factor'), 'start', -1, 'word'))).toBe('𝒳 factor');
  });

  test('Chinese text moves by its words, not to the end of the sentence', () => {
    const text = '我们今天去了学校。然后回家';
    expect(moved(text, nudgedRange(text, passage(text, '我们'), 'end', 1, 'word'))).toBe('我们今天');
    expect(moved(text, nudgedRange(text, passage(text, '我们今天'), 'end', -1, 'word'))).toBe('我们');
  });

  test('a Persian word written with a zero-width non-joiner inside it is one word', () => {
    const text = 'او می\u200cخواهم بروم';
    expect(moved(text, nudgedRange(text, passage(text, 'او'), 'end', 1, 'word'))).toBe('او می\u200cخواهم');
  });

  test('hyphenated words and contractions move as one word, a dash between spaces is no word', () => {
    const text = 'Her well-being, she didn’t say - then left.';
    expect(moved(text, nudgedRange(text, passage(text, 'Her'), 'end', 1, 'word'))).toBe('Her well-being');
    expect(moved(text, nudgedRange(text, passage(text, 'she'), 'end', 1, 'word'))).toBe('she didn’t');
    expect(moved(text, nudgedRange(text, passage(text, 'say'), 'end', 1, 'word'))).toBe('say - then');
    expect(moved(text, nudgedRange(text, passage(text, 'then'), 'start', -1, 'word'))).toBe('say - then');
  });

  test('in a very long paragraph the next word is found past a long run of non-words', () => {
    const text = `start${' .'.repeat(5000)} end`;
    expect(moved(text, nudgedRange(text, { start: 0, end: 5 }, 'end', 1, 'word'))!.endsWith(' end')).toBe(true);
    expect(moved(text, nudgedRange(text, { start: text.length - 3, end: text.length }, 'start', -1, 'word'))!.startsWith('start')).toBe(true);
  });
});
