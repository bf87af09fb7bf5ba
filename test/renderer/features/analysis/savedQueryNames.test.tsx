// @vitest-environment jsdom
// Saving Retrieve's query under a name, over a real project database: a name another saved query
// already has is not silently taken over (that query would be gone without a word), and the query
// saved becomes the one shown, so the list marks it and the exports carry its name.
import { act, useState } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { commitChange } from '../../../../renderer/db/changes';
import { listSavedQueries } from '../../../../renderer/db/savedQueries';
import { saveQueryChange } from '../../../../shared/changes/savedQueryChanges';
import { EMPTY_RETRIEVE_QUERY, type RetrieveQuery } from '../../../../shared/retrieve/retrieveQuery';
import { freshProject } from '../../db/projectDb';
import { projectValue, screen, settle, KIM, type Screen } from '../memos/memoHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
const { SavedQueries } = await import('../../../../renderer/features/analysis/SavedQueries');

const minting = { now: '2026-03-01T00:00:00.000Z', newId: () => crypto.randomUUID() };
const criticism: RetrieveQuery = { ...EMPTY_RETRIEVE_QUERY, codeIds: ['criticism'] };
const pledge: RetrieveQuery = { ...EMPTY_RETRIEVE_QUERY, codeIds: ['pledge'] };

let db: ProjectDatabase;
let view: Screen;
let shown: RetrieveQuery;
beforeEach(async () => {
  db = await freshProject();
  await commitChange(db, saveQueryChange('Criticism', criticism, [], minting), { coderId: KIM.id });
  project.value = projectValue(db);
  view = screen();
});
afterEach(async () => {
  await view.unmount();
  db.close();
});

/** Retrieve's query as the place holds it: what the saved-queries fieldset loads replaces it. */
function Place({ initial }: { initial: RetrieveQuery }) {
  const [query, setQuery] = useState(initial);
  shown = query;
  return <SavedQueries query={query} onLoad={setQuery} />;
}

const nameField = () => view.host.querySelector<HTMLInputElement>('input[type="text"]')!;
const button = (name: string) => [...view.host.querySelectorAll('button')].find((b) => b.textContent === name) ?? null;
async function typeName(text: string) {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(nameField(), text);
    nameField().dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const savedNamed = async (name: string) => (await listSavedQueries(db)).queries.find((q) => q.name === name)?.query;

describe('saving under a name another saved query has', () => {
  test('asks first, and leaves that query as it was until the researcher confirms', async () => {
    await view.render(<Place initial={pledge} />);
    await settle();
    await typeName('criticism');
    await act(async () => button('Save query')!.click());
    await settle();
    expect((await savedNamed('Criticism'))?.codeIds).toEqual(['criticism']);
    expect(view.host.textContent).toMatch(/already named “Criticism”/);

    await act(async () => button('Replace “Criticism”')!.click());
    await vi.waitFor(async () => expect((await savedNamed('criticism'))?.codeIds).toEqual(['pledge']));
    expect((await listSavedQueries(db)).queries).toHaveLength(1);
  });

  test('saving the query loaded under its own name again needs no question', async () => {
    await view.render(<Place initial={{ ...criticism, name: 'Criticism', withSubcodes: true }} />);
    await settle();
    await act(async () => button('Save query')!.click());
    await vi.waitFor(async () => expect((await savedNamed('Criticism'))?.withSubcodes).toBe(true));
    expect(button('Replace “Criticism”')).toBeNull();
  });
});

test('the query just saved becomes the one shown, marked in the list', async () => {
  await view.render(<Place initial={pledge} />);
  await settle();
  await typeName('Pledges');
  await act(async () => button('Save query')!.click());
  await vi.waitFor(() => expect(shown.name).toBe('Pledges'));
  await vi.waitFor(() => expect(button('Pledges')?.getAttribute('aria-current')).toBe('true'));
});

test('a loaded query changed since is not marked as the saved one', async () => {
  await view.render(<Place initial={{ ...criticism, name: 'Criticism', withSubcodes: true }} />);
  await settle();
  expect(button('Criticism')?.getAttribute('aria-current')).toBeNull();
});
