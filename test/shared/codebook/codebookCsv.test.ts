import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { CODEBOOK_COLUMNS, codebookToCsv, parseCodebookCsv } from '../../../shared/codebook/codebookCsv';
import { planCodebookImport } from '../../../shared/codebook/codebookImport';
import { codeTree } from '../../../shared/codebook/codeTree';
import type { CodeRecord } from '../../../shared/model';
import { code, counter, replay } from './fixtures';

const codebook = (): CodeRecord[] => [
  code('f', 'framing', null, 0, { color: '#7c3aed', definition: 'How a source frames the subject.' }),
  code('e', 'economy', 'f', 0, {
    color: '#16a34a',
    definition: 'Jobs, prices, "growth"',
    inclusion: 'Wages, rents,\nbudgets',
    exclusion: 'Crime statistics',
    example: '“Rents rose 31 percent.”',
  }),
  code('c', 'claim/fact', null, 1, { color: '#dc2626' }),
];

const shape = (codes: readonly CodeRecord[]) =>
  codeTree(codes).map(({ code: c, depth }) => ({ depth, name: c.name, color: c.color, definition: c.definition, inclusion: c.inclusion, exclusion: c.exclusion, example: c.example }));

function importInto(codes: CodeRecord[], csv: string) {
  const plan = planCodebookImport(codes, parseCodebookCsv(csv), 'Codebook imported', counter());
  return { plan, codes: replay({ codes, codings: [], memos: [] }, plan.change).codes };
}

describe('codebook CSV', () => {
  test('exports one row per code in tree order, with paths a spreadsheet can read', () => {
    const csv = codebookToCsv(codebook());
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CODEBOOK_COLUMNS]);
    expect(parsed.data.map((r) => [r.name, r.path, r.parent_path, r.color])).toEqual([
      ['framing', 'framing', '', '#7c3aed'],
      ['economy', 'framing > economy', 'framing', '#16a34a'],
      ['claim/fact', 'claim/fact', '', '#dc2626'],
    ]);
    expect(parsed.data[1]!.inclusion).toBe('Wages, rents,\nbudgets');
  });

  test('round trip: importing the export into an empty project rebuilds the same codebook', () => {
    const { plan, codes } = importInto([], codebookToCsv(codebook()));
    expect(plan.problems).toEqual([]);
    expect(plan).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    expect(shape(codes)).toEqual(shape(codebook()));
  });

  test('importing the export into its own project changes nothing', () => {
    const { plan } = importInto(codebook(), codebookToCsv(codebook()));
    expect(plan).toMatchObject({ created: 0, updated: 0, unchanged: 3, problems: [] });
    expect(plan.change.changes).toEqual([]);
  });

  test('merges by path: existing codes take the new texts, new codes go under their parents, none is lost', () => {
    const csv = [
      'name,parent_path,definition,color',
      'jobs,framing > economy,Employment,#0891b2', // its parent comes first here
      'economy,framing,"Jobs, prices and growth",',
      'housing,framing > economy,,#ABC',
    ].join('\n');
    const { plan, codes } = importInto(codebook(), csv);
    expect(plan).toMatchObject({ created: 2, updated: 1, unchanged: 0, problems: [] });
    expect(codeTree(codes).map((e) => `${'  '.repeat(e.depth)}${e.code.name}`)).toEqual(['framing', '  economy', '    jobs', '    housing', 'claim/fact']);
    const economy = codes.find((c) => c.id === 'e')!;
    // The empty colour cell leaves the colour; the other fields the file lacks stay as they were.
    expect(economy).toMatchObject({ definition: 'Jobs, prices and growth', color: '#16a34a', example: '“Rents rose 31 percent.”' });
    expect(codes.find((c) => c.name === 'housing')!.color).toBe('#aabbcc');
  });

  test('rows it cannot use are reported with their row number and reason, and the rest is imported', () => {
    const csv = [
      'name,path,parent_path,color',
      ',x,,#000000',
      'orphan,ghost > orphan,ghost,#000000',
      'tone,tone,,blue',
      'Tone,Tone,,#111111',
      'fine,fine,,',
    ].join('\r\n');
    const { plan, codes } = importInto([], csv);
    expect(plan.problems).toEqual([
      { row: 2, message: 'it has no name; the row was skipped.' },
      { row: 3, message: 'its parent “ghost” is neither in the project nor in the file; “orphan” was skipped.' },
      { row: 4, message: '“blue” is not a colour (use #rrggbb); “tone” was imported without it.' },
      { row: 5, message: '“Tone” is already on row 4; this row was skipped.' },
    ]);
    expect(codes.map((c) => c.name).sort()).toEqual(['fine', 'tone']);
  });

  test('reads a tab-separated file with a byte-order mark and column names in any case', () => {
    const { plan, codes } = importInto([], '\uFEFFName\tPath\tDefinition\nframing\tframing\tHow\neconomy\tframing > economy\tMoney\n');
    expect(plan.problems).toEqual([]);
    expect(codeTree(codes).map((e) => [e.depth, e.code.name, e.code.definition])).toEqual([
      [0, 'framing', 'How'],
      [1, 'economy', 'Money'],
    ]);
  });

  test('a file without a name column is refused as a whole', () => {
    expect(() => parseCodebookCsv('code,colour\npledge,#000000\n')).toThrow('it has no “name” column');
  });
});
