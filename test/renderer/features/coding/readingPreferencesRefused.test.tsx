// @vitest-environment jsdom
// When the window's storage refuses a reading preference (full, or denied), the choice holds for the
// session, as readingPreferences.ts promises: a later change (another document reflowed) keeps it.
import { act } from 'react';
import { afterEach, expect, test } from 'vitest';
import { useReadingPreferences, type ReadingPreferences } from '../../../../renderer/features/coding/readingPreferences';
import { screen, type Screen } from '../memos/memoHarness';

let view: Screen;
afterEach(async () => {
  await view.unmount();
});

test('a width the storage refused stays chosen when the reader then reflows a document', async () => {
  const refusing = {
    getItem: () => null,
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };
  let shown: ReadingPreferences | null = null;
  let change: ((c: (p: ReadingPreferences) => ReadingPreferences) => void) | null = null;
  function Reader() {
    [shown, change] = useReadingPreferences('project-1', refusing);
    return null;
  }
  view = screen();
  await view.render(<Reader />);
  await act(async () => change!((p) => ({ ...p, width: 'narrow' })));
  expect(shown!.width).toBe('narrow');
  await act(async () => change!((p) => ({ ...p, reflow: { ...p.reflow, doc1: true } })));
  expect(shown).toEqual({ width: 'narrow', reflow: { doc1: true } });
});
