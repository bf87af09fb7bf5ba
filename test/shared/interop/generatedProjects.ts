// Seeded projects for round-trip tests: texts of every kind a researcher's sources hold (line ends of
// three systems, astral and joined emoji, combining marks, RTL, CJK Extension B, control characters
// the library lets through, U+FEFF inside and at the very start), codings at every kind of place, and
// names and memos full of what XML must escape or cannot hold. The same seed gives the same project
// on every machine, so a failure names the seed that shows it again.
import type { ProjectRows } from '../../../shared/interop/projectRows';
import type { AttributeValue, CodeRecord, CodingRecord, DocumentRecord, MemoRecord } from '../../../shared/model';
import { EMPTY_METADATA } from '../../../shared/model';
import { toCanonicalText } from '../../../shared/text/canonical';
import { capturePassage } from '../../../shared/text/passageContext';
import { plainTextToMemoBody } from '../../../shared/text/memoBody';
import { checkCodeName, normalizeCodeName } from '../../../shared/codebook/codeNames';
import { ANA, BEN, NOW, PROJECT_ID, uuid } from './refiFixtures';

/** mulberry32: small, fast, and the same sequence for a seed on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces of text, each a thing that has moved offsets or changed characters in some tool. */
const TEXT_PIECES = [
  'jobs', 'security', 'the mayor said', ' ', ' ', '  ', '\t', '\u00a0', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\u2028', '\u2029',
  '\u000c', '\u001b', '\u0085', '\u0090', '\u009f', '\u200b', '\u200f', '\u2060', '\ufeff', '\ufffe', '\uffff',
  '😀', '👩‍🔬', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇫🇷', '🛡️', 'cafe\u0301', 'a\u0308\u0323', 'שלום עולם', 'مرحبا', '𠀀𪚥', '漢字',
  '&amp;', '<b>', ']]>', '"quoted"', "'single'", '&#13;', '&nbsp;', '&lt;', '%20', '\\',
];
/** What names and memos hold, XML's awkward characters included; illegal ones (XML 1.0 §2.2) too. */
const NAME_PIECES = ['Economy', 'Jobs', '&', '&amp;', '<', '>', ']]>', '"', "'", '&nbsp;', '&#38;', '😀', 'café', 'cafe\u0301', 'שלום', '𠀀', '\u00a0', ' ', '\t'];
const ILLEGAL_IN_XML = ['\u0001', '\u0008', '\u001b', '\ud800', '\udfff', '\ufffe'];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function words(rand: () => number, pieces: readonly string[], count: number): string {
  return Array.from({ length: count }, () => pick(rand, pieces)).join('');
}

/** UTF-16 offsets where a coding may start or end: not inside a surrogate pair. */
function boundaries(text: string): number[] {
  const result = [0];
  for (const char of text) result.push(result[result.length - 1]! + char.length);
  return result;
}

export interface Generated {
  rows: ProjectRows;
  /** Characters XML 1.0 cannot hold were put into names and memos. */
  illegal: boolean;
}

export function generateProject(seed: number): Generated {
  const rand = random(seed);
  const illegal = rand() < 0.5;
  const namePieces = illegal ? [...NAME_PIECES, ...ILLEGAL_IN_XML] : NAME_PIECES;

  const codes: CodeRecord[] = [];
  for (let i = 0; i < 6; i++) {
    const parent = i > 0 && rand() < 0.5 ? pick(rand, codes) : null;
    // Names Framewise accepts, made unique with a number so that no two siblings share one.
    const name = codeName(`${words(rand, namePieces, 1 + Math.floor(rand() * 3))} ${i}`);
    codes.push({ id: uuid(`${seed}:code:${i}`), name, color: '#16a34a', parentId: parent?.id ?? null, order: codes.filter((c) => c.parentId === (parent?.id ?? null)).length, definition: words(rand, namePieces, 3).trim(), inclusion: '', exclusion: '', example: '', createdAt: NOW });
  }

  const documents: DocumentRecord[] = [];
  const texts: ProjectRows['texts'] = [];
  const codings: CodingRecord[] = [];
  const memos: MemoRecord[] = [];
  const docCount = 1 + Math.floor(rand() * 3);
  for (let d = 0; d < docCount; d++) {
    // The text as a file held it, then as Framewise keeps it; some start with a U+FEFF of their own
    // (a file that began with two: the byte-order mark and the character).
    const raw = `${rand() < 0.3 ? '\ufeff\ufeff' : ''}${rand() < 0.3 ? '\n  ' : ''}x${words(rand, TEXT_PIECES, 20 + Math.floor(rand() * 60))}y${pick(rand, ['', '\n', '\r\n\r\n', ' \n\t '])}`;
    const text = toCanonicalText(raw);
    const id = uuid(`${seed}:doc:${d}`);
    const title = codeName(`${words(rand, NAME_PIECES, 2)} ${d}`);
    const attributes: Record<string, AttributeValue> = {
      label: words(rand, namePieces, 2),
      count: pick(rand, [0, -3, 42, 2 ** 40]),
      share: pick(rand, [0.5, -0.125, 0.000001, 123456.789]),
      day: pick(rand, ['2017-05-04', '2017', '2017-05', '2017-02-30']),
      reviewed: rand() < 0.5,
    };
    documents.push({ ...EMPTY_METADATA, id, title, format: 'txt', fileName: `${title}.txt`, storedName: `${d}.txt`, sha256: String(d), order: d, importedAt: NOW, length: text.length, words: 0, extraction: {}, attributes });
    texts.push({ docId: id, text });

    const cuts = boundaries(text);
    // The whole text, its first and last character, random ones (overlapping), and two that touch.
    const spans = new Map<string, [number, number]>();
    const add = (a: number, b: number) => { if (a !== b) spans.set(`${Math.min(a, b)}:${Math.max(a, b)}`, [Math.min(a, b), Math.max(a, b)]); };
    add(0, text.length);
    add(0, cuts[1]!);
    add(cuts[cuts.length - 2]!, text.length);
    for (let c = 0; c < 8; c++) add(pick(rand, cuts), pick(rand, cuts));
    const middle = cuts[Math.floor(cuts.length / 2)]!;
    add(0, middle);
    add(middle, text.length);
    [...spans.values()].forEach(([start, end], c) => {
      const coder = c % 2 === 0 ? ANA : BEN;
      const code = codes[c % codes.length]!;
      const codingId = uuid(`${seed}:coding:${d}:${c}`);
      codings.push({ id: codingId, docId: id, codeId: code.id, start, end, ...capturePassage(text, start, end), coderId: coder.id, createdAt: NOW });
      if (rand() < 0.3) memos.push(memo(`${seed}:memo:coding:${d}:${c}`, 'coding', codingId, words(rand, [...namePieces, '\n', '\n\n', 'text'], 8), coder.id));
    });
    memos.push(memo(`${seed}:memo:doc:${d}`, 'document', id, words(rand, [...namePieces, '\n', 'text'], 10), ANA.id));
  }
  memos.push(memo(`${seed}:memo:project`, 'project', PROJECT_ID, words(rand, [...namePieces, '\n', 'text'], 10), BEN.id));
  memos.push(memo(`${seed}:memo:code`, 'code', codes[0]!.id, words(rand, [...namePieces, '\n', 'text'], 10), ANA.id));

  const rows: ProjectRows = {
    documents,
    texts,
    codes,
    codings,
    memos,
    coders: [ANA, BEN],
    documentSets: [{ id: uuid(`${seed}:set`), name: `${words(rand, namePieces, 3).trim()} set`, docIds: documents.map((doc) => doc.id), createdAt: NOW }],
    attributeDefinitions: [
      { name: 'label', type: 'text' },
      { name: 'count', type: 'number' },
      { name: 'share', type: 'number' },
      { name: 'day', type: 'date' },
      { name: 'reviewed', type: 'boolean' },
    ],
  };
  return { rows, illegal };
}

/** A name as Framewise would store it: normalized, and with no `>` that could read as a path separator. */
function codeName(raw: string): string {
  try {
    return checkCodeName(raw);
  } catch {
    return normalizeCodeName(raw.replace(/>/gu, '›'));
  }
}

function memo(name: string, targetType: MemoRecord['targetType'], targetId: string, raw: string, coderId: string): MemoRecord {
  const text = toCanonicalText(raw);
  return { id: uuid(name), targetType, targetId, body: plainTextToMemoBody(text), text, coderId, createdAt: NOW, updatedAt: NOW };
}

