// A project file leaves out what its other rows hold (a coding's quote that is its text's passage, a
// logged row that is its table's row) and puts it back on reading: the rows restore equal, row for row
// and field for field, and files that wrote everything out (format 2) keep opening.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { readProjectFile } from '../../../shared/projectFile/readProjectFile';
import { writeProjectFile } from '../../../shared/projectFile/writeProjectFile';
import { TABLE_NAMES, type ProjectTables } from '../../../shared/projectFile/projectTables';
import { everyKindOfRow, everyKindOfRowHeader } from '../../fixtures/projectFile/everyKindOfRow';
import { largeProject } from './largeProject';
import { asFormat2, editFile, editRows, savedCopy } from './editProjectFile';

function readOk(bytes: Uint8Array) {
  const result = readProjectFile(bytes);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.project;
}

function rowsInFile(bytes: Uint8Array, table: string): Array<Record<string, unknown>> {
  return strFromU8(unzipSync(bytes)[`tables/${table}.jsonl`]!).split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

/** The project with a coding whose quote, and one whose context, is not its text's (its document re-imported with a typo fixed, say). */
function withStaleQuote(): ProjectTables {
  const { tables } = everyKindOfRow();
  tables.codings[4] = { ...tables.codings[4]!, quote: 'wages did nto' };
  tables.codings[5] = { ...tables.codings[5]!, prefix: 'an older sentence. ' };
  return tables;
}

describe('what a project file leaves out', () => {
  test('a quote and context that are the text\'s are left out (the context as its length), others are kept, and all come back exactly', () => {
    const tables = withStaleQuote();
    const bytes = writeProjectFile({ header: everyKindOfRowHeader(), tables }).bytes;

    const inFile = rowsInFile(bytes, 'codings');
    expect(inFile.filter((row) => 'quote' in row).map((row) => [row.id, row.quote])).toEqual([['k-5', 'wages did nto']]);
    expect(inFile.filter((row) => typeof row.prefix === 'string').map((row) => [row.id, row.prefix])).toEqual([['k-6', 'an older sentence. ']]);
    expect(inFile.every((row) => typeof row.suffix === 'number')).toBe(true);
    const project = readOk(bytes);
    expect(project.tables.codings).toEqual(tables.codings);
    // Field for field, in the order the app writes them.
    expect(project.tables.codings.map((c) => Object.keys(c))).toEqual(tables.codings.map((c) => Object.keys(c)));
    expect(project.tables.codings[4]!.quote).toBe('wages did nto');
    expect(project.tables.codings[3]!.quote).toBe('Rents rose again 🙂');
  });

  test('a logged row that is its table\'s row is left out; one that is not (an earlier state, a deleted row) is kept', () => {
    const { tables } = everyKindOfRow();
    const bytes = writeProjectFile({ header: everyKindOfRowHeader(), tables }).bytes;

    const log = rowsInFile(bytes, 'operations').map((op) => op.changes as Array<Record<string, unknown>>);
    // The coding applied, undone and redone: its row is the codings table's.
    expect(log[0]![0]).toEqual({ table: 'codings', key: 'k-1', before: null });
    expect(log[1]![0]).toEqual({ table: 'codings', key: 'k-1', after: null });
    // A deleted document's row is in no table; a document edited since keeps its earlier state.
    expect(log[3]![0]!.before).toMatchObject({ id: 'doc-deleted' });
    expect(Object.keys(log[4]![1]!)).toEqual(['table', 'key', 'before']);

    const project = readOk(bytes);
    for (const table of TABLE_NAMES) expect(project.tables[table], table).toEqual(tables[table]);
    // The log's row and the table's row come back as two objects: changing one leaves the other.
    const logged = project.tables.operations[0]!.changes[0]!.after!;
    expect(logged).toEqual(project.tables.codings[0]);
    expect(logged).not.toBe(project.tables.codings[0]);
  });

  test('a project coded by hand is written in less than half the bytes of its rows written out', () => {
    const tables = largeProject(10, 500, 300);
    const { manifest } = writeProjectFile({ header: everyKindOfRowHeader(), tables });
    const written = (table: string) => manifest.entries[`tables/${table}.jsonl`]!.bytes;
    const whole = (rows: unknown[]) => new TextEncoder().encode(rows.map((row) => JSON.stringify(row) + '\n').join('')).length;
    expect(written('codings') + written('operations')).toBeLessThan((whole(tables.codings) + whole(tables.operations)) / 2);
    expect(readOk(writeProjectFile({ header: everyKindOfRowHeader(), tables }).bytes).tables).toEqual(tables);
  }, 30_000);

  test('a format 2 file, with every quote and logged row written out, opens upgraded to the same rows', () => {
    const tables = withStaleQuote();
    const format2 = editFile(writeProjectFile({ header: everyKindOfRowHeader(), tables }).bytes, asFormat2, { consistent: true });
    expect(rowsInFile(format2, 'codings').every((row) => typeof row.quote === 'string')).toBe(true);

    const project = readOk(format2);
    expect(project.upgradedFrom).toBe(2);
    expect(project.manifest.formatVersion).toBe(3);
    for (const table of TABLE_NAMES) expect(project.tables[table], table).toEqual(tables[table]);
  });

  test('a format 2 file whose coding lost its quote is refused, not given one', () => {
    const damaged = editFile(savedCopy(), (entries, manifest) => {
      asFormat2(entries, manifest);
      editRows(entries, 'codings', (rows) => void delete rows[0]!.quote);
    }, { consistent: true });
    expect(readProjectFile(damaged)).toMatchObject({ ok: false, problems: [{ kind: 'bad-row', line: 1, field: 'quote', message: 'tables/codings.jsonl, line 1: “quote” is missing.' }] });
  });

  test('a logged change whose row its table no longer holds is refused, naming the line', () => {
    const damaged = editFile(savedCopy(), (entries) => {
      editRows(entries, 'codings', (rows) => void rows.splice(0, 1));
      editRows(entries, 'memos', (rows) => void rows.splice(4, 1));
    }, { consistent: true });
    expect(readProjectFile(damaged)).toEqual({
      ok: false,
      problems: [
        { kind: 'dangling-reference', entry: 'tables/operations.jsonl', table: 'operations', line: 1, field: 'changes[0].after', message: 'tables/operations.jsonl, line 1: a logged change leaves “changes[0].after” to the coding k-1 of the file, which it does not hold: the file is damaged.' },
        { kind: 'dangling-reference', entry: 'tables/operations.jsonl', table: 'operations', line: 2, field: 'changes[0].before', message: 'tables/operations.jsonl, line 2: a logged change leaves “changes[0].before” to the coding k-1 of the file, which it does not hold: the file is damaged.' },
        { kind: 'dangling-reference', entry: 'tables/operations.jsonl', table: 'operations', line: 3, field: 'changes[0].after', message: 'tables/operations.jsonl, line 3: a logged change leaves “changes[0].after” to the coding k-1 of the file, which it does not hold: the file is damaged.' },
      ],
    });
  });
});
