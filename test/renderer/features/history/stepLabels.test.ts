// What Undo and Redo call a step once a code it names has been renamed: the code as it is called now,
// which is how the researcher knows it (the log keeps the label as it was written).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DocumentRecord } from '../../../../shared/model';
import { applyCodeChange } from '../../../../shared/changes/codingChanges';
import { commitChange } from '../../../../renderer/db/changes';
import { liveMinting } from '../../../../renderer/db/ids';
import { createCode, listCodes, mergeCodes, moveCode, updateCode } from '../../../../renderer/db/codes';
import { removeCoding, resizeStoredCoding } from '../../../../renderer/db/codings';
import { saveMemo } from '../../../../renderer/db/memos';
import { codeHitsChange } from '../../../../shared/changes/codeHitsChange';
import { capturePassage } from '../../../../shared/text/passageContext';
import { plainTextToMemoBody } from '../../../../shared/text/memoBody';
import { describeTarget } from '../../../../renderer/features/memos/memoTargets';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import type { HistoryEntry, UndoHistory } from '../../../../renderer/db/undoHistory';
import { describeOutcome, stepLabel } from '../../../../renderer/features/history/historyMessages';
import { projectWithHistory, type ProjectWithHistory } from '../../db/projectWithHistory';

const KIM = 'coder-kim';
const LEE = 'coder-lee';
const TEXT = 'We will build 4,000 homes by 2029. Rents rose 31 percent last year.';

let project: ProjectWithHistory;
let db: ProjectDatabase;
let history: UndoHistory;
let doc: DocumentRecord;

beforeEach(async () => {
  project = await projectWithHistory({ courier: TEXT });
  ({ db, history } = project);
  [doc] = project.documents as [DocumentRecord];
});
afterEach(() => project.close());

const code = (name: string) => project.code(name);

async function applyCode(codeName: string, quote: string) {
  const start = TEXT.indexOf(quote);
  const change = applyCodeChange(TEXT, { docId: doc.id, codeId: code(codeName).id, start, end: start + quote.length, coderId: KIM }, codeName, liveMinting());
  await commitChange(db, change, { coderId: KIM });
}

/** The names of the project's codes now, as the window's live list of codes has them. */
async function namesNow(): Promise<Map<string, string>> {
  return new Map((await listCodes(db)).map((c) => [c.id, c.name]));
}

/** The next undo's entry once the history has noted the names its label gives (it reads them just after the commit). */
async function nextUndoNamed(): Promise<HistoryEntry> {
  await history.idle();
  return history.nextUndo(KIM)!;
}

describe('a step naming a code renamed since', () => {
  test('Undo names the code as it is called now', async () => {
    await applyCode('pledge', 'We will build 4,000 homes');
    const entry = await nextUndoNamed();
    await updateCode(db, code('pledge').id, { name: 'promise' }, LEE);
    expect(stepLabel(entry, await namesNow())).toBe('Code “promise” applied');
  });

  test('what the status line says after the undo, and Redo, name it so too', async () => {
    await applyCode('pledge', 'We will build 4,000 homes');
    await nextUndoNamed();
    await updateCode(db, code('pledge').id, { name: 'promise' }, LEE);
    const outcome = await history.undo(KIM);
    expect(await describeOutcome(db, outcome)).toBe('Undone: Code “promise” applied in “courier”.');
    expect(stepLabel(history.nextRedo(KIM)!, await namesNow())).toBe('Code “promise” applied');
  });

  test('a recode names both codes as they are called now', async () => {
    await applyCode('pledge', 'We will build 4,000 homes');
    const [coding] = await db.codings.toArray();
    const from = code('pledge');
    const to = code('claim');
    await commitChange(
      db,
      { label: `Coding recoded from “${from.name}” to “${to.name}”`, changes: [{ table: 'codings', key: coding!.id, before: coding!, after: { ...coding!, codeId: to.id } }], codeIds: [from.id] },
      { coderId: KIM },
    );
    const entry = await nextUndoNamed();
    await updateCode(db, from.id, { name: 'promise' }, LEE);
    await updateCode(db, to.id, { name: 'assertion' }, LEE);
    expect(stepLabel(entry, await namesNow())).toBe('Coding recoded from “promise” to “assertion”');
  });

  test('a step committed inside a caller’s transaction is named so too', async () => {
    await db.transaction('rw', [db.codings, db.codingCounts, db.operations], () => applyCode('pledge', 'We will build 4,000 homes'));
    const entry = await nextUndoNamed();
    await updateCode(db, code('pledge').id, { name: 'promise' }, LEE);
    expect(stepLabel(entry, await namesNow())).toBe('Code “promise” applied');
  });

  test('a rename keeps the names it says, and a code deleted since keeps the name it had', async () => {
    const created = await createCode(db, { name: 'housing', parentId: null }, KIM);
    await updateCode(db, created.id, { name: 'homes' }, KIM);
    const renamed = await nextUndoNamed();
    await updateCode(db, created.id, { name: 'dwellings' }, LEE);
    expect(stepLabel(renamed, await namesNow())).toBe('Code “housing” renamed to “homes”');

    await applyCode('metric', '31 percent');
    const applied = await nextUndoNamed();
    await db.transaction('rw', [db.codings, db.codingCounts, db.codes], async () => {
      await db.codings.clear();
      await db.codes.delete(code('metric').id);
    });
    expect(stepLabel(applied, await namesNow())).toBe('Code “metric” applied');
  });
});

const memoContent = (text: string) => ({ body: plainTextToMemoBody(text), text });

/** Renames `name` (a code of the default codebook) and says what Undo calls `entry` then. */
async function afterRenaming(entry: HistoryEntry, name: string, to: string): Promise<string> {
  await updateCode(db, code(name).id, { name: to }, LEE);
  return stepLabel(entry, await namesNow());
}

describe('every kind of step that names a code follows its renaming', () => {
  test('a memo on a coding', async () => {
    await applyCode('pledge', 'We will build 4,000 homes');
    const [coding] = await db.codings.toArray();
    const describe = describeTarget({ targetType: 'coding', targetId: coding!.id }, { documentTitle: () => doc.title, code: (id) => (id === coding!.codeId ? code('pledge') : undefined), coding: () => coding });
    await saveMemo(db, { targetType: 'coding', targetId: coding!.id }, KIM, memoContent('Costed in the annex.'), describe, { docIds: [doc.id], codeIds: [coding!.codeId] });
    const entry = await nextUndoNamed();
    expect(entry.label).toBe('Memo written on the pledge coding “We will build 4,000 homes”');
    expect(await afterRenaming(entry, 'pledge', 'promise')).toBe('Memo written on the promise coding “We will build 4,000 homes”');
  });

  test('a memo on a code', async () => {
    await saveMemo(db, { targetType: 'code', targetId: code('pledge').id }, KIM, memoContent('Promises with a number.'), 'the code “pledge”');
    expect(await afterRenaming(await nextUndoNamed(), 'pledge', 'promise')).toBe('Memo written on the code “promise”');
  });

  test('a code moved into another', async () => {
    await moveCode(db, code('metric').id, { parentId: code('pledge').id, index: 0 }, KIM);
    const entry = await nextUndoNamed();
    expect(await afterRenaming(entry, 'pledge', 'promise')).toBe('Code “metric” moved into “promise”');
    expect(await afterRenaming(entry, 'metric', 'figure')).toBe('Code “figure” moved into “promise”');
  });

  test('a code merged into another that had no codings', async () => {
    await applyCode('pledge', 'We will build 4,000 homes');
    await mergeCodes(db, code('pledge').id, code('claim').id, KIM);
    expect(await afterRenaming(await nextUndoNamed(), 'claim', 'assertion')).toBe('Code “pledge” merged into “assertion”');
  });

  test('a coding removed, its boundaries moved, and search hits coded', async () => {
    await applyCode('pledge', 'We will build 4,000 homes');
    const [coding] = await db.codings.toArray();
    await resizeStoredCoding(db, TEXT, coding!.id, 0, 7, 'pledge', KIM);
    const resized = await nextUndoNamed();
    await removeCoding(db, (await db.codings.toArray())[0]!, 'pledge', KIM);
    const removed = await nextUndoNamed();
    await commitChange(db, codeHitsChange([{ docId: doc.id, start: 35, end: 40, ...capturePassage(TEXT, 35, 40) }], code('metric').id, 'metric', KIM, liveMinting()), { coderId: KIM });
    const hits = await nextUndoNamed();
    expect(await afterRenaming(resized, 'pledge', 'promise')).toBe('Boundaries of “promise” coding moved');
    expect(stepLabel(removed, await namesNow())).toBe('Code “promise” removed');
    expect(await afterRenaming(hits, 'metric', 'figure')).toBe('Code “figure” applied to 1 search hit');
  });
});
