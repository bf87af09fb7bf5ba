// A large synthetic project for measurements and scale tests: documents of news-article length,
// codings spread over them, and an operations log with one entry per coding (as coding by hand
// leaves it). Deterministic (seeded).
import { createRng } from '../../../shared/stats/random';
import type { CodingRecord, DocumentRecord, MemoRecord } from '../../../shared/model';
import type { ProjectTables } from '../../../shared/projectFile/projectTables';
import { plainTextToMemoBody } from '../../../shared/text/memoBody';

const WORDS = 'the council housing rents wages pledge homes build families tenants market policy vote budget city crisis plan report growth jobs income landlord estate public private social'.split(' ');

function uuid(rng: ReturnType<typeof createRng>): string {
  const hex = () => rng.int(16).toString(16);
  return Array.from({ length: 32 }, hex).join('').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
}

export function largeProject(documentCount: number, codingCount: number, wordsPerDocument = 800): ProjectTables {
  const rng = createRng(11);
  const coders = [
    { id: uuid(rng), name: 'Ana', color: '#7c3aed' },
    { id: uuid(rng), name: 'Ben', color: '#0891b2' },
  ];
  const codes = Array.from({ length: 60 }, (_, i) => ({
    id: uuid(rng),
    name: `Code ${i}`,
    color: '#2563eb',
    parentId: null as string | null,
    order: i,
    definition: 'What the code means, in a sentence or two.',
    inclusion: '',
    exclusion: '',
    example: '',
    createdAt: '2026-01-01T00:00:00.000Z',
  }));
  for (let i = 10; i < codes.length; i++) codes[i]!.parentId = codes[i % 10]!.id;
  const texts: ProjectTables['texts'] = [];
  const documents: DocumentRecord[] = [];
  for (let d = 0; d < documentCount; d++) {
    const words = Array.from({ length: wordsPerDocument }, (_, i) => WORDS[rng.int(WORDS.length)]! + (i % 15 === 14 ? '.\n\n' : ' '));
    const text = words.join('');
    const id = uuid(rng);
    const sha = Array.from({ length: 64 }, () => rng.int(16).toString(16)).join('');
    texts.push({ docId: id, text });
    documents.push({
      id,
      title: `Article ${d}`,
      format: 'html',
      fileName: `article-${d}.html`,
      storedName: `${sha}.html`,
      sha256: sha,
      order: d,
      importedAt: '2026-01-01T00:00:00.000Z',
      length: text.length,
      words: wordsPerDocument,
      extraction: { encoding: 'UTF-8' },
      author: 'A. Writer',
      date: '2019-02-01',
      source: 'The Courier',
      url: `https://example.org/${d}`,
      attributes: { leaning: ['left', 'center', 'right'][d % 3]!, year: 2015 + (d % 5) },
    });
  }
  const codings: CodingRecord[] = [];
  const operations: ProjectTables['operations'] = [];
  for (let k = 0; k < codingCount; k++) {
    const doc = rng.int(documentCount);
    const text = texts[doc]!.text;
    const start = rng.int(text.length - 200);
    const end = start + 20 + rng.int(180);
    const coding: CodingRecord = {
      id: uuid(rng),
      docId: documents[doc]!.id,
      codeId: codes[rng.int(codes.length)]!.id,
      start,
      end,
      quote: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32),
      coderId: coders[k % 2]!.id,
      createdAt: '2026-02-01T10:00:00.000Z',
    };
    codings.push(coding);
    operations.push({ id: uuid(rng), at: '2026-02-01T10:00:00.000Z', coderId: coding.coderId, label: 'Code applied', kind: 'change', changes: [{ table: 'codings', key: coding.id, before: null, after: coding }], docIds: [coding.docId], codeIds: [coding.codeId] });
  }
  const memos: MemoRecord[] = codings.slice(0, Math.min(1000, codingCount)).map((coding) => ({
    id: uuid(rng),
    targetType: 'coding',
    targetId: coding.id,
    body: plainTextToMemoBody('A note on this passage, a sentence or two long.'),
    text: 'A note on this passage, a sentence or two long.',
    coderId: coding.coderId,
    createdAt: '2026-02-01T10:00:00.000Z',
    updatedAt: '2026-02-01T10:00:00.000Z',
  }));
  return {
    documents,
    texts,
    codes,
    codings,
    memos,
    coders,
    documentSets: [{ id: uuid(rng), name: 'Left', docIds: documents.filter((_, i) => i % 3 === 0).map((d) => d.id), createdAt: '2026-01-01T00:00:00.000Z' }],
    attributeDefinitions: [
      { name: 'leaning', type: 'text' },
      { name: 'year', type: 'number' },
    ],
    savedQueries: [],
    operations,
  };
}
