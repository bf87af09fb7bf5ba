// REFI-QDA says a source's text file is UTF-8 (spec §9.1.2). A file in another encoding is skipped with
// a reason, never imported as mojibake; a UTF-16 file with a byte-order mark is read as what it says it
// is; and the original the library keeps is the file as it was in the archive.
import { describe, expect, it } from 'vitest';
import { planQdpxImport, completeImportPlan } from '../../../shared/interop/qdpxImport';
import { readQdpx } from '../../../renderer/features/interop/incomingProject';
import { sha256Hex } from '../../../shared/hash/sha256';
import { ANA, PROJECT_ID, importOptions, packQdpx, qde, uuid } from './refiFixtures';

const TEXT = 'Le café “fermé” à 5 €.';
const WINDOWS_1252: Record<string, number> = { é: 0xe9, '“': 0x93, '”': 0x94, à: 0xe0, '€': 0x80 };

function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => WINDOWS_1252[c] ?? c.charCodeAt(0)));
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = [endian === 'le' ? 0xff : 0xfe, endian === 'le' ? 0xfe : 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes.push(...(endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return Uint8Array.from(bytes);
}

const S = uuid('enc:source');
const OTHER = uuid('enc:other');
const CODE = uuid('enc:code');
const NOTE = uuid('enc:note');
const start = TEXT.indexOf('“');
const end = TEXT.indexOf('”') + 1;
const xml = qde(
  `<CodeBook><Codes><Code guid="${CODE}" name="Closure" isCodable="true"/></Codes></CodeBook>` +
    `<Sources><TextSource guid="${S}" name="Café" plainTextPath="internal://${S}.txt">` +
    `<PlainTextSelection guid="${uuid('enc:sel')}" startPosition="${start}" endPosition="${end}"><Coding guid="${uuid('enc:coding')}"><CodeRef targetGUID="${CODE}"/></Coding></PlainTextSelection>` +
    `</TextSource><TextSource guid="${OTHER}" name="Kept" plainTextPath="internal://${OTHER}.txt"/></Sources>` +
    `<Notes><Note guid="${NOTE}" name="Memo" plainTextPath="internal://${NOTE}.txt"/></Notes>`,
);

function planOf(sourceBytes: Uint8Array, noteBytes: Uint8Array = new TextEncoder().encode('Une note.')) {
  const result = planQdpxImport(packQdpx(xml, { [`sources/${S}.txt`]: sourceBytes, [`sources/${OTHER}.txt`]: 'A kept text.', [`sources/${NOTE}.txt`]: noteBytes }), importOptions());
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

const files = {
  extractText: () => Promise.reject(new Error('no extraction in this test')),
  readLinked: () => Promise.reject(new Error('no linked files in this test')),
};

describe('the encoding of a REFI-QDA text file', () => {
  it('skips a Windows-1252 source with a reason naming it and its file, with its codings, and imports the rest', () => {
    const plan = planOf(windows1252(TEXT));
    expect(plan.rows.documents.map((d) => d.title)).toEqual(['Kept']);
    expect(plan.rows.texts.map((t) => t.text)).toEqual(['A kept text.']);
    expect(plan.rows.codings).toEqual([]);
    expect(plan.skipped).toContainEqual({ kind: 'source', name: 'Café', reason: expect.stringMatching(new RegExp(`^its text file sources/${S}\\.txt is not UTF-8 text.*1 coding`, 'u')) });
    expect(JSON.stringify(plan.rows)).not.toContain('\uFFFD');
  });

  it('imports a note whose file is not UTF-8 empty, and says so', () => {
    const plan = planOf(new TextEncoder().encode(TEXT), windows1252('Une note à relire.'));
    expect(plan.skipped).toEqual([{ kind: 'note', name: 'Memo', reason: `its text file internal://${NOTE}.txt is not UTF-8 text; the note is imported empty` }]);
    expect(plan.rows.memos.map((m) => m.text)).toEqual(['Memo']);
  });

  it('reads a UTF-16 source with a byte-order mark, counting offsets after the mark', () => {
    for (const endian of ['le', 'be'] as const) {
      const plan = planOf(utf16(TEXT, endian));
      expect(plan.rows.texts.find((t) => t.docId === S)!.text).toBe(TEXT);
      expect(plan.rows.codings.map((c) => c.quote)).toEqual(['“fermé”']);
      expect(plan.skipped).toEqual([]);
    }
  });

  it('reads a UTF-8 source with a byte-order mark, counting offsets after the mark', () => {
    const plan = planOf(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]));
    expect(plan.rows.texts.find((t) => t.docId === S)!.text).toBe(TEXT);
    expect(plan.rows.codings.map((c) => c.quote)).toEqual(['“fermé”']);
  });

  it('skips a text file read from disk that is not UTF-8, naming its path', () => {
    const linked = xml.replace(`plainTextPath="internal://${S}.txt"`, 'plainTextPath="relative://cafe.txt"');
    const result = planQdpxImport(packQdpx(linked, { [`sources/${OTHER}.txt`]: 'A kept text.', [`sources/${NOTE}.txt`]: 'Une note.' }), importOptions({ folderPath: '/data' }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.needs.map((n) => [n.id, n.kind])).toEqual([[S, 'read-text']]);
    const completed = completeImportPlan(result.plan, [{ id: S, bytes: windows1252(TEXT) }]);
    expect(completed.rows.documents.map((d) => d.title)).toEqual(['Kept']);
    expect(completed.skipped).toContainEqual({ kind: 'source', name: 'Café', reason: expect.stringMatching(/^its text file \/data\/cafe\.txt is not UTF-8 text/u) });
    expect(JSON.stringify(completed.rows)).not.toContain('\uFFFD');
  });

  it('keeps the text file’s own bytes as the document’s original', async () => {
    const original = utf16(TEXT, 'le');
    const bytes = packQdpx(xml, { [`sources/${S}.txt`]: original, [`sources/${OTHER}.txt`]: 'A kept text.', [`sources/${NOTE}.txt`]: 'Une note.' });
    const incoming = await readQdpx(bytes, { fileName: 'cafe.qdpx', path: '/data/cafe.qdpx', projectId: PROJECT_ID, coder: ANA }, files);
    if (!incoming.ok) throw new Error(incoming.reason);
    const doc = incoming.project.rows.documents.find((d) => d.id === S)!;
    expect(doc.sha256).toBe(sha256Hex(original));
    expect(doc.storedName).toBe(`${sha256Hex(original)}.txt`);
    expect(incoming.project.originals.get(doc.storedName)).toEqual(original);
    expect(incoming.project.rows.texts.find((t) => t.docId === S)!.text).toBe(TEXT);
  });

  it('keeps a linked text file’s own bytes as the document’s original', async () => {
    const original = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT.replace('.', '.\r\n'))]);
    const linked = xml.replace(`plainTextPath="internal://${S}.txt"`, 'plainTextPath="relative://cafe.txt"');
    const bytes = packQdpx(linked, { [`sources/${OTHER}.txt`]: 'A kept text.', [`sources/${NOTE}.txt`]: 'Une note.' });
    const disk = { ...files, readLinked: (path: string) => (path === '/data/cafe.txt' ? Promise.resolve({ fileName: 'cafe.txt', bytes: original, text: null }) : Promise.reject(new Error('no such file'))) };
    const incoming = await readQdpx(bytes, { fileName: 'cafe.qdpx', path: '/data/cafe.qdpx', projectId: PROJECT_ID, coder: ANA }, disk);
    if (!incoming.ok) throw new Error(incoming.reason);
    const doc = incoming.project.rows.documents.find((d) => d.id === S)!;
    expect(doc.storedName).toBe(`${sha256Hex(original)}.txt`);
    expect(incoming.project.originals.get(doc.storedName)).toEqual(original);
    expect(incoming.project.rows.codings.map((c) => c.quote)).toEqual(['“fermé”']);
    // Named in the preview: the researcher chose the .qdpx, not this file.
    expect(incoming.project.linkedFiles).toEqual(['/data/cafe.txt']);
  });

  it('refuses a project.qde that is not UTF-8, naming it', () => {
    const latin = windows1252(qde('<Sources><TextSource guid="' + S + '" name="Café"><PlainTextContent>Le café</PlainTextContent></TextSource></Sources>'));
    const result = planQdpxImport(packQdpx('', { 'project.qde': latin }), importOptions({ fileName: 'latin.qdpx' }));
    expect(result).toEqual({ ok: false, reason: '“latin.qdpx” cannot be imported: its project.qde is not UTF-8 text, which REFI-QDA requires of its XML.' });
  });
});
