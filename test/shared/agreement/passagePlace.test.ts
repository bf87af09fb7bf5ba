// A passage's place in the Agreement place's words: characters as a reader counts them, from 1.
import { describe, expect, test } from 'vitest';
import { characterIndex } from '../../../shared/text/characterIndex';
import { characterCount, characterPlace } from '../../../shared/agreement/passagePlace';

// A flag (4 UTF-16 units), a family (8 units), a decomposed "é" (2 units): one character each.
const text = '🇫🇷 Le 👨‍👩‍👧 budge\u0301t.';
const index = characterIndex(text);
const at = (quote: string) => [text.indexOf(quote), text.indexOf(quote) + quote.length] as const;

describe('characterPlace', () => {
  test('numbers a passage’s first and last characters from 1', () => {
    expect(characterPlace(characterIndex('The mayor promised jobs.'), 4, 9)).toBe('characters 5–9');
  });

  test('counts a flag, a family emoji and a decomposed accent as one character each', () => {
    expect(characterPlace(index, ...at('🇫🇷'))).toBe('character 1');
    expect(characterPlace(index, ...at('Le'))).toBe('characters 3–4');
    expect(characterPlace(index, ...at('👨‍👩‍👧 budge\u0301t'))).toBe('characters 6–13');
    expect(characterPlace(index, ...at('t.'))).toBe('characters 13–14');
  });

  test('takes in a character an offset falls inside of', () => {
    // Offset 1 is inside the flag, 10 inside the family: each end takes the whole character.
    expect(characterPlace(index, 1, 10)).toBe('characters 1–6');
  });
});

test('characterCount says a text’s length in characters', () => {
  expect(characterCount(index)).toBe('14 characters');
  expect(characterCount(characterIndex('👨‍👩‍👧'))).toBe('1 character');
});
