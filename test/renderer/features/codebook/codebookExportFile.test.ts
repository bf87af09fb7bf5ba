// The codebook export as the codebook menu runs it: the file it hands to the save dialog, and what the
// status line says once it is written.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { createCode } from '../../../../renderer/db/codes';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { codebookExport } from '../../../../renderer/features/codebook/codebookTransfer';
import { freshProject } from '../../db/projectDb';

let db: ProjectDatabase;
beforeEach(async () => {
  db = await freshProject();
});
afterEach(() => db.delete());

describe('exporting the codebook', () => {
  test('the status line counts one code as one code', async () => {
    await createCode(db, { name: 'pledge', parentId: null }, 'coder-kim');
    const { saved } = await codebookExport(db, 'Housing study').prepare();
    expect(saved({ path: '/out/Housing study codebook.csv', fileName: 'Housing study codebook.csv', bytes: 100 })).toBe(
      'Exported 1 code to /out/Housing study codebook.csv.',
    );
  });

  test('a code named as a spreadsheet formula is written as text', async () => {
    await createCode(db, { name: '=HYPERLINK("http://evil.example","x")', parentId: null }, 'coder-kim');
    const { file } = await codebookExport(db, 'Housing study').prepare();
    const [, row] = Papa.parse<string[]>(String(file.content), { skipEmptyLines: true }).data;
    expect(row![0]).toBe('\'=HYPERLINK("http://evil.example","x")');
  });
});
