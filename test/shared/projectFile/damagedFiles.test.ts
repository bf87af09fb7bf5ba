// A damaged project file is refused whole, with what is wrong in words a researcher can act on:
// which entry, which table, line and field. Nothing of it is returned.
import { strToU8, Zip, ZipPassThrough } from 'fflate';
import { describe, expect, test } from 'vitest';
import { describeRefusal, type Problem } from '../../../shared/projectFile/problems';
import { readProjectFile } from '../../../shared/projectFile/readProjectFile';
import { FORMAT_VERSION } from '../../../shared/projectFile/manifest';
import { editFile, editRows, pack, savedCopy } from './editProjectFile';

function problemsOf(bytes: Uint8Array): Problem[] {
  const result = readProjectFile(bytes);
  if (result.ok) throw new Error('the damaged file was opened');
  expect(result).not.toHaveProperty('project');
  return result.problems;
}

describe('damaged project files are refused with their reason', () => {
  test('a file cut short (an interrupted copy) is not a readable zip', () => {
    const bytes = savedCopy();
    const [problem] = problemsOf(bytes.slice(0, Math.floor(bytes.length * 0.6)));
    expect(problem!.kind).toBe('not-a-zip');
    expect(problem!.message).toMatch(/not a readable zip archive .*cut short while copying/);
  });

  test('a byte changed inside a table is caught by its checksum, naming the entry', () => {
    const bytes = savedCopy(0);
    // Stored uncompressed: the coding's JSON is in the zip as it is.
    const at = Buffer.from(bytes).indexOf('"id":"k-7"');
    expect(at).toBeGreaterThan(0);
    const damaged = bytes.slice();
    damaged[at + 7] = '8'.charCodeAt(0);
    expect(problemsOf(damaged)).toEqual([
      { kind: 'checksum', entry: 'tables/codings.jsonl', message: 'tables/codings.jsonl does not match its checksum: it was changed or damaged after the file was written.' },
    ]);
  });

  test('a missing table is named', () => {
    const damaged = editFile(savedCopy(), (entries) => delete entries['tables/codings.jsonl'], { consistent: false });
    expect(problemsOf(damaged)).toEqual([{ kind: 'missing-table', entry: 'tables/codings.jsonl', table: 'codings', message: 'The table of codings (tables/codings.jsonl) is missing.' }]);
  });

  test('a table neither in the zip nor in the manifest is missing too', () => {
    const damaged = editFile(
      savedCopy(),
      (entries, manifest) => {
        delete entries['tables/memos.jsonl'];
        delete manifest.entries['tables/memos.jsonl'];
      },
      { consistent: false },
    );
    expect(problemsOf(damaged).map((p) => p.message)).toEqual(['The table of memos (tables/memos.jsonl) is missing.']);
  });

  test('a saved query that Retrieve could not run is refused, naming the line and the field of its query', () => {
    const damaged = editFile(
      savedCopy(),
      (entries) =>
        editRows(entries, 'savedQueries', (rows) => {
          (rows[1]!.query as Record<string, unknown>).codeIds = 'code-pledge';
          rows[0]!.name = '';
        }),
      { consistent: true },
    );
    expect(problemsOf(damaged)).toEqual([
      { kind: 'bad-row', entry: 'tables/savedQueries.jsonl', table: 'savedQueries', line: 1, field: 'name', message: 'tables/savedQueries.jsonl, line 1: “name” is empty.' },
      { kind: 'bad-row', entry: 'tables/savedQueries.jsonl', table: 'savedQueries', line: 2, field: 'query.codeIds', message: 'tables/savedQueries.jsonl, line 2: “query.codeIds” should be a list, but is the text "code-pledge".' },
    ]);
  });

  test('a row with a field of the wrong type names the table, line and field', () => {
    const damaged = editFile(
      savedCopy(),
      (entries) =>
        editRows(entries, 'codings', (rows) => {
          rows.push({ ...rows[0], id: 'k-new', start: '12' });
          rows[2]!.end = 3.5;
        }),
      { consistent: true },
    );
    expect(problemsOf(damaged)).toEqual([
      { kind: 'bad-row', entry: 'tables/codings.jsonl', table: 'codings', line: 3, field: 'end', message: 'tables/codings.jsonl, line 3: “end” should be a whole number, but is 3.5.' },
      { kind: 'bad-row', entry: 'tables/codings.jsonl', table: 'codings', line: 12, field: 'start', message: 'tables/codings.jsonl, line 12: “start” should be a number, but is the text "12".' },
    ]);
  });

  test('a row without a field, or with a value outside its list, is refused', () => {
    const damaged = editFile(
      savedCopy(),
      (entries) => {
        editRows(entries, 'memos', (rows) => void delete rows[1]!.coderId);
        editRows(entries, 'documents', (rows) => void (rows[0]!.format = 'exe'));
        editRows(entries, 'documents', (rows) => void ((rows[1]!.attributes as Record<string, unknown>).year = [2018]));
      },
      { consistent: true },
    );
    expect(problemsOf(damaged).map((p) => p.message)).toEqual([
      'tables/documents.jsonl, line 1: “format” should be one of "txt", "md", "html", "docx", "pdf", "odt", "rtf", "csv", "xlsx", but is the text "exe".',
      'tables/documents.jsonl, line 2: “attributes.year” should be text, a number, true or false, or empty, but is a list.',
      'tables/memos.jsonl, line 2: “coderId” is missing.',
    ]);
  });

  test('a line that is not JSON is named', () => {
    const damaged = editFile(
      savedCopy(),
      (entries) => {
        entries['tables/coders.jsonl'] = strToU8(new TextDecoder().decode(entries['tables/coders.jsonl']).replace('"name"', 'name'));
      },
      { consistent: true },
    );
    const [problem] = problemsOf(damaged);
    expect(problem).toMatchObject({ kind: 'bad-row', entry: 'tables/coders.jsonl', line: 1 });
    expect(problem!.message).toMatch(/^tables\/coders\.jsonl, line 1: not a JSON row/);
  });

  test('a coding that points to a missing document or code, and a memo on a missing target, are refused', () => {
    const damaged = editFile(
      savedCopy(),
      (entries) => {
        editRows(entries, 'codings', (rows) => {
          rows[0]!.codeId = 'code-gone';
          rows[1]!.docId = 'doc-gone';
        });
        editRows(entries, 'memos', (rows) => {
          rows[0]!.targetId = 'another-project';
          rows[4]!.targetId = 'k-gone';
        });
      },
      { consistent: true },
    );
    expect(problemsOf(damaged).map((p) => [p.kind, p.message])).toEqual([
      ['dangling-reference', 'tables/codings.jsonl, line 1: coding k-1 applies code code-gone, which is not in the file.'],
      ['dangling-reference', 'tables/codings.jsonl, line 2: coding k-2 is in document doc-gone, which is not in the file.'],
      ['dangling-reference', 'tables/memos.jsonl, line 1: memo m-project is on project another-project, which is not this project.'],
      ['dangling-reference', 'tables/memos.jsonl, line 5: memo m-coding is on coding k-gone, which is not in the file.'],
    ]);
  });

  test('codes under themselves, duplicate ids, texts without documents and codings past the text are refused', () => {
    const damaged = editFile(
      savedCopy(),
      (entries) => {
        editRows(entries, 'codes', (rows) => void (rows[0]!.parentId = 'code-wages'));
        editRows(entries, 'coders', (rows) => rows.push({ ...rows[0] }));
        editRows(entries, 'texts', (rows) => void (rows[7]!.docId = 'doc-gone'));
        editRows(entries, 'codings', (rows) => void (rows[9]!.end = 1000));
      },
      { consistent: true },
    );
    const messages = problemsOf(damaged).map((p) => p.message);
    expect(messages).toContain('tables/coders.jsonl, line 3: coder c0de0000-0000-4000-8000-00000000a0a0 is in the file twice.');
    expect(messages).toContain('tables/texts.jsonl, line 8: a text belongs to document doc-gone, which is not in the file.');
    expect(messages).toContain('tables/documents.jsonl, line 8: document doc-sample (“A letter”) has no text in tables/texts.jsonl.');
    expect(messages).toContain('tables/codes.jsonl, line 1: code code-economy (“Economy”) is, through its parents, under itself.');
    expect(messages).toContain('tables/codings.jsonl, line 10: coding k-10 ends at 1000, past the end of its document\'s text (30).');
  });

  test('a count in the manifest that disagrees with its table is refused', () => {
    const damaged = editFile(savedCopy(), (_, manifest) => void (manifest.counts.codings = 12), { consistent: false });
    expect(problemsOf(damaged).map((p) => p.message)).toEqual(['The manifest counts 12 codings, but tables/codings.jsonl holds 11: the file is damaged.']);
  });

  test('a file from a newer Framewise is refused with the advice to update', () => {
    const damaged = editFile(savedCopy(), (_, manifest) => void (manifest.formatVersion = FORMAT_VERSION + 1), { consistent: false });
    const problems = problemsOf(damaged);
    expect(problems).toEqual([
      { kind: 'newer-format', entry: 'manifest.json', message: `It was written by a newer Framewise (format ${FORMAT_VERSION + 1}); this one reads format ${FORMAT_VERSION} and older. Update Framewise to open it.` },
    ]);
    expect(describeRefusal('Thesis.framewise', problems)).toBe(
      `Framewise did not open “Thesis.framewise”, and nothing in your projects was changed.\n• It was written by a newer Framewise (format ${FORMAT_VERSION + 1}); this one reads format ${FORMAT_VERSION} and older. Update Framewise to open it.`,
    );
  });

  test('an entry added to the file after it was written is refused', () => {
    const listed = editFile(savedCopy(), (entries) => void (entries['notes.txt'] = strToU8('hello')), { consistent: false });
    expect(problemsOf(listed)).toEqual([{ kind: 'unknown-entry', entry: 'notes.txt', message: 'It holds an entry “notes.txt” that a Framewise project file never holds.' }]);
    const original = `originals/${'e'.repeat(64)}.txt`;
    const unlisted = editFile(savedCopy(), (entries) => void (entries[original] = strToU8('x')), { consistent: false });
    expect(problemsOf(unlisted).map((p) => p.message)).toEqual([`It holds an entry “${original}” that its manifest does not list: something was added to the file after it was written.`]);
  });

  test('an original swapped for other bytes is refused', () => {
    const damaged = editFile(
      savedCopy(),
      (entries) => {
        const name = Object.keys(entries).find((n) => n.endsWith('.md'))!;
        entries[name] = strToU8('# Another programme');
      },
      { consistent: true },
    );
    expect(problemsOf(damaged)).toEqual([expect.objectContaining({ kind: 'checksum', message: expect.stringMatching(/^originals\/[0-9a-f]{64}\.md is not the original its name says/) })]);
  });

  test('a zip that is not a Framewise project says so', () => {
    expect(problemsOf(pack({ 'word/document.xml': strToU8('<w:document/>') }))[0]!.kind).toBe('unknown-entry');
    expect(problemsOf(pack({}))[0]!.message).toBe('It holds no manifest.json, so it is not a Framewise project file (or the file is damaged).');
    expect(problemsOf(pack({ 'manifest.json': strToU8('{"format":"other"}') }))[0]!.message).toMatch(/does not describe a Framewise project/);
    expect(problemsOf(strToU8('just text'))[0]!.kind).toBe('not-a-zip');
  });
});

describe('crafted zips are refused before anything is unpacked', () => {
  test.each([
    ['../../outside.txt', 'its name climbs out of its folder with “..”'],
    ['tables/../../outside.jsonl', 'its name climbs out of its folder with “..”'],
    ['/etc/passwd', 'its name is an absolute path'],
    ['C:/Windows/evil.dll', 'its name starts with a drive letter'],
    ['originals\\..\\evil.txt', 'its name contains a backslash, which Windows reads as a folder separator'],
  ])('an entry named %s', (name, why) => {
    const bytes = editFile(savedCopy(), (entries) => void (entries[name] = strToU8('x')), { consistent: false });
    expect(problemsOf(bytes)).toEqual([{ kind: 'unsafe-entry', entry: name, message: `It holds an entry “${name}” that Framewise refuses: ${why}.` }]);
  });

  test('an entry that inflates a thousand times (a zip bomb)', () => {
    const bytes = editFile(savedCopy(), (entries) => void (entries['tables/codings.jsonl'] = new Uint8Array(8 * 1024 ** 2)), { consistent: false });
    const problems = problemsOf(bytes);
    expect(problems).toEqual([expect.objectContaining({ kind: 'too-large', entry: 'tables/codings.jsonl' })]);
    expect(problems[0]!.message).toMatch(/would inflate \d+ times \(more than 200\): a crafted file \(a zip bomb\), not a project/);
  });

  test('more unpacked bytes or entries than the caps allow', () => {
    const bytes = savedCopy();
    const small = readProjectFile(bytes, { limits: { maxEntries: 1000, maxTotalBytes: 10_000, maxRatio: 100, ratioGraceBytes: 1024 } });
    expect(small).toMatchObject({ ok: false, problems: [{ kind: 'too-large', message: expect.stringMatching(/^Its entries would take .* unpacked, more than the .* Framewise reads from one project file\.$/) }] });
    const few = readProjectFile(bytes, { limits: { maxEntries: 5, maxTotalBytes: 2 ** 30, maxRatio: 100, ratioGraceBytes: 1024 } });
    expect(few).toMatchObject({ ok: false, problems: [{ kind: 'too-large', message: 'It holds 17 entries, more than the 5 a project file may hold.' }] });
  });

  test('an entry listed twice', () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((_, chunk) => chunks.push(chunk));
    for (const content of ['{}', '{"format":"framewise-project"}']) {
      const file = new ZipPassThrough('manifest.json');
      zip.add(file);
      file.push(strToU8(content), true);
    }
    zip.end();
    expect(problemsOf(Buffer.concat(chunks))).toEqual([{ kind: 'duplicate-entry', entry: 'manifest.json', message: 'It holds the entry “manifest.json” twice.' }]);
  });
});
