// Every Framewise must open the project files earlier versions wrote. The fixture was written by the
// first format's writer (test/fixtures/projectFile/writeFormat1Fixture.ts); this test fails the day a
// change stops it opening, or makes it open as anything but the rows it holds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sha256Hex } from '../../../shared/hash/sha256';
import { readProjectFile } from '../../../shared/projectFile/readProjectFile';
import { TABLE_NAMES, TABLES_ADDED, type ProjectTables } from '../../../shared/projectFile/projectTables';

const fixtures = join(import.meta.dirname, '../../fixtures/projectFile');
const bytes = new Uint8Array(readFileSync(join(fixtures, 'framewise-format-1.framewise')));
const expected = JSON.parse(readFileSync(join(fixtures, 'framewise-format-1.expected.json'), 'utf8')) as { tables: ProjectTables; originals: Record<string, string> };

describe('a project file written by format 1', () => {
  test('is the committed fixture, unchanged (regenerate it only on purpose, and this hash with it)', () => {
    expect(sha256Hex(bytes)).toBe('ae38c7baf925544df882059148cd130e13d3944da997ef93271b22184b9d899b');
  });

  test('opens in today\'s Framewise with exactly the rows and originals it holds', () => {
    const result = readProjectFile(bytes);
    if (!result.ok) throw new Error(`The format 1 fixture no longer opens:\n${result.problems.map((p) => p.message).join('\n')}`);
    const { project } = result;
    // A table a later format added (saved queries, format 2) opens empty.
    for (const table of TABLE_NAMES) expect(project.tables[table], table).toEqual(TABLES_ADDED[table] ? [] : expected.tables[table]);
    expect(project.upgradedFrom).toBe(1);
    expect(Object.fromEntries([...project.originals].map(([name, content]) => [name, sha256Hex(content)]))).toEqual(expected.originals);
    expect(project.manifest).toMatchObject({
      project: { id: '6f1c2a7e-0d7b-4c1e-9a53-3f5b8e2d9c10', name: 'Housing pledges 2017–2019' },
      appVersion: '0.1.0',
      schemaVersion: 4,
      writtenAt: '2026-03-05T17:42:10.500Z',
      writtenBy: { coderId: 'c0de0000-0000-4000-8000-00000000a0a0', name: 'Ana Ruiz' },
    });
  });

  test('holds every kind of row the format knows', () => {
    const { tables } = expected;
    expect(new Set(tables.documents.map((d) => d.format))).toEqual(new Set(['txt', 'md', 'html', 'docx', 'odt', 'csv']));
    expect(tables.codes.some((c) => c.parentId !== null && tables.codes.find((p) => p.id === c.parentId)!.parentId !== null)).toBe(true);
    expect(new Set(tables.codings.map((c) => c.coderId)).size).toBe(2);
    expect(new Set(tables.memos.map((m) => m.targetType))).toEqual(new Set(['project', 'document', 'code', 'coding']));
    expect(new Set(tables.attributeDefinitions.map((a) => a.type))).toEqual(new Set(['text', 'number', 'date', 'boolean']));
    expect(new Set(tables.operations.map((o) => o.kind))).toEqual(new Set(['change', 'undo', 'redo', 'irreversible']));
    expect(tables.documentSets.length).toBeGreaterThan(0);
  });
});
