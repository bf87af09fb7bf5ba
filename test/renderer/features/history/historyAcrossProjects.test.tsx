// @vitest-environment jsdom
// The window's undo history as the researcher moves between projects: an undo that went through is
// reported as done even when the project was switched away before the message was put together, and a
// deleted project's history goes with it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { act } from 'react';
import { applyCodeChange } from '../../../../shared/changes/codingChanges';
import type { DocumentRecord } from '../../../../shared/model';
import { commitChange } from '../../../../renderer/db/changes';
import { liveMinting } from '../../../../renderer/db/ids';
import { addDefaultCodebook, listCodes } from '../../../../renderer/db/codes';
import { addImportedDocuments } from '../../../../renderer/db/documents';
import { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { undoHistoryFor } from '../../../../renderer/db/undoHistory';
import { HistoryProvider, useHistory, type HistoryValue } from '../../../../renderer/features/history/HistoryContext';
import { importedDocument } from '../../../fixtures/importedDocument';
import { settle } from '../memos/memoHarness';
import { doing, openWindow, type OpenWindow } from '../projects/projectHarness';

const TEXT = 'We will build 4,000 homes by 2029.';

let window_: OpenWindow;
let history: HistoryValue | null = null;
function HistorySpy() {
  history = useHistory();
  return null;
}

beforeAll(async () => {
  window_ = await openWindow(
    <HistoryProvider>
      <HistorySpy />
    </HistoryProvider>,
  );
});
afterAll(async () => {
  await window_.view.unmount();
});

/** A new project, opened, with a document coded once with “pledge” by the coder at the window. */
async function projectWithOneStep(name: string): Promise<{ id: string; db: ProjectDatabase }> {
  await doing(() => window_.opened().createEmptyProject(name));
  const { db, coder, project } = window_.opened();
  const [doc] = (await addImportedDocuments(db, [importedDocument('courier', { text: TEXT })])) as [DocumentRecord];
  const pledge = (await addDefaultCodebook(db), await listCodes(db)).find((c) => c.name === 'pledge')!;
  const change = applyCodeChange(TEXT, { docId: doc.id, codeId: pledge.id, start: 0, end: 25, coderId: coder.id }, 'pledge', liveMinting());
  await doing(() => commitChange(db, change, { coderId: coder.id }));
  await doing(() => undoHistoryFor(db).idle());
  return { id: project.id, db };
}

describe('switching projects while an undo runs', () => {
  test('the status line says the undo was done, not that nothing was changed', async () => {
    const first = await projectWithOneStep('Interviews');
    await doing(() => window_.opened().createEmptyProject('Manifestos'));
    await doing(() => window_.opened().switchProject(first.id));
    const { db } = window_.opened();
    expect(history!.nextUndo?.label).toBe('Code “pledge” applied');
    await act(async () => {
      const undoing = history!.run('undo');
      // The step is stored; the window switches away before the message's names are read.
      await undoHistoryFor(db).idle();
      db.close();
      await undoing;
    });
    await settle();
    expect(await new ProjectDatabase(first.id).codings.count()).toBe(0);
    expect(window_.status()).toMatch(/^Undone: Code “pledge” applied/u);
    expect(window_.status()).not.toMatch(/Nothing was changed/u);
  });
});

describe('deleting a project', () => {
  test('drops its undo history', async () => {
    const doomed = await projectWithOneStep('Pilot');
    const itsHistory = undoHistoryFor(doomed.db);
    expect(itsHistory.nextUndo(window_.opened().coder.id)).toBeDefined();
    await doing(() => window_.opened().deleteProject(async () => true));
    expect(window_.opened().project.id).not.toBe(doomed.id);
    // A database of the same name made now (a stray reader) gets a history of its own, not the deleted one's.
    const again = new ProjectDatabase(doomed.id);
    expect(undoHistoryFor(again)).not.toBe(itsHistory);
    undoHistoryFor(again).dispose();
    await again.delete();
  });
});
