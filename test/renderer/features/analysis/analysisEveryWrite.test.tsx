// @vitest-environment jsdom
// Every kind of write a researcher can make, in a random order, and after each one what Retrieve,
// Compare, co-occurrence, distinctive words and corpus search answer from the window's analysis index
// (the live read of useAnalysisRead, folded by useCoalescedRead, loaded into the workers by
// analysisRunner's once-per-read path, the worker's word index kept from load to load) must equal what
// an index built fresh from the database answers. The writes: apply, remove, resize, recode, undo,
// redo, delete a document, delete a code, merge two codes, attribute edits (the number 2017 and the
// text "2017"), set membership, renaming and deleting a set, memo edits, import of documents, restoring
// a backup from another connection, a document's text replaced, coders hidden and blind mode, and switching project and back
// (another window coding meanwhile). The workers run in the test's thread behind real Comlink.
import { act } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { ProjectDatabase as ProjectDatabaseType } from '../../../../renderer/db/projectDatabase';
import type { CoderVisibility } from '../../../../renderer/features/coders/coderVisibility';
import type { AnalysisData } from '../../../../renderer/features/analysis/useAnalysisIndex';
import type { AnalysisRows } from '../../../../renderer/db/analysisRows';
import type { Grouping } from '../../../../shared/analysis/grouping';
import type { CompareSettings } from '../../../../shared/stats/compare';
import type { CooccurrenceOptions } from '../../../../shared/stats/cooccurrence';
import type { DistinctiveWordsOptions } from '../../../../shared/stats/distinctiveWords';
import type { CorpusSearchQuery } from '../../../../shared/search/searchQuery';
import { EMPTY_DOCUMENT_FILTER, attributeValueOptions, type DocumentFilter } from '../../../../shared/library/documentFilter';
import { EMPTY_RETRIEVE_QUERY, type RetrieveQuery } from '../../../../shared/retrieve/retrieveQuery';
import { retrievePassages } from '../../../../shared/retrieve/retrievePassages';
import { createAnalysisIndex, type AnalysisIndex } from '../../../../shared/analysis/analysisIndex';
import { packRows } from '../../../../shared/analysis/workerRows';
import { applyCodeChange } from '../../../../shared/changes/codingChanges';
import { commitChange } from '../../../../renderer/db/changes';
import { removeCoding } from '../../../../renderer/db/codings';
import { addDefaultCodebook } from '../../../../renderer/db/codes';
import { addImportedDocuments } from '../../../../renderer/db/documents';
import { ensureCoder } from '../../../../renderer/db/coders';
import { undoHistoryFor, type UndoHistory } from '../../../../renderer/db/undoHistory';
import { liveMinting } from '../../../../renderer/db/ids';
import { PROJECT_DB_PREFIX, ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { readAnalysisRows } from '../../../../renderer/db/analysisRows';
import { createAnalysisWork, type AnalysisWork } from '../../../../renderer/features/analysis/analysisWork';
import { createSearchWork } from '../../../../renderer/features/analysis/searchWork';
import { codingMemoTexts } from '../../../../renderer/features/export/codingMemoText';
import { importedDocument } from '../../../fixtures/importedDocument';
import { freshProject } from '../../db/projectDb';
import { projectWrites, walkRandomWrites, type Step, type Write } from '../../db/randomWrites';
import { projectValue, screen, settle, type Screen } from '../memos/memoHarness';
import { InProcessWorker } from './inProcessWorkers';

const project = vi.hoisted(() => ({ value: null as unknown }));
const coderView = vi.hoisted(() => ({ visibility: { blind: false, hidden: [] as readonly string[] } }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
vi.mock('../../../../renderer/features/coders/CoderViewContext', () => ({ useCoderView: () => ({ visibility: coderView.visibility }) }));
vi.stubGlobal('Worker', InProcessWorker);
const { useAnalysisRead } = await import('../../../../renderer/features/analysis/useAnalysisIndex');
const { askAnalysis, startSearch } = await import('../../../../renderer/features/analysis/analysisRunner');

const KIM = { id: 'coder-kim', name: 'Kim', color: '#1f77b4' };
const LEE = { id: 'coder-lee', name: 'Lee', color: '#ff7f0e' };
const TEXTS = [
  'We will build 4,000 homes by 2029.\n\nRents rose 31 percent last year. The council said no. 住宅 👩‍👩‍👧',
  'Rents fell in Riverton.\n\nThe council said yes to 300 homes. Café owners cheered the café plan.',
  'Crime rose while bail reform stalled.\n\nThe mayor said rents are too high. مرحبا بكم. Cafe\u0301 talk.',
];
const VISIBILITIES: CoderVisibility[] = [
  { blind: false, hidden: [] },
  { blind: true, hidden: [] },
  { blind: false, hidden: [LEE.id] },
];

let db: ProjectDatabaseType;
let other: ProjectDatabaseType;
let history: UndoHistory;
let view: Screen;
const shown: { data: AnalysisData | null } = { data: null };

function Probe() {
  shown.data = useAnalysisRead().data;
  return null;
}

beforeEach(async () => {
  db = await freshProject();
  other = await freshProject();
  for (const opened of [db, other]) {
    await ensureCoder(opened, KIM);
    await ensureCoder(opened, LEE);
    await addDefaultCodebook(opened);
  }
  await addImportedDocuments(db, ['courier', 'ledger', 'gazette'].map((name, i) => importedDocument(name, { text: TEXTS[i]! })));
  await addImportedDocuments(other, [importedDocument('elsewhere', { text: 'Another project about homes and rents.' })]);
  coderView.visibility = VISIBILITIES[0]!;
  history = undoHistoryFor(db);
  project.value = projectValue(db, KIM);
  view = screen();
  await view.render(<Probe />);
});
afterEach(async () => {
  await view.unmount();
  history.dispose();
  await db.delete();
  await other.delete();
});

/** A document's text as stored now. */
async function textOf(projectDb: ProjectDatabaseType, docId: string): Promise<string> {
  return (await projectDb.texts.get(docId))?.text ?? '';
}

/** What Retrieve, Compare and the rest are asked, made from the project as it is now (stale ids included). */
function questions(fresh: AnalysisIndex) {
  const codes = fresh.codeOrder;
  const c = (i: number) => codes[i % Math.max(codes.length, 1)] ?? 'no-code';
  const setIds = [...fresh.rows.sets].map((s) => s.id);
  const year = (values: DocumentFilter['attributes'][number]['values']): DocumentFilter => ({ ...EMPTY_DOCUMENT_FILTER, attributes: [{ name: 'year', values }] });
  const filters: DocumentFilter[] = [EMPTY_DOCUMENT_FILTER, year([2017]), year(['2017']), year([null]), { ...EMPTY_DOCUMENT_FILTER, setIds: [setIds[0] ?? 'no-set', 'deleted-set'] }, { ...EMPTY_DOCUMENT_FILTER, textContains: 'rents' }];
  const queries: RetrieveQuery[] = [
    { ...EMPTY_RETRIEVE_QUERY, codeIds: [c(0), c(1)], withSubcodes: true },
    { ...EMPTY_RETRIEVE_QUERY, codeIds: [c(0), c(1)], match: 'all' },
    { ...EMPTY_RETRIEVE_QUERY, codeIds: [c(2), c(3)], excludeCodeIds: [c(0)] },
    { ...EMPTY_RETRIEVE_QUERY, codeIds: [c(1)], near: { codeIds: [c(2)], paragraphs: 1 } },
    { ...EMPTY_RETRIEVE_QUERY, codeIds: codes.slice(0, 4), coderIds: [LEE.id] },
    ...filters.map((documents) => ({ ...EMPTY_RETRIEVE_QUERY, codeIds: codes.slice(0, 5), documents })),
  ];
  const groupings: Grouping[] = [{ kind: 'none' }, { kind: 'attribute', name: 'year' }, { kind: 'sets', setIds: [] }, { kind: 'coders', coderIds: [] }, { kind: 'documents' }];
  const compare: CompareSettings[] = [
    { rows: { kind: 'codes', codeIds: [], rollUp: true }, columns: { kind: 'attribute', name: 'year' }, documents: EMPTY_DOCUMENT_FILTER, coderIds: [] },
    { rows: { kind: 'codes', codeIds: codes.slice(0, 3), rollUp: false }, columns: { kind: 'sets', setIds: [] }, documents: year([2017, '2017']), coderIds: [KIM.id] },
    { rows: { kind: 'queries', queries: queries.slice(0, 4) }, columns: { kind: 'coders', coderIds: [] }, documents: EMPTY_DOCUMENT_FILTER, coderIds: [] },
  ];
  const cooccurrence: CooccurrenceOptions[] = [
    { codeIds: [], withSubcodes: false, unit: 'overlap', coderIds: [], documents: EMPTY_DOCUMENT_FILTER, grouping: { kind: 'sets', setIds: [] } },
    { codeIds: codes.slice(0, 4), withSubcodes: true, unit: 'paragraph', coderIds: [LEE.id], documents: year([2017]), grouping: { kind: 'none' } },
  ];
  const docIds = fresh.documents.map((d) => d.id);
  const words: DistinctiveWordsOptions[] = [
    { target: { group: { docIds: docIds.slice(0, 1), coderId: null }, within: null }, reference: { group: { docIds: docIds.slice(1), coderId: null }, within: null }, priorWeight: 10, stopWords: true, top: 10 },
    { target: { group: { docIds, coderId: KIM.id }, within: queries[0]! }, reference: { group: { docIds, coderId: LEE.id }, within: queries[0]! }, priorWeight: 10, stopWords: false, top: 10 },
  ];
  const searches: CorpusSearchQuery[] = [
    { pattern: 'rents', mode: 'word', caseInsensitive: true, accentInsensitive: false },
    { pattern: 'cafe', mode: 'phrase', caseInsensitive: true, accentInsensitive: true },
    { pattern: '\\d+', mode: 'regex', caseInsensitive: false, accentInsensitive: false },
  ];
  return { queries, groupings, compare, cooccurrence, words, searches, docIds };
}

type Ask = <T>(question: (work: AnalysisWork) => T | Promise<T>) => Promise<T>;

/** Every answer to `questions`, from `index` (the window's lookups) and `ask` (the worker's work). */
async function answers(index: AnalysisIndex, memos: ReadonlyMap<string, string>, ask: Ask, search: (query: CorpusSearchQuery, docIds: string[]) => Promise<unknown>, q: ReturnType<typeof questions>) {
  return {
    documents: index.documents.map((d) => ({ id: d.id, title: d.title, attributes: d.attributes, text: index.text(d.id) })),
    attributeOptions: attributeValueOptions(index.documents),
    codes: index.codeOrder.map((id) => [id, index.codesById.get(id)?.name, index.treeDepth.get(id)]),
    sets: index.rows.sets.map((s) => [s.id, s.name, [...s.docIds].sort()]),
    coders: index.rows.coders.map((c) => c.id).sort(),
    memos: [...memos].sort(),
    windowRetrieve: q.queries.map((query) => retrievePassages(index, query)),
    retrieve: await ask((work) => Promise.all(q.queries.flatMap((query) => q.groupings.map((grouping) => work.retrieve(query, grouping))))),
    compare: await ask((work) => Promise.all(q.compare.map((settings) => work.compare(settings, { resamples: 20, seed: 7 })))),
    cooccurrence: await ask((work) => Promise.all(q.cooccurrence.map((options) => work.cooccurrence(options)))),
    words: await ask((work) => Promise.all(q.words.flatMap((options) => [work.distinctiveWords(options), work.wordInContext(options.target, 'rents', 50)]))),
    // One search at a time, as the place runs them: a newer search cancels the one running.
    search: await q.searches.reduce<Promise<unknown[]>>(async (done, query) => [...(await done), await search(query, q.docIds)], Promise.resolve([])),
  };
}

/** The rows shown: the current coder's, and the others' unless hidden (blind: the current coder's only). */
function visible(read: AnalysisRows, visibility: CoderVisibility): AnalysisRows {
  const shows = (coderId: string) => coderId === KIM.id || (!visibility.blind && !visibility.hidden.includes(coderId));
  const { rows } = read;
  return { texts: read.texts, rows: { ...rows, coders: rows.coders.filter((c) => shows(c.id)), codings: rows.codings.filter((c) => shows(c.coderId)), memos: rows.memos.filter((m) => shows(m.coderId)) } };
}

/** What an index built now from the database answers, on a connection of its own. */
async function freshAnswers(projectDb: ProjectDatabaseType) {
  const connection = new ProjectDatabase(projectDb.name.slice(PROJECT_DB_PREFIX.length));
  await connection.open();
  try {
    const read = visible(await readAnalysisRows(connection), coderView.visibility);
    const index = createAnalysisIndex(read.rows, read.texts);
    const work = createAnalysisWork(() => {});
    work.load(packRows(read.rows, read.texts), read.texts);
    const searchWork = createSearchWork();
    searchWork.load(read.texts);
    const q = questions(index);
    const memos = codingMemoTexts(read.rows.codings, read.rows.memos, new Map(read.rows.coders.map((c) => [c.id, c.name])));
    return { q, answers: await answers(index, memos, async (question) => question(work), async (query, docIds) => searchWork.search(query, docIds), q) };
  } finally {
    connection.close();
  }
}

/** What the window answers now, through its own index and the runner's workers. */
async function windowAnswers(q: ReturnType<typeof questions>) {
  const data = shown.data;
  if (!data) return null;
  const ask: Ask = (question) => askAnalysis(data.read, async (remote) => question(remote as unknown as AnalysisWork));
  return answers(data.index, data.codingMemos, ask, (query, docIds) => startSearch(data.read, query, docIds).result, q);
}

/** Typed arrays as plain arrays: those cloned back from a worker are of another realm than the test's. */
function plain(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
  return value;
}

/** Equal as toEqual compares (undefined properties and the sign of a zero aside). */
function sameAnswers(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}

/**
 * The window's answers equal the fresh ones once its reads have caught up (a burst of writes is
 * folded into one read after a pause no longer than the read: a few milliseconds here).
 */
async function expectWindowEqualsFresh(step: string, projectDb: ProjectDatabaseType = db): Promise<void> {
  // Inside act: a read of the window may come back meanwhile.
  const fresh = await act(() => freshAnswers(projectDb));
  const expected = plain(fresh.answers);
  let seen: unknown = null;
  for (let attempt = 0; attempt < 60; attempt++) {
    await settle(20);
    // Inside act: a read may come back while the questions are answered.
    await act(async () => {
      seen = plain(await windowAnswers(fresh.q));
    });
    if (sameAnswers(seen, expected)) return;
  }
  expect(seen, step).toEqual(expected);
}

test('Retrieve, Compare, co-occurrence, distinctive words and corpus search equal a fresh index after every kind of write', async () => {
  const writes = projectWrites({
    textOf,
    passage: { margin: 10, longest: 30 },
    resizeBy: 3,
    keep: { documents: 2, codes: 2 },
    importedText: (random, count) => `${random.pick(TEXTS)!}\n\nImported ${count}: rents, homes, café.`,
  });
  const hideCoders: Write = async ({ random }) => {
    coderView.visibility = random.pick(VISIBILITIES.filter((v) => v !== coderView.visibility))!;
    await view.render(<Probe />);
    return 'hide coders';
  };
  // The switch itself comes after the write, out of the write's act (switchToTheOtherProjectAndBack).
  const codeThenSwitchProject: Write = async ({ db, codes, documents, coderId, random }) => {
    if (!codes.length || !documents.length) return null;
    // A coding made just before the switch, still being read when the project closes.
    const doc = random.pick(documents)!;
    const text = await textOf(db, doc.id);
    await commitChange(db, applyCodeChange(text, { docId: doc.id, codeId: random.pick(codes)!.id, start: 0, end: 5, coderId }, 'code', liveMinting()), { coderId });
    return 'switch project and back';
  };
  const removeTwoWhileReading: Write = async ({ db, codings, coderId, random }) => {
    if (codings.length <= 1) return null;
    // Two writes in quick succession: the second arrives while the first is being read.
    const [a, b] = [random.pick(codings)!, random.pick(codings)!];
    await removeCoding(db, a, 'code', coderId);
    await settle(1);
    if (a.id !== b.id) await removeCoding(db, b, 'code', coderId);
    return 'writes while a read runs';
  };
  const switchToTheOtherProjectAndBack = async ({ index, random }: Step) => {
    history.dispose();
    db.close();
    project.value = projectValue(other, KIM);
    await view.render(<Probe />);
    await expectWindowEqualsFresh(`step ${index} (in the other project)`, other);
    // Meanwhile another window codes in the first project.
    await writes.codeFromAnotherWindow(db, LEE.id, random);
    db = new ProjectDatabase(db.name.slice(PROJECT_DB_PREFIX.length));
    await db.open();
    history = undoHistoryFor(db);
    project.value = projectValue(db, KIM);
    await view.render(<Probe />);
  };
  await expectWindowEqualsFresh('first read');
  const made = await walkRandomWrites({
    seed: 23,
    steps: 160,
    coderIds: [KIM.id, LEE.id],
    project: () => ({ db, history }),
    faces: [
      ...writes.codingFaces,
      writes.editAttribute,
      writes.changeASetsDocuments,
      writes.renameOrDeleteASet,
      writes.editAMemo,
      writes.importDocuments,
      writes.backUpOrRestore,
      hideCoders,
      codeThenSwitchProject,
      removeTwoWhileReading,
      writes.createACode,
      writes.renameOrDeleteASet,
      writes.replaceADocumentsText,
    ],
    // Inside act, as the screen's writes are: the reads they start come back while it runs.
    run: (write) => act(write),
    check: async (what, step) => {
      if (what === 'switch project and back') await switchToTheOtherProjectAndBack(step);
      await expectWindowEqualsFresh(`step ${step.index} (${what})`);
    },
  });
  // The answers came through the runner's workers, not around them.
  expect(InProcessWorker.started).toBeGreaterThanOrEqual(2);
  expect([...made].sort()).toEqual(
    [
      'apply',
      'remove',
      'resize',
      'recode',
      'undo',
      'redo',
      'delete a document',
      'delete a code',
      'merge two codes',
      'edit an attribute',
      'create a set',
      'add to a set',
      'take out of a set',
      'rename a set',
      'delete a set',
      'edit a memo',
      'import documents',
      'take a backup',
      'restore the backup',
      'hide coders',
      'switch project and back',
      'writes while a read runs',
      'create a code',
      "replace a document's text",
    ].sort(),
  );
}, 240_000);
