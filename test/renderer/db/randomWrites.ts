// Every kind of write a researcher can make, one a step in a fixed pseudo-random order, for tests that
// check something the window keeps up to date (its counts, its analysis index) against a fresh read
// after each write. A test lays out its own die: which write each face makes (a kind on several faces
// comes up more often), these writes of the database beside writes of its own (switching project, the
// screen's coder view). The walk replays the kinds and the dice for a seed; the ids the project mints
// stay random, so which code or document a pick lands on can differ between runs.
import type { CodeRecord, CodingRecord, DocumentRecord, DocumentSetRecord } from '../../../shared/model';
import type { ProjectTables } from '../../../shared/projectFile/projectTables';
import { applyCodeChange } from '../../../shared/changes/codingChanges';
import { withAttributes } from '../../../shared/changes/documentChanges';
import { commitChange } from '../../../renderer/db/changes';
import { recodeStoredCoding, removeCoding, resizeStoredCoding } from '../../../renderer/db/codings';
import { createCode, deleteCode, mergeCodes } from '../../../renderer/db/codes';
import { addImportedDocuments, deleteDocuments, editDocuments } from '../../../renderer/db/documents';
import { addToSet, createSet, deleteSet, removeFromSet, renameSet } from '../../../renderer/db/documentSets';
import { saveMemo } from '../../../renderer/db/memos';
import { liveMinting } from '../../../renderer/db/ids';
import { loadProject } from '../../../renderer/db/loadProject';
import { readProjectTables } from '../../../renderer/db/projectSnapshot';
import { PROJECT_DB_PREFIX, ProjectDatabase } from '../../../renderer/db/projectDatabase';
import type { UndoHistory } from '../../../renderer/db/undoHistory';
import { mergeIntoProject, previewMerge } from '../../../renderer/features/interop/applyIncoming';
import { importedDocument } from '../../fixtures/importedDocument';
import { PROJECT_ID, roundTripProject } from '../../shared/interop/refiFixtures';

export interface Dice {
  /** A whole number from 0 to n - 1. */
  next(n: number): number;
  pick<T>(list: readonly T[]): T | undefined;
}

/** Park and Miller's generator: the same seed throws the same numbers, so a failure can be replayed. */
export function dice(seed: number): Dice {
  let state = seed;
  const next = (n: number) => Math.floor(((state = (state * 16807) % 2147483647) / 2147483647) * n);
  return { next, pick: (list) => list[next(list.length)] };
}

/** One step of the walk: the project as it was before the write, who writes, and the walk's dice. */
export interface Step {
  index: number;
  db: ProjectDatabase;
  history: UndoHistory;
  coderId: string;
  codings: CodingRecord[];
  codes: CodeRecord[];
  documents: DocumentRecord[];
  sets: DocumentSetRecord[];
  random: Dice;
}

/** A kind of write: what it did, or null when the project offered it nothing to work on (the step is skipped). */
export type Write = (step: Step) => Promise<string | null>;

export interface WriteOptions {
  /** The text a passage is cut from and a coding resized in. */
  textOf(db: ProjectDatabase, docId: string): string | Promise<string>;
  /** A passage applied starts at least `margin` UTF-16 units before the text's end and is 1 to `longest` units long. */
  passage: { margin: number; longest: number };
  /** How many UTF-16 units a resize moves a coding's start back. */
  resizeBy: number;
  /** Documents and codes a deletion (or a merge of codes) always leaves. */
  keep: { documents: number; codes: number };
  /** The text of the `count`th document imported. */
  importedText(random: Dice, count: number): string;
}

/** The writes of the database, each kind once; a walk's backup, imports and merge are its own. */
export function projectWrites(options: WriteOptions) {
  let backup: ProjectTables | null = null;
  let imported = 0;
  let merged = false;

  const apply: Write = async ({ db, codes, documents, coderId, random }) => {
    if (!codes.length || !documents.length) return null;
    const doc = random.pick(documents)!;
    const text = await options.textOf(db, doc.id);
    const start = random.next(text.length - options.passage.margin);
    const end = Math.min(text.length, start + 1 + random.next(options.passage.longest));
    await commitChange(db, applyCodeChange(text, { docId: doc.id, codeId: random.pick(codes)!.id, start, end, coderId }, 'code', liveMinting()), { coderId });
    return 'apply';
  };
  const remove: Write = async ({ db, codings, coderId, random }) => {
    if (!codings.length) return null;
    await removeCoding(db, random.pick(codings)!, 'code', coderId);
    return 'remove';
  };
  const resize: Write = async ({ db, codings, coderId, random }) => {
    if (!codings.length) return null;
    const coding = random.pick(codings)!;
    await resizeStoredCoding(db, await options.textOf(db, coding.docId), coding.id, Math.max(0, coding.start - options.resizeBy), coding.end, 'code', coderId);
    return 'resize';
  };
  const recode: Write = async ({ db, codings, codes, coderId, random }) => {
    if (!codings.length || !codes.length) return null;
    await recodeStoredCoding(db, random.pick(codings)!.id, undefined, random.pick(codes)!, coderId);
    return 'recode';
  };
  // Undo and redo may be refused (a conflict, nothing to undo): that is an answer, not a failure here.
  const undo: Write = async ({ history, coderId }) => {
    await history.undo(coderId).catch(() => undefined);
    return 'undo';
  };
  const redo: Write = async ({ history, coderId }) => {
    await history.redo(coderId).catch(() => undefined);
    return 'redo';
  };
  const deleteDocument: Write = async ({ db, documents, coderId, random }) => {
    if (documents.length <= options.keep.documents) return null;
    await deleteDocuments(db, [random.pick(documents)!.id], coderId);
    return 'delete a document';
  };
  const deleteACode: Write = async ({ db, codes, coderId, random }) => {
    if (codes.length <= options.keep.codes) return null;
    await deleteCode(db, random.pick(codes.filter((c) => c.parentId === null))?.id ?? codes[0]!.id, coderId);
    return 'delete a code';
  };
  const mergeTwoCodes: Write = async ({ db, codes, coderId, random }) => {
    if (codes.length <= options.keep.codes) return null;
    const [source, target] = [random.pick(codes)!, random.pick(codes)!];
    if (source.id === target.id || codes.some((c) => c.id === target.id && c.parentId === source.id)) return null;
    await mergeCodes(db, source.id, target.id, coderId).catch(() => undefined);
    return 'merge two codes';
  };
  const importDocuments: Write = async ({ db, random }) => {
    const name = `imported-${imported++}`;
    await addImportedDocuments(db, [importedDocument(name, { text: options.importedText(random, imported) })]);
    return 'import documents';
  };
  const backUpOrRestore: Write = async ({ db }) => {
    if (!backup) {
      backup = await readProjectTables(db);
      return 'take a backup';
    }
    // The backup worker restores through a connection of its own.
    const worker = new ProjectDatabase(db.name.slice(PROJECT_DB_PREFIX.length));
    await worker.open();
    try {
      await loadProject(worker, backup, { replace: true });
    } finally {
      worker.close();
    }
    backup = null;
    return 'restore the backup';
  };
  const mergeAnotherProject: Write = async ({ db, coderId }) => {
    if (merged) return null;
    merged = true;
    const file = { fileName: 'riverton.qdpx', kind: 'qdpx' as const, name: 'Riverton', origin: 'Framewise 0.1.0', rows: roundTripProject(), originals: new Map(), skipped: [], plan: null, linkedFiles: [] };
    await mergeIntoProject(db, file, await previewMerge(db, PROJECT_ID, file), coderId, async () => true);
    return 'merge another project';
  };
  const editAttribute: Write = async ({ db, documents, coderId, random }) => {
    if (!documents.length) return null;
    // The number 2017 and the text "2017" are two values; null takes the attribute away.
    const value = random.pick<string | number | null>([2017, '2017', 2018, null])!;
    await editDocuments(db, 'Set year', [random.pick(documents)!.id], (doc) => withAttributes(doc, { year: value }), coderId);
    return 'edit an attribute';
  };
  const changeASetsDocuments: Write = async ({ db, documents, sets, coderId, random, index }) => {
    if (!documents.length) return null;
    if (sets.length === 0 || random.next(3) === 0) {
      await createSet(db, `Set ${index}`, [random.pick(documents)!.id], coderId);
      return 'create a set';
    }
    if (random.next(2) === 0) {
      await addToSet(db, random.pick(sets)!, [random.pick(documents)!.id], coderId);
      return 'add to a set';
    }
    const set = random.pick(sets)!;
    await removeFromSet(db, set, set.docIds.slice(0, 1), coderId);
    return 'take out of a set';
  };
  const renameOrDeleteASet: Write = async ({ db, sets, coderId, random, index }) => {
    if (!sets.length) return null;
    if (random.next(2) === 0) {
      await renameSet(db, random.pick(sets)!, `Renamed ${index}`, coderId);
      return 'rename a set';
    }
    await deleteSet(db, random.pick(sets)!, coderId);
    return 'delete a set';
  };
  const editAMemo: Write = async ({ db, codings, coderId, random }) => {
    if (!codings.length) return null;
    const words = random.pick(['Strong claim.', 'Check the source.', ''])!;
    await saveMemo(db, { targetType: 'coding', targetId: random.pick(codings)!.id }, coderId, { body: '', text: words }, 'Memo');
    return 'edit a memo';
  };
  const createACode: Write = async ({ db, codes, coderId, random, index }) => {
    // Half of them subcodes, so that "with subcodes" and roll-up have a tree to read.
    const parent = random.next(2) === 0 ? random.pick(codes) : undefined;
    await createCode(db, { name: `Code ${index}`, parentId: parent?.id ?? null }, coderId);
    return 'create a code';
  };
  const replaceADocumentsText: Write = async ({ db, documents, random, index }) => {
    if (!documents.length) return null;
    // As a re-extraction would: the same document, a longer text (its codings stay inside it).
    const doc = random.pick(documents)!;
    const text = `${await options.textOf(db, doc.id)}\n\nAdded at step ${index}: rents rose, café closed.`;
    await db.transaction('rw', db.texts, db.documents, async () => {
      await db.texts.put({ docId: doc.id, text });
      await db.documents.update(doc.id, { length: text.length });
    });
    return "replace a document's text";
  };

  return {
    /** The writes on codings, codes and documents that every walk makes, on the die's first twelve faces (apply on four). */
    codingFaces: [apply, apply, apply, apply, remove, resize, recode, undo, redo, deleteDocument, deleteACode, mergeTwoCodes] as const,
    importDocuments,
    backUpOrRestore,
    mergeAnotherProject,
    editAttribute,
    changeASetsDocuments,
    renameOrDeleteASet,
    editAMemo,
    createACode,
    replaceADocumentsText,
    /** Another window codes in the project of `db` (closed here, or open) through a connection of its own. */
    async codeFromAnotherWindow(db: ProjectDatabase, coderId: string, random: Dice): Promise<void> {
      const other = new ProjectDatabase(db.name.slice(PROJECT_DB_PREFIX.length));
      await other.open();
      try {
        const [doc, code] = [random.pick(await other.documents.toArray()), random.pick(await other.codes.toArray())];
        if (doc && code) await commitChange(other, applyCodeChange(await options.textOf(other, doc.id), { docId: doc.id, codeId: code.id, start: 2, end: 9, coderId }, 'code', liveMinting()), { coderId });
      } finally {
        other.close();
      }
    },
  };
}

export interface Walk {
  seed: number;
  steps: number;
  /** Who makes each step's write, picked at random. */
  coderIds: readonly string[];
  /** The project open now (a write may switch it). */
  project(): { db: ProjectDatabase; history: UndoHistory };
  /** The die: each face's write. */
  faces: readonly Write[];
  /** Runs a write as the screen does (inside React's act, say). */
  run?: (write: () => Promise<string | null>) => Promise<string | null>;
  /** After each write that was made: what the test checks. */
  check(what: string, step: Step): Promise<void>;
}

/** Makes `steps` writes at random, checking after each; the kinds of write that were made. */
export async function walkRandomWrites(walk: Walk): Promise<Set<string>> {
  const random = dice(walk.seed);
  const run = walk.run ?? ((write) => write());
  const made = new Set<string>();
  for (let index = 0; index < walk.steps; index++) {
    const coderId = random.pick(walk.coderIds)!;
    const { db, history } = walk.project();
    const step: Step = {
      index,
      db,
      history,
      coderId,
      codings: await db.codings.toArray(),
      codes: await db.codes.toArray(),
      documents: await db.documents.toArray(),
      sets: await db.documentSets.toArray(),
      random,
    };
    const write = walk.faces[random.next(walk.faces.length)]!;
    const what = await run(() => write(step));
    if (what === null) continue;
    made.add(what);
    await walk.check(what, step);
  }
  return made;
}
