// A file from an older format is brought up to today's through the chain of upgrade steps. Format 1
// is the first Framewise wrote, so the chain is exercised here with a synthetic format 0: the
// manifest named the project with flat fields, codings kept their offsets as a `range` pair, and
// there were no document sets.
import { describe, expect, test } from 'vitest';
import { FIRST_FORMAT_VERSION, FORMAT_UPGRADES, type FormatUpgrade } from '../../../shared/projectFile/formatUpgrades';
import { FORMAT_VERSION } from '../../../shared/projectFile/manifest';
import { readProjectFile } from '../../../shared/projectFile/readProjectFile';
import { TABLE_NAMES } from '../../../shared/projectFile/projectTables';
import { everyKindOfRow } from '../../fixtures/projectFile/everyKindOfRow';
import { asFormat2, editFile, editRows, savedCopy } from './editProjectFile';

const fromZero: FormatUpgrade = {
  from: 0,
  what: 'the project is named in one object; codings have start and end; document sets exist',
  upgrade: ({ manifest, tables }) => {
    const { projectId, projectName, ...rest } = manifest;
    return {
      manifest: { ...rest, project: { id: projectId, name: projectName }, counts: { ...(rest.counts as object), documentSets: 0 } },
      tables: {
        ...tables,
        codings: (tables.codings ?? []).map((row) => {
          const { range, ...coding } = row as { range: [number, number] };
          return { ...coding, start: range[0], end: range[1] };
        }),
        documentSets: [],
      },
    };
  },
};

/** Today's sample project, as the synthetic format 0 would have held it. */
function formatZeroFile(editCodings?: (rows: Array<Record<string, unknown>>) => void): Uint8Array {
  return editFile(
    savedCopy(),
    (entries, manifest) => {
      asFormat2(entries, manifest);
      const project = manifest.project as { id: string; name: string };
      Object.assign(manifest, { formatVersion: 0, projectId: project.id, projectName: project.name });
      delete manifest.project;
      delete manifest.entries['tables/documentSets.jsonl'];
      delete manifest.counts.documentSets;
      delete entries['tables/documentSets.jsonl'];
      // Nor saved queries, which format 2 added.
      delete manifest.entries['tables/savedQueries.jsonl'];
      delete manifest.counts.savedQueries;
      delete entries['tables/savedQueries.jsonl'];
      editRows(entries, 'codings', (rows) => {
        for (const row of rows) {
          row.range = [row.start, row.end];
          delete row.start;
          delete row.end;
        }
        editCodings?.(rows);
      });
    },
    { consistent: true },
  );
}

describe('format upgrades', () => {
  test('a format 0 file opens upgraded, every row as today writes it', () => {
    const result = readProjectFile(formatZeroFile(), { upgrades: [fromZero, ...FORMAT_UPGRADES] });
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    const expected = everyKindOfRow().tables;
    expected.documentSets = [];
    expected.savedQueries = [];
    for (const table of TABLE_NAMES) expect(result.project.tables[table], table).toEqual(expected[table]);
    expect(result.project.upgradedFrom).toBe(0);
    expect(result.project.manifest).toMatchObject({ formatVersion: FORMAT_VERSION, project: { name: 'Housing pledges 2017–2019' } });
  });

  test('a format nobody can upgrade any more is refused, saying what to do', () => {
    const result = readProjectFile(formatZeroFile());
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          kind: 'older-format',
          entry: 'manifest.json',
          message: 'It was written by an early Framewise (format 0) that this version can no longer upgrade (no step from format 0). Open it in an older Framewise and save a copy.',
        },
      ],
    });
  });

  test('a row the upgrade leaves wrong is named by the line it had in the file', () => {
    const result = readProjectFile(
      formatZeroFile((rows) => void (rows[3]!.range = ['7', 12])),
      { upgrades: [fromZero, ...FORMAT_UPGRADES] },
    );
    expect(result).toMatchObject({ ok: false, problems: [{ kind: 'bad-row', line: 4, field: 'start', message: 'tables/codings.jsonl, line 4: “start” should be a number, but is the text "7".' }] });
  });

  test('today\'s chain has a step from every format Framewise ever wrote', () => {
    for (let version = FIRST_FORMAT_VERSION; version < FORMAT_VERSION; version++) expect(FORMAT_UPGRADES.some((u) => u.from === version), `step from ${version}`).toBe(true);
  });
});
