// A project written to a project file and read back is the same project: every row of every table,
// every id, every original's bytes.
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { readProjectFile } from '../../../shared/projectFile/readProjectFile';
import { ProjectFileWriter, writeProjectFile } from '../../../shared/projectFile/writeProjectFile';
import { streamProjectFile } from '../../../shared/projectFile/streamProjectFile';
import { TABLE_NAMES, type ProjectTables } from '../../../shared/projectFile/projectTables';
import { everyKindOfRow, everyKindOfRowHeader, PROJECT_ID } from '../../fixtures/projectFile/everyKindOfRow';
import { standingDecisions } from '../../../shared/agreement/adjudicationLog';

function readOk(bytes: Uint8Array) {
  const result = readProjectFile(bytes);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.project;
}

describe('project file round trip', () => {
  test('a saved copy opens with every table equal row for row and every original byte-identical', () => {
    const { tables, originals } = everyKindOfRow();
    const { bytes, manifest } = writeProjectFile({ header: everyKindOfRowHeader(), tables, originals });
    const project = readOk(bytes);

    for (const table of TABLE_NAMES) expect(project.tables[table], table).toEqual(tables[table]);
    expect([...project.originals.keys()].sort()).toEqual([...originals.keys()].sort());
    for (const [name, original] of originals) expect(Buffer.from(project.originals.get(name)!).equals(Buffer.from(original)), name).toBe(true);
    expect(project.manifest).toEqual(manifest);
    expect(project.upgradedFrom).toBeNull();
  });

  test('adjudication progress and blind mode travel with the project: decisions in the log, the flag on codings', () => {
    const { tables, originals } = everyKindOfRow();
    const [first, ...rest] = tables.codings;
    const decision = { id: 'op-settled', at: '2026-03-05T17:40:00.000Z', coderId: tables.coders[0]!.id, label: 'Disagreement settled: no coding kept', kind: 'change' as const, changes: [], docIds: [first!.docId], codeIds: [first!.codeId], adjudication: { disagreementId: 'dis-1', words: 'no coding kept' } };
    const changed = { ...tables, codings: [{ ...first!, blind: true }, ...rest], operations: [...tables.operations, decision] };
    const project = readOk(writeProjectFile({ header: everyKindOfRowHeader(), tables: changed, originals }).bytes);
    expect(project.tables.codings[0]!.blind).toBe(true);
    expect([...standingDecisions(project.tables.operations)]).toEqual([['dis-1', { disagreementId: 'dis-1', words: 'no coding kept' }]]);
  });

  test('ids, emoji, line breaks and a lone surrogate in a memo come back exactly', () => {
    const { tables, originals } = everyKindOfRow();
    const project = readOk(writeProjectFile({ header: everyKindOfRowHeader(), tables, originals }).bytes);
    expect(project.tables.documents.map((d) => d.id)).toEqual(tables.documents.map((d) => d.id));
    expect(project.tables.memos.find((m) => m.id === 'm-coding-ben')!.text).toBe('Agree \ud83d with Ana.');
    expect(project.tables.texts[0]!.text).toContain('🙂 — and wages');
    expect(project.tables.memos.find((m) => m.id === 'm-document')!.text).toBe('Reporting, not opinion.\nCheck the vote count.');
    // Attribute values keep their types: a number, a date as text, true/false, and empty.
    expect(project.tables.documents[1]!.attributes).toEqual({ leaning: 'center', year: 2018.5, published: '2018-03', peerReviewed: null });
  });

  test('the manifest says what the file is and holds, with a checksum for every other entry', () => {
    const { tables, originals } = everyKindOfRow();
    const { bytes } = writeProjectFile({ header: everyKindOfRowHeader(), tables, originals });
    const entries = unzipSync(bytes);
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
    expect(manifest).toMatchObject({
      format: 'framewise-project',
      formatVersion: 3,
      appVersion: '0.1.0',
      schemaVersion: 4,
      project: { id: PROJECT_ID, name: 'Housing pledges 2017–2019' },
      writtenAt: '2026-03-05T17:42:10.500Z',
      writtenBy: { name: 'Ana Ruiz' },
      backup: null,
      counts: { documents: 8, texts: 8, codes: 6, codings: 11, memos: 6, coders: 2, documentSets: 2, attributeDefinitions: 5, savedQueries: 2, operations: 5 },
      originals: { included: true },
    });
    expect(Object.keys(entries).sort()).toEqual(['manifest.json', ...Object.keys(manifest.entries)].sort());
    // Two survey rows share one original; the sample document has none.
    expect(manifest.originals.referenced).toHaveLength(6);
    expect(Object.keys(manifest.entries).filter((name) => name.startsWith('originals/'))).toHaveLength(6);
  });

  test('a backup holds the tables without the originals, and still lists the originals it needs', () => {
    const { tables } = everyKindOfRow();
    const { bytes } = writeProjectFile({ header: { ...everyKindOfRowHeader(), backupReason: 'before-deleting-documents' }, tables });
    const project = readOk(bytes);
    expect(project.originals.size).toBe(0);
    expect(project.manifest.originals).toEqual({ included: false, referenced: expect.arrayContaining([tables.documents[0]!.storedName]) });
    expect(project.manifest.backup).toEqual({ reason: 'before-deleting-documents' });
    for (const table of TABLE_NAMES) expect(project.tables[table]).toEqual(tables[table]);
  });

  test('an empty project round-trips', () => {
    const empty = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as ProjectTables;
    const project = readOk(writeProjectFile({ header: everyKindOfRowHeader(), tables: empty }).bytes);
    for (const table of TABLE_NAMES) expect(project.tables[table]).toEqual([]);
  });

  test.each([0, 1, 6] as const)('every compression level reads back the same project (level %i)', (compression) => {
    const { tables, originals } = everyKindOfRow();
    const project = readOk(writeProjectFile({ header: everyKindOfRowHeader(), tables, originals, compression }).bytes);
    for (const table of TABLE_NAMES) expect(project.tables[table]).toEqual(tables[table]);
  });

  test('rows fed in batches, table by table, make the same project as the whole project at once', () => {
    const { tables, originals } = everyKindOfRow();
    const chunks: Uint8Array[] = [];
    const writer = new ProjectFileWriter({ header: everyKindOfRowHeader(), includeOriginals: true, onChunk: (c) => chunks.push(c) });
    // Any table order; rows in batches of two.
    for (const table of [...TABLE_NAMES].reverse()) {
      const rows = tables[table] as unknown[];
      writer.addRows(table, []);
      for (let i = 0; i < rows.length; i += 2) writer.addRows(table, rows.slice(i, i + 2) as never);
    }
    for (const name of writer.referencedOriginals()) writer.addOriginal(name, originals.get(name)!);
    writer.finish();
    const project = readOk(Buffer.concat(chunks));
    for (const table of TABLE_NAMES) expect(project.tables[table]).toEqual(tables[table]);
    expect(project.originals.size).toBe(6);
  });
});

describe('every kind of value comes back as it was written', () => {
  test('text of every script and shape, very long texts, numbers at JSON\'s edges, empty and absent fields', () => {
    const { tables } = everyKindOfRow();
    const unusual = [
      'e\u0301te\u0301 (combining) and été (composed)',
      'عربي مع English داخل', 'עברית', '中文 日本語 한국어',
      '👩🏽‍🔬 🏳️‍🌈 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \ud800 alone \udfff',
      'line\u2028separator\u2029paragraph\r\nCRLF\ttab',
      '\u0000 NUL \u007f DEL \ufeff BOM \u200b zero-width',
      '"quotes" \\backslash\\ </script>',
    ].join('\n');
    // Five million characters of varied words: as little repetitive as prose (a run of one phrase
    // would inflate past the reader's ratio cap, which no real text reaches).
    const vocabulary = ['housing', 'pledge', 'rents', 'wages', 'café', 'Ω', 'ü', 'homes', 'council', '2019', 'said', 'we', 'that'];
    let seed = 7;
    const words = Array.from({ length: 700_000 }, () => vocabulary[(seed = (seed * 48_271) % 2_147_483_647) % vocabulary.length]);
    const long = words.join(' ') + unusual;
    const doc = tables.documents[0]!;
    tables.texts = tables.texts.map((text) => (text.docId === doc.id ? { ...text, text: long } : text));
    tables.documents[0] = {
      ...doc,
      title: unusual,
      length: long.length,
      attributes: { note: '', count: 1e21, tiny: 5e-324, big: Number.MAX_SAFE_INTEGER + 2, negative: -1.5, zero: 0, no: false, yes: true, unknown: null, since: '1899-12-31' },
    };
    tables.codes[0] = { ...tables.codes[0]!, name: unusual, order: -0.000001 };
    tables.memos[0] = { ...tables.memos[0]!, text: unusual, body: JSON.stringify({ text: unusual }) };
    // A coding at the very end of the long text, its quote ending with the lone surrogate.
    const end = long.length - ' alone \udfff'.length + ' alone \udfff'.indexOf('\udfff') + 1;
    tables.codings[0] = { ...tables.codings[0]!, docId: doc.id, start: end - 10, end, quote: long.slice(end - 10, end), prefix: long.slice(end - 40, end - 10), suffix: long.slice(end, end + 30) };
    // `blind` absent on one coding, false on another: each comes back as it was.
    tables.codings[1] = { ...tables.codings[1]!, blind: false };
    expect('blind' in tables.codings[2]!).toBe(false);

    const project = readOk(writeProjectFile({ header: everyKindOfRowHeader(), tables }).bytes);
    for (const table of TABLE_NAMES) expect(project.tables[table], table).toEqual(tables[table]);
    expect(project.tables.texts.find((t) => t.docId === doc.id)!.text === long).toBe(true);
    expect(project.tables.codings[1]!.blind).toBe(false);
    expect('blind' in project.tables.codings[2]!).toBe(false);
    expect(project.tables.operations[0]!.changes[0]!.before).toBeNull();
    expect('reverses' in project.tables.operations[0]!).toBe(false);
  });

  test.each([['1970-01-01T00:00:00.000Z'], ['1979-12-31T23:59:59.000Z'], ['2100-06-01T12:00:00.000Z']])('a file written while the computer\'s clock says %s is written and opens, keeping that time', (writtenAt) => {
    const { tables, originals } = everyKindOfRow();
    const { bytes, manifest } = writeProjectFile({ header: { ...everyKindOfRowHeader(), writtenAt }, tables, originals });
    expect(manifest.writtenAt).toBe(writtenAt);
    const project = readOk(bytes);
    expect(project.manifest.writtenAt).toBe(writtenAt);
    for (const table of TABLE_NAMES) expect(project.tables[table]).toEqual(tables[table]);
  });
});

describe('what the writer refuses to write', () => {
  const header = everyKindOfRowHeader();

  test('a copy without an original the documents need', () => {
    const { tables, originals } = everyKindOfRow();
    const first = tables.documents[0]!.storedName;
    originals.delete(first);
    expect(() => writeProjectFile({ header, tables, originals })).toThrow(/1 original is missing from the library \(.*\): the copy cannot hold every document's original/);
  });

  test('an original whose bytes no longer match its library name', () => {
    const writer = new ProjectFileWriter({ header, includeOriginals: true, onChunk: () => {} });
    expect(() => writer.addOriginal(`${'a'.repeat(64)}.txt`, new TextEncoder().encode('changed'))).toThrow(/has changed/);
  });

  test('a file missing a table', () => {
    const writer = new ProjectFileWriter({ header, includeOriginals: false, onChunk: () => {} });
    writer.addRows('documents', []);
    expect(() => writer.finish()).toThrow(/would lack the coders, attributes, document texts, codes, codings, memos, document sets, saved queries, history entries/);
  });

  test('a table whose rows come in two separate runs', () => {
    const writer = new ProjectFileWriter({ header, includeOriginals: false, onChunk: () => {} });
    writer.addRows('codes', []);
    writer.addRows('codings', []);
    expect(() => writer.addRows('codes', [])).toThrow(/codes were already written/);
  });
});

describe('writing a project read a batch at a time', () => {
  test('rows from async batches and originals read one by one make a file that opens to the same project', async () => {
    const { tables, originals } = everyKindOfRow();
    async function* batches<T>(rows: readonly T[]): AsyncGenerator<readonly T[]> {
      for (let i = 0; i < rows.length; i += 3) {
        await Promise.resolve();
        yield rows.slice(i, i + 3);
      }
    }
    const chunks: Uint8Array[] = [];
    const read: string[] = [];
    const manifest = await streamProjectFile({
      header: everyKindOfRowHeader(),
      tables: Object.fromEntries(TABLE_NAMES.map((t) => [t, batches(tables[t] as unknown[])])) as unknown as Parameters<typeof streamProjectFile>[0]['tables'],
      readOriginal: async (name) => {
        read.push(name);
        return originals.get(name)!;
      },
      onChunk: (chunk) => chunks.push(chunk),
    });
    const project = readOk(Buffer.concat(chunks));
    for (const table of TABLE_NAMES) expect(project.tables[table]).toEqual(tables[table]);
    expect(read.sort()).toEqual([...originals.keys()].sort());
    expect(project.manifest).toEqual(manifest);
  });
});
