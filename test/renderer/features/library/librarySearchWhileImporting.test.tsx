// @vitest-environment jsdom
// The library's search while documents arrive (an import in batches): a search over the earlier
// documents that answers late must not replace the answer over all of them, or documents that match
// stay hidden from the list until something else changes.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useEffect } from 'react';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { addImportedDocuments } from '../../../../renderer/db/documents';
import { importedDocument } from '../../../fixtures/importedDocument';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, settle, type Screen } from '../memos/memoHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
// Coding counts come from the project's counts store, which needs the whole workspace; none here.
vi.mock('../../../../renderer/features/counts/useCodingCounts', () => ({ useDocumentCodingCounts: () => new Map() }));
import { useShownRows } from '../../../../renderer/features/library/useShownRows';

function ShownTitles() {
  const { shown, update } = useShownRows();
  useEffect(() => update('query', 'housing'), [update]);
  return <ul>{shown.map((row) => <li key={row.doc.id}>{row.doc.title}</li>)}</ul>;
}

const titles = () => [...view.host.querySelectorAll('li')].map((li) => li.textContent);

/** Lets live queries, the search's pause and its reads go on until `done` (however slow the machine). */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done(); waited += 50) {
    if (waited > 10_000) throw new Error('Gave up waiting');
    await settle(50);
  }
}

let db: ProjectDatabase;
let view: Screen;
beforeEach(async () => {
  db = await freshProject();
  project.value = { ...projectValue(db), project: { id: crypto.randomUUID(), name: 'Housing study' } };
  view = screen();
});
afterEach(async () => {
  await view.unmount();
  db.close();
});

test('a search over the first documents that answers after the search over all of them does not hide the later ones', async () => {
  await addImportedDocuments(db, [importedDocument('Courier', { text: 'The housing crisis.' })]);
  // The first read of texts (the first search's) is slow: it answers only when let go.
  let letGo = () => {};
  const held = new Promise<void>((resolve) => (letGo = resolve));
  const bulkGet = db.texts.bulkGet.bind(db.texts);
  let reads = 0;
  const slowFirst = async (keys: string[]) => {
    const answer = await bulkGet(keys);
    if (reads++ === 0) await held;
    return answer;
  };
  vi.spyOn(db.texts, 'bulkGet').mockImplementation(slowFirst as unknown as typeof db.texts.bulkGet);

  await view.render(<ShownTitles />);
  await until(() => reads === 1);
  // The second batch arrives while the first search is still reading; the search over all three answers.
  await addImportedDocuments(db, [importedDocument('Ledger', { text: 'Housing policy, again.' }), importedDocument('Gazette', { text: 'Nothing here.' })]);
  await until(() => titles().length === 2);
  expect(titles()).toEqual(['Courier', 'Ledger']);

  // Then the first search answers, over Courier alone.
  letGo();
  await settle(100);
  expect(titles()).toEqual(['Courier', 'Ledger']);
});
