// What Retrieve's exports are called and what the status line says they hold: the count is the one
// the place shows (a passage listed in two sets' columns is one passage), and a saved query's name is
// given to the file only while the query is still what was saved under it.
import { describe, expect, test } from 'vitest';
import { retrieveCsvExport, queryAsExported, type RetrieveExportSource } from '../../../../renderer/features/analysis/retrieveExports';
import { EMPTY_RETRIEVE_QUERY, type RetrieveQuery } from '../../../../shared/retrieve/retrieveQuery';
import { retrieveColumns } from '../../../../shared/retrieve/retrieveColumns';
import type { SavedQueryRecord } from '../../../../shared/retrieve/savedQueryRecord';
import { code, codingOf, doc, project, set } from '../../../shared/analysis/fixtures';

const A = 'We will end cash bail.';
const B = 'We will close the jail.';
const { index } = project({
  documents: [doc('a', 0, A), doc('b', 1, B)],
  codes: [code('pledge', 'pledge')],
  codings: [codingOf(A, 'a', 'pledge', A), codingOf(B, 'b', 'pledge', B)],
  sets: [set('s1', 'Courts', ['a', 'b']), set('s2', 'Jails', ['b'])],
  texts: { a: A, b: B },
});
const pledges: RetrieveQuery = { ...EMPTY_RETRIEVE_QUERY, name: 'Pledges', codeIds: ['pledge'] };
const savedPledges: SavedQueryRecord = { id: 'q1', name: 'Pledges', query: pledges, createdAt: '', updatedAt: '' };

function source(query: RetrieveQuery, grouped: boolean): RetrieveExportSource {
  return { projectName: 'Bail study', index, codingMemos: new Map(), query, result: retrieveColumns(index, query, grouped ? { kind: 'sets', setIds: [] } : { kind: 'none' }), grouped };
}

describe('the status line after an export', () => {
  test('counts passages as the place does, not once per column they are listed in', async () => {
    const prepared = await retrieveCsvExport(source(pledges, true), false).prepare();
    // "We will close the jail." is in both sets: 3 listings, 2 passages (the place says "2 passages").
    expect(prepared.saved({ path: '/out/p.csv', fileName: 'p.csv', bytes: 1 })).toBe('Exported 2 retrieved passages (3 listings across the groups) to /out/p.csv.');
    const alone = await retrieveCsvExport(source(pledges, false), false).prepare();
    expect(alone.saved({ path: '/out/p.csv', fileName: 'p.csv', bytes: 1 })).toBe('Exported 2 retrieved passages to /out/p.csv.');
  });
});

describe('the name a saved query gives the file', () => {
  test('is the saved name while the query is unchanged', async () => {
    const query = queryAsExported(pledges, [savedPledges]);
    expect((await retrieveCsvExport(source(query, false), false).prepare()).file.suggestedName).toBe('Pledges retrieved passages.csv');
  });

  test('says the query was changed after it was loaded', async () => {
    const query = queryAsExported({ ...pledges, withSubcodes: true }, [savedPledges]);
    expect(query.name).toBe('Pledges (changed)');
    expect((await retrieveCsvExport(source(query, false), false).prepare()).file.suggestedName).toBe('Pledges (changed) retrieved passages.csv');
  });

  test('an unsaved query is named after the project', async () => {
    const query = queryAsExported({ ...pledges, name: '' }, [savedPledges]);
    expect((await retrieveCsvExport(source(query, false), false).prepare()).file.suggestedName).toBe('Bail study retrieved passages.csv');
  });
});
