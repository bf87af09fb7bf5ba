// A merge the size of a real project on both sides: 2,000 documents and 20,000 codings in the project,
// as many in the file, half of the file's codings new, and updates to every kind of row a merge
// updates. It checks what the merge leaves, not how long it takes (no test here times anything).
import { describe, expect, it } from 'vitest';
import { applyMergePlan, isEmptyMerge, planMerge } from '../../../shared/interop/mergePlan';
import type { ProjectRows } from '../../../shared/interop/projectRows';
import { mergeChanges } from '../../../shared/changes/mergeChanges';
import type { CodeRecord, CodingRecord, DocumentRecord, MemoRecord } from '../../../shared/model';
import { EMPTY_METADATA } from '../../../shared/model';
import { plainTextToMemoBody } from '../../../shared/text/memoBody';
import { ANA, BEN, PROJECT_ID, uuid } from './refiFixtures';

const DOCUMENTS = 2_000;
const CODINGS_PER_DOCUMENT = 10;
const TOP_CODES = 20;
const CHILD_CODES = 10;
const CREATED = '2026-01-01T10:00:00.000Z';
const EDITED = '2026-01-05T08:30:00.000Z';
const LATER = '2026-01-12T16:00:00.000Z';

const textOf = (i: number) => `Document ${i}: the mayor spoke about jobs, housing and the harbour.`;

function document(i: number, attributes: DocumentRecord['attributes']): DocumentRecord {
  const text = textOf(i);
  return { ...EMPTY_METADATA, id: uuid(`scale:doc:${i}`), title: `Interview ${i}`, format: 'txt', fileName: `interview-${i}.txt`, storedName: `${i}.txt`, sha256: `original-${i}`, order: i, importedAt: CREATED, length: text.length, words: 10, extraction: {}, attributes };
}

function code(id: string, name: string, parentId: string | null, order: number, definition = ''): CodeRecord {
  return { id, name, color: '#16a34a', parentId, order, definition, inclusion: '', exclusion: '', example: '', createdAt: CREATED };
}

function codebook(withDefinitions: boolean): CodeRecord[] {
  const codes: CodeRecord[] = [];
  for (let t = 0; t < TOP_CODES; t++) {
    const top = uuid(`scale:code:${t}`);
    codes.push(code(top, `Theme ${t}`, null, t, withDefinitions ? `What theme ${t} means.` : ''));
    for (let c = 0; c < CHILD_CODES; c++) codes.push(code(uuid(`scale:code:${t}:${c}`), `Aspect ${c}`, top, c, withDefinitions ? `What aspect ${c} of theme ${t} means.` : ''));
  }
  return codes;
}

function coding(doc: number, n: number, coderId: string, codes: readonly CodeRecord[]): CodingRecord {
  const text = textOf(doc);
  const start = n;
  const end = n + 12;
  return { id: uuid(`scale:coding:${coderId}:${doc}:${n}`), docId: uuid(`scale:doc:${doc}`), codeId: codes[(doc + n) % codes.length]!.id, start, end, quote: text.slice(start, end), prefix: '', suffix: '', coderId, createdAt: CREATED };
}

function memo(doc: number, text: string, updatedAt: string): MemoRecord {
  return { id: uuid(`scale:memo:${doc}`), targetType: 'document', targetId: uuid(`scale:doc:${doc}`), body: plainTextToMemoBody(text), text, coderId: ANA.id, createdAt: CREATED, updatedAt };
}

/** Ana's project: every document, every other one without its year; her codings and memos. */
function project(): ProjectRows {
  const codes = codebook(false);
  const range = [...Array(DOCUMENTS).keys()];
  return {
    documents: range.map((i) => document(i, i % 2 === 0 ? {} : { year: 2000 + (i % 20) })),
    texts: range.map((i) => ({ docId: uuid(`scale:doc:${i}`), text: textOf(i) })),
    codes,
    codings: range.flatMap((i) => [...Array(CODINGS_PER_DOCUMENT).keys()].map((n) => coding(i, n, ANA.id, codes))),
    memos: range.map((i) => memo(i, `Ana on interview ${i}.`, EDITED)),
    coders: [ANA],
    documentSets: [{ id: uuid('scale:set'), name: 'First half', docIds: range.slice(0, DOCUMENTS / 2).map((i) => uuid(`scale:doc:${i}`)), createdAt: CREATED }],
    attributeDefinitions: [{ name: 'year', type: 'number' }],
  };
}

/**
 * The same project on Ben's machine: the years filled in, the codebook defined and grown by a child
 * under every theme, half of Ana's codings and as many of his own, Ana's memos with every other one
 * edited later, and the set holding every document.
 */
function file(): ProjectRows {
  const codes = codebook(true);
  const grown = [...Array(TOP_CODES).keys()].map((t) => code(uuid(`scale:new-code:${t}`), `Aspect ${t % CHILD_CODES}`, uuid(`scale:code:${t}`), CHILD_CODES));
  const range = [...Array(DOCUMENTS).keys()];
  const half = CODINGS_PER_DOCUMENT / 2;
  return {
    documents: range.map((i) => document(i, { year: 2000 + (i % 20) })),
    texts: range.map((i) => ({ docId: uuid(`scale:doc:${i}`), text: textOf(i) })),
    codes: [...codes, ...grown],
    codings: range.flatMap((i) => [...[...Array(half).keys()].map((n) => coding(i, n, ANA.id, codes)), ...[...Array(half).keys()].map((n) => coding(i, n, BEN.id, codes))]),
    memos: range.map((i) => (i % 2 === 0 ? memo(i, `Ana on interview ${i}, a week later.`, LATER) : memo(i, `Ana on interview ${i}.`, EDITED))),
    coders: [ANA, BEN],
    documentSets: [{ id: uuid('scale:set'), name: 'First half', docIds: range.map((i) => uuid(`scale:doc:${i}`)), createdAt: CREATED }],
    attributeDefinitions: [{ name: 'year', type: 'number' }],
  };
}

describe('merging a project of 2,000 documents and 20,000 codings into one as large', () => {
  it('adds, updates and leaves exactly what it should, and the change it writes leaves the same rows', { timeout: 120_000 }, () => {
    const here = project();
    const there = file();
    const plan = planMerge(here, there, { projectId: PROJECT_ID });

    expect(plan.conflicts.filter((c) => c.kind !== 'memo differs')).toEqual([]);
    expect(plan.notMerged).toEqual([]);
    expect(plan.counts.matchedDocuments).toBe(DOCUMENTS);
    expect(plan.counts.codingsAlreadyThere).toBe(DOCUMENTS * CODINGS_PER_DOCUMENT / 2);
    expect(plan.add.codings.map((c) => c.id).sort()).toEqual(there.codings.filter((c) => c.coderId === BEN.id).map((c) => c.id).sort());
    expect(plan.add.coders).toEqual([BEN]);
    // Every theme's new child takes the next place under it, and a name no sibling has.
    expect(plan.add.codes.map((c) => [c.parentId, c.order, c.name])).toEqual([...Array(TOP_CODES).keys()].map((t) => [uuid(`scale:code:${t}`), CHILD_CODES, `Aspect ${t % CHILD_CODES} (2)`]));
    expect(plan.update.documents).toHaveLength(DOCUMENTS / 2);
    expect(plan.update.codes).toHaveLength(TOP_CODES * (CHILD_CODES + 1));
    expect(plan.update.memos).toHaveLength(DOCUMENTS / 2);
    expect(plan.update.documentSets).toEqual([{ id: uuid('scale:set'), changes: { docIds: there.documentSets[0]!.docIds } }]);

    const merged = applyMergePlan(here, plan);
    expect(merged.documents.every((d, i) => d.attributes['year'] === 2000 + (i % 20))).toBe(true);
    expect(merged.codes.filter((c) => c.definition === '')).toEqual(plan.add.codes.filter((c) => c.definition === ''));
    expect(merged.codings).toHaveLength(DOCUMENTS * CODINGS_PER_DOCUMENT * 1.5);
    expect(merged.memos.map((m) => m.text)).toEqual(there.memos.map((m) => m.text));
    expect(merged.documentSets[0]!.docIds).toHaveLength(DOCUMENTS);

    // Each row the change writes over is the project's row as read, and ends as the plan says.
    const change = mergeChanges(here, plan, 'Merged ben.framewise')!;
    const stored = new Map(Object.entries(here).flatMap(([table, rows]) => (rows as Array<{ id?: string }>).map((row) => [`${table}:${row.id}`, row] as const)));
    const result = new Map(Object.entries(merged).flatMap(([table, rows]) => (rows as Array<{ id?: string }>).map((row) => [`${table}:${row.id}`, row] as const)));
    for (const row of change.changes) {
      expect(row.before).toBe(stored.get(`${row.table}:${row.key}`) ?? null);
      expect(row.after).toEqual(result.get(`${row.table}:${row.key}`));
    }
    const updates = plan.update.documents.length + plan.update.codes.length + plan.update.memos.length + plan.update.documentSets.length;
    expect(change.changes.filter((c) => c.before !== null)).toHaveLength(updates);
    expect(change.changes.filter((c) => c.before === null)).toHaveLength(plan.add.codings.length + plan.add.codes.length + plan.add.coders.length);

    expect(isEmptyMerge(planMerge(merged, there, { projectId: PROJECT_ID }))).toBe(true);
  });
});
