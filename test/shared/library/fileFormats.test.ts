import { describe, expect, test } from 'vitest';
import { formatOfFileName, isTableFile, SUPPORTED_EXTENSIONS, TABLE_EXTENSIONS } from '../../../shared/library/fileFormats';

describe('file formats, one list for main and the window', () => {
  test('.csv, .tsv and .xlsx are tables, in any case and in POSIX or Windows paths', () => {
    expect(TABLE_EXTENSIONS).toEqual(['csv', 'tsv', 'xlsx']);
    for (const path of ['/home/ana/wave1.tsv', 'C:\\Users\\Ana\\WAVE2.TSV', 'survey.CSV', '/data/panel.xlsx']) expect(isTableFile(path)).toBe(true);
    for (const path of ['/home/ana/notes.txt', '/data.csv/readme.md', 'C:\\tables.xlsx\\report.pdf', '/home/ana/.csv', 'csv']) expect(isTableFile(path)).toBe(false);
  });

  test('every table extension is one the import dialog offers and main reads', () => {
    for (const extension of TABLE_EXTENSIONS) {
      expect(SUPPORTED_EXTENSIONS).toContain(extension);
      expect(formatOfFileName(`answers.${extension}`)).not.toBeNull();
    }
  });
});
