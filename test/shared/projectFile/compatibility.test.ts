// Every Framewise must open the project files earlier versions wrote, backups on a researcher's disk
// among them. One fixture per format was written by that format's writer
// (test/fixtures/projectFile/writeFormatFixture.ts); this test fails the day a change stops one of them
// opening, or makes it open as anything but the rows it holds, and the day a new format has no fixture.
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sha256Hex } from '../../../shared/hash/sha256';
import { FORMAT_VERSION } from '../../../shared/projectFile/manifest';
import { readProjectFile } from '../../../shared/projectFile/readProjectFile';
import { readZipEntries } from '../../../shared/projectFile/zipEntries';
import { TABLE_NAMES } from '../../../shared/projectFile/projectTables';
import { FORMAT_VERSIONS, formatFixtureName, formatFixturePath, readFormatFixture, rowsReadFrom } from '../../fixtures/projectFile/formatFixtures';

/** Each committed fixture's SHA-256: regenerate none of them (their writers are gone). */
const PINNED: Record<number, string> = {
  1: 'ae38c7baf925544df882059148cd130e13d3944da997ef93271b22184b9d899b',
  2: '0d383be64a592cdfb468f4caad48b852353ecaaf825e8ca3b509565dd1565932',
  3: '96da0647311af721e9df2b7f146c7f877b99f1ef8177a86eba320e31d98985bf',
};

test('every format from the first to today\'s has its fixture', () => {
  for (const version of FORMAT_VERSIONS) {
    expect(existsSync(formatFixturePath(version)), `${formatFixtureName(version)} (write it with writeFormatFixture.ts)`).toBe(true);
    expect(PINNED[version], `the pinned SHA-256 of format ${version}'s fixture`).toBeDefined();
  }
});

describe.each(Object.keys(PINNED).map(Number))('a project file written by format %i', (version) => {
  const { bytes, expected } = readFormatFixture(version);

  test('is the committed fixture, unchanged', () => {
    expect(sha256Hex(bytes)).toBe(PINNED[version]);
  });

  test('opens in today\'s Framewise with exactly the rows and originals it holds', () => {
    const result = readProjectFile(bytes);
    if (!result.ok) throw new Error(`The format ${version} fixture no longer opens:\n${result.problems.map((p) => p.message).join('\n')}`);
    const { project } = result;
    // A table a later format added (saved queries, format 2) opens empty from an older file.
    const rows = rowsReadFrom(version, expected.tables);
    for (const table of TABLE_NAMES) expect(project.tables[table], table).toEqual(rows[table]);
    expect(project.upgradedFrom).toBe(version < FORMAT_VERSION ? version : null);
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
    if (version >= 2) expect(tables.savedQueries.length).toBeGreaterThan(0);
  });
});

test('the format 3 fixture holds codings without the quotes their texts hold, which the reader puts back', () => {
  const reading = readZipEntries(readFormatFixture(3).bytes);
  if (!reading.ok) throw new Error('the format 3 fixture is not a readable zip');
  const codings = new TextDecoder().decode(reading.entries.get('tables/codings.jsonl')).trim().split('\n').map((line) => JSON.parse(line) as object);
  expect(codings.length).toBeGreaterThan(0);
  expect(codings.filter((coding) => 'quote' in coding)).toEqual([]);
});
