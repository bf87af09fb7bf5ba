import { describe, expect, test } from 'vitest';
import { splitParagraphs, trimRange } from '../../../shared/text/paragraphs';

describe('paragraphs of canonical text', () => {
  test('blank lines separate paragraphs; each knows its offset in the text', () => {
    const text = 'First line\nsame paragraph\n\nSecond\n \n\n   Third, indented';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['First line\nsame paragraph', 'Second', 'Third, indented']);
    for (const p of paragraphs) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });

  test('leading blank lines do not make an empty paragraph', () => {
    expect(splitParagraphs('\n\nText')).toEqual([{ start: 2, text: 'Text' }]);
    expect(splitParagraphs('')).toEqual([]);
  });

  test('a selection dragged over surrounding spaces is trimmed to the words', () => {
    const text = 'one  two three';
    expect(trimRange(text, 3, 9)).toEqual({ start: 5, end: 8 });
    expect(trimRange(text, 3, 5)).toEqual({ start: 5, end: 5 });
  });
});
