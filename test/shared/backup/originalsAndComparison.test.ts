// The originals the library must keep, and the row-for-row check of a restored project.
import { describe, expect, test } from 'vitest';
import { compareProjects, describeComparison } from '../../../shared/backup/compareProjects';
import { originalsInUse, unusedOriginals } from '../../../shared/backup/originalsInUse';
import { readProjectFile } from '../../../shared/projectFile/readProjectFile';
import { writeProjectFile } from '../../../shared/projectFile/writeProjectFile';
import { everyKindOfRow, everyKindOfRowHeader } from '../../fixtures/projectFile/everyKindOfRow';

const a = `${'a'.repeat(64)}.pdf`;
const b = `${'b'.repeat(64)}.txt`;
const c = `${'c'.repeat(64)}.docx`;
const d = `${'d'.repeat(64)}.html`;

describe('originals in use', () => {
  test('the library keeps what a project or a kept backup refers to, and nothing else is protected', () => {
    const inUse = originalsInUse([{ documents: [{ storedName: a }, { storedName: '' }] }, { documents: [{ storedName: b }] }], [{ originals: [b, c] }]);
    expect([...inUse].sort()).toEqual([a, b, c]);
    expect(unusedOriginals([a, b, c, d], inUse)).toEqual([d]);
  });

  test('an original deleted from every project stays while a kept backup needs it', () => {
    const inUse = originalsInUse([{ documents: [] }], [{ originals: [c] }]);
    expect(unusedOriginals([c], inUse)).toEqual([]);
  });
});

describe('comparing two projects row for row', () => {
  test('a project and the same project read back from its backup are the same', () => {
    const { tables, originals } = everyKindOfRow();
    const read = readProjectFile(writeProjectFile({ header: everyKindOfRowHeader(), tables, originals }).bytes);
    if (!read.ok) throw new Error('not read');
    const comparison = compareProjects(tables, read.project.tables, { expected: originals, actual: read.project.originals });
    expect(comparison).toEqual({ same: true, differences: [], originals: [] });
    expect(describeComparison(comparison)).toBe('The two projects are the same.');
  });

  test('a missing, an extra and a changed row, and a changed original, are each reported', () => {
    const { tables, originals } = everyKindOfRow();
    const other = everyKindOfRow();
    other.tables.codings.pop();
    other.tables.memos.push({ ...other.tables.memos[0]!, id: 'm-new' });
    other.tables.codes[1] = { ...other.tables.codes[1]!, name: 'Employment', color: '#000000' };
    const changedOriginal = [...other.originals.keys()][0]!;
    other.originals.set(changedOriginal, new Uint8Array([1, 2, 3]));
    const comparison = compareProjects(tables, other.tables, { expected: originals, actual: other.originals });
    expect(comparison.same).toBe(false);
    expect(comparison.differences).toEqual([
      { table: 'codes', key: 'code-jobs', kind: 'changed', fields: ['color', 'name'] },
      { table: 'codings', key: 'k-11', kind: 'missing' },
      { table: 'memos', key: 'm-new', kind: 'extra' },
    ]);
    expect(comparison.originals).toEqual([changedOriginal]);
    expect(describeComparison(comparison)).toBe('The projects differ in 1 code, 1 coding, 1 memo, 1 original.');
  });
});
