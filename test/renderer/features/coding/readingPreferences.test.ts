// The reader's preferences are stored per project, outside its data, and read back whatever the
// storage holds: a damaged or foreign entry falls back to the defaults instead of breaking the view.
import { describe, expect, test } from 'vitest';
import { DEFAULT_READING, parseReadingPreferences, readingStorageKey } from '../../../../renderer/features/coding/readingPreferences';

describe('reading preferences', () => {
  test('each project has its own entry', () => {
    expect(readingStorageKey('p1')).not.toBe(readingStorageKey('p2'));
  });

  test('what was stored is read back', () => {
    const stored = { width: 'narrow', reflow: { doc1: false, doc2: true } };
    expect(parseReadingPreferences(JSON.stringify(stored))).toEqual(stored);
  });

  test('nothing stored, or something unreadable, gives the defaults; unknown values are dropped', () => {
    expect(parseReadingPreferences(null)).toEqual(DEFAULT_READING);
    expect(parseReadingPreferences('{not json')).toEqual(DEFAULT_READING);
    expect(parseReadingPreferences('"narrow"')).toEqual(DEFAULT_READING);
    expect(parseReadingPreferences(JSON.stringify({ width: 'huge', reflow: { a: 'yes', b: true } }))).toEqual({ width: 'medium', reflow: { b: true } });
  });
});
