// A manifest that only fills empty values destroys nothing; one that replaces values does, and the
// backup before it is taken only then.
import { describe, expect, test } from 'vitest';
import { overwrittenValues } from '../../../shared/changes/overwrittenValues';
import type { Change } from '../../../shared/changes/change';
import type { DocumentRecord } from '../../../shared/model';

const doc = (patch: Partial<DocumentRecord>): DocumentRecord =>
  ({ id: 'd1', title: 'Council', format: 'txt', fileName: 'c.txt', storedName: '', sha256: 'a'.repeat(64), order: 0, importedAt: '', length: 1, words: 1, extraction: {}, author: '', date: '', source: '', url: '', attributes: {}, ...patch }) as DocumentRecord;

const edit = (before: DocumentRecord, after: DocumentRecord): Change => ({ label: 'Manifest applied', changes: [{ table: 'documents', key: before.id, before, after }] });

describe('values a change to documents overwrites', () => {
  test('filling empty fields and new attributes overwrites nothing', () => {
    expect(overwrittenValues(edit(doc({}), doc({ author: 'Ana', attributes: { leaning: 'left' } })))).toBe(0);
  });

  test('each field or attribute that held another value counts once', () => {
    expect(overwrittenValues(edit(doc({ author: 'Ana', attributes: { leaning: 'left', year: 2017 } }), doc({ author: 'Ben', attributes: { leaning: 'right', year: 2017 } })))).toBe(2);
  });

  test('created or deleted rows and other tables count nothing', () => {
    const created: Change = { label: 'x', changes: [{ table: 'documents', key: 'd1', before: null, after: doc({}) }] };
    expect(overwrittenValues(created)).toBe(0);
  });
});
