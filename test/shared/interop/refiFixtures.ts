// A small project that exercises everything REFI-QDA must carry: nested codes with all four texts,
// two coders whose codings overlap, text with emoji (astral characters), combining marks and lines
// that came from a CRLF file, memos on every kind of target, attributes of every type and a document
// set. Ids are UUIDs, as Framewise mints them. And a helper that packs hand-written .qdpx files.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { CodeRecord, CoderRecord, CodingRecord, DocumentRecord, MemoRecord } from '../../../shared/model';
import { EMPTY_METADATA } from '../../../shared/model';
import { toCanonicalText } from '../../../shared/text/canonical';
import { capturePassage } from '../../../shared/text/passageContext';
import { plainTextToMemoBody } from '../../../shared/text/memoBody';
import { derivedGuid } from '../../../shared/interop/refiGuid';
import type { ProjectRows } from '../../../shared/interop/projectRows';

export const uuid = (name: string) => derivedGuid('test', name);

export const PROJECT_ID = uuid('project');
export const ANA: CoderRecord = { id: uuid('ana'), name: 'Ana', color: '#2563eb' };
export const BEN: CoderRecord = { id: uuid('ben'), name: 'Ben', color: '#dc2626' };

/** Came from a Windows file: CRLF line ends, normalized to LF in the canonical text. */
export const TEXT_ONE = toCanonicalText(
  'Jobs first 👩‍🔬 said the mayor.\r\nThe café owners (cafe\u0301) disagreed: “security 🛡️ matters more”.\r\n\r\nEconomy 📈 grew by 3 %.\r\n',
);
export const TEXT_TWO = 'A plain second document.\n\nIt talks about jobs and security, without any emoji.';

function code(name: string, parent: CodeRecord | null, order: number, extra: Partial<CodeRecord> = {}): CodeRecord {
  return { id: uuid(`code:${name}`), name, color: '#16a34a', parentId: parent?.id ?? null, order, definition: '', inclusion: '', exclusion: '', example: '', createdAt: '2026-01-01T10:00:00.000Z', ...extra };
}

export const FRAMING = code('Framing', null, 0, { color: '#7c3aed', definition: 'How a speaker frames the issue.' });
export const ECONOMY = code('Economy', FRAMING, 0, {
  definition: 'The issue framed as money and work.',
  inclusion: 'Mentions of jobs, growth, prices.',
  exclusion: 'Personal finances only.',
  example: '“Jobs first”',
});
export const JOBS = code('Jobs', ECONOMY, 0, { inclusion: 'Only employment.' });
export const SECURITY = code('Security', FRAMING, 1, { color: '#0891b2' });
export const TONE = code('Tone', null, 1, { color: '#db2777', definition: 'Definition: a line that looks like a label.\n\nSecond paragraph.' });

function doc(id: string, title: string, text: string, order: number, attributes: DocumentRecord['attributes'], extra: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    ...EMPTY_METADATA,
    id: uuid(id),
    title,
    format: 'txt',
    fileName: `${title}.txt`,
    storedName: `${id}.txt`,
    sha256: id,
    order,
    importedAt: '2026-01-02T09:00:00.000Z',
    length: text.length,
    words: 0,
    extraction: {},
    attributes,
    ...extra,
  };
}

export const DOC_ONE = doc('doc:one', 'Mayor interview', TEXT_ONE, 0, { leaning: 'right', year: 2017, score: 2.5, published: '2017-05-04', month: '2017-05', reviewed: true }, {
  author: 'R. Reporter',
  date: '2017-05-04',
  source: 'The Riverton Courier',
  url: 'https://example.org/a?b=1&c=2',
});
export const DOC_TWO = doc('doc:two', 'Plain notes', TEXT_TWO, 1, { leaning: 'left', year: 2019, score: -0.125, published: '2019-01-31', reviewed: false });

function coding(name: string, docRecord: DocumentRecord, text: string, codeRecord: CodeRecord, coder: CoderRecord, quote: string, occurrence = 0): CodingRecord {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`fixture quote “${quote}” is not in the text`);
  return { id: uuid(`coding:${name}`), docId: docRecord.id, codeId: codeRecord.id, start, end: start + quote.length, ...capturePassage(text, start, start + quote.length), coderId: coder.id, createdAt: '2026-01-03T11:22:33.000Z' };
}

export const CODINGS: CodingRecord[] = [
  coding('a1', DOC_ONE, TEXT_ONE, JOBS, ANA, 'Jobs first 👩‍🔬'),
  coding('b1', DOC_ONE, TEXT_ONE, ECONOMY, BEN, 'first 👩‍🔬 said the mayor.'),
  coding('a2', DOC_ONE, TEXT_ONE, TONE, ANA, 'café owners (cafe\u0301) disagreed'),
  coding('b2', DOC_ONE, TEXT_ONE, SECURITY, BEN, '“security 🛡️ matters more”'),
  coding('a3', DOC_ONE, TEXT_ONE, ECONOMY, ANA, 'Economy 📈 grew by 3 %.'),
  coding('b3', DOC_ONE, TEXT_ONE, FRAMING, BEN, 'disagreed: “security 🛡️ matters more”.\n\nEconomy 📈'),
  coding('a4', DOC_TWO, TEXT_TWO, JOBS, ANA, 'jobs'),
  coding('b4', DOC_TWO, TEXT_TWO, JOBS, BEN, 'jobs and security'),
  coding('a5', DOC_TWO, TEXT_TWO, SECURITY, ANA, 'security'),
];

function memo(name: string, targetType: MemoRecord['targetType'], targetId: string, text: string, coder: CoderRecord): MemoRecord {
  return { id: uuid(`memo:${name}`), targetType, targetId, body: plainTextToMemoBody(text), text, coderId: coder.id, createdAt: '2026-01-04T08:00:00.000Z', updatedAt: '2026-01-05T08:30:00.000Z' };
}

export const MEMOS: MemoRecord[] = [
  memo('project', 'project', PROJECT_ID, 'Project memo: <compare> the two “leanings” & their tone.', ANA),
  memo('document', 'document', DOC_ONE.id, 'The mayor speaks first.\nThen the owners.', BEN),
  memo('code', 'code', ECONOMY.id, 'Economy is broad 📈.', ANA),
  memo('coding', 'coding', CODINGS[1]!.id, 'Ben: overlaps Ana’s Jobs.', BEN),
];

export function roundTripProject(): ProjectRows {
  return {
    documents: [DOC_ONE, DOC_TWO],
    texts: [
      { docId: DOC_ONE.id, text: TEXT_ONE },
      { docId: DOC_TWO.id, text: TEXT_TWO },
    ],
    codes: [FRAMING, ECONOMY, JOBS, SECURITY, TONE],
    codings: CODINGS,
    memos: MEMOS,
    coders: [ANA, BEN],
    documentSets: [{ id: uuid('set:interviews'), name: 'Interviews', docIds: [DOC_ONE.id], createdAt: '2026-01-06T00:00:00.000Z' }],
    attributeDefinitions: [
      { name: 'leaning', type: 'text' },
      { name: 'year', type: 'number' },
      { name: 'score', type: 'number' },
      { name: 'published', type: 'date' },
      { name: 'month', type: 'date' },
      { name: 'reviewed', type: 'boolean' },
    ],
  };
}

export const APP = { name: 'Framewise', version: '0.1.0' };
export const NOW = '2026-02-01T12:00:00.000Z';

/** A .qdpx packed from a hand-written project.qde and source files (strings are written as UTF-8). */
export function packQdpx(qde: string, files: Record<string, string | Uint8Array> = {}, qdeName = 'project.qde'): Uint8Array {
  const zippable: Zippable = { [qdeName]: strToU8(qde) };
  for (const [name, content] of Object.entries(files)) zippable[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(zippable);
}

/** A project.qde around the given inner XML. */
export function qde(inner: string, origin = 'Test tool 1.0'): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="Hand-written" origin="${origin}">${inner}</Project>`;
}

export const importOptions = (extra: Partial<{ folderPath: string; fileName: string }> = {}) => ({
  fileName: 'test.qdpx',
  projectId: PROJECT_ID,
  defaultCoder: { id: uuid('importer'), name: 'Importer', color: '#000000' },
  now: NOW,
  ...extra,
});
