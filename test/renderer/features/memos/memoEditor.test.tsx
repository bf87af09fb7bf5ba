// @vitest-environment jsdom
// The memo editor saves itself (after a pause, on leaving it, on closing it) and shows the stored memo
// when it changes elsewhere (undo, redo). What it shows must never step back to an older save.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act } from 'react';
import { BLUR_COMMAND } from 'lexical';
import type { MemoTarget } from '../../../../shared/changes/memoChanges';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { addImportedDocuments, listDocuments } from '../../../../renderer/db/documents';
import { memoOf } from '../../../../renderer/db/memos';
import { undoHistoryFor } from '../../../../renderer/db/undoHistory';
import { importedDocument } from '../../../fixtures/importedDocument';
import { freshProject } from '../../db/projectDb';
import { memoEditor, projectValue, screen, settle, textOf, typeInto, KIM, type Screen } from './memoHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
import { MemoEditor } from '../../../../renderer/features/memos/MemoEditor';

let db: ProjectDatabase;
let view: Screen;
let courier: MemoTarget;
let gazette: MemoTarget;
beforeEach(async () => {
  db = await freshProject();
  await addImportedDocuments(db, [importedDocument('Courier'), importedDocument('Gazette')]);
  const [first, second] = await listDocuments(db);
  courier = { targetType: 'document', targetId: first!.id };
  gazette = { targetType: 'document', targetId: second!.id };
  project.value = projectValue(db);
  view = screen();
});
afterEach(async () => {
  await view.unmount();
  db.close();
});

const label = (target: MemoTarget) => (target === courier ? 'Memo on the document “Courier”' : 'Memo on the document “Gazette”');
const showMemo = (target: MemoTarget) => view.render(<MemoEditor key={target.targetId} target={target} describe={label(target).slice('Memo on '.length)} label={label(target)} />);
const editorOf = (target: MemoTarget) => memoEditor(view.host, label(target));
const leave = (target: MemoTarget) => editorOf(target).dispatchCommand(BLUR_COMMAND, new FocusEvent('blur'));
const storedText = async (target: MemoTarget) => (await memoOf(db, target, KIM.id))?.text;

describe('the memo editor', () => {
  test('typing not yet saved when another target opens is saved on the memo it was typed in', async () => {
    await showMemo(courier);
    await settle();
    await act(async () => typeInto(editorOf(courier), 'Leans left.'));
    await showMemo(gazette);
    await settle();
    expect(await storedText(courier)).toBe('Leans left.');
    expect(await storedText(gazette)).toBeUndefined();
  });

  test('while a later save is being written, the earlier save coming back does not take the text back to it', async () => {
    await showMemo(courier);
    await settle();
    const editor = editorOf(courier);
    const shown: string[] = [];
    editor.registerUpdateListener(({ editorState }) => shown.push(editorState.read(() => textOf(editor))));
    // React draws what the live query gives once this block ends (a busy window draws it as late):
    // by then the first save is stored and the second is being written.
    await act(async () => {
      typeInto(editor, 'Leans left.');
      leave(courier);
      await vi.waitFor(async () => expect(await storedText(courier)).toBe('Leans left.'));
      await new Promise((resolve) => setTimeout(resolve, 30));
      typeInto(editor, 'Leans left; owned by a union.');
      leave(courier);
    });
    await settle(100);
    expect(shown).toEqual(['Leans left.', 'Leans left; owned by a union.']);
    expect(await storedText(courier)).toBe('Leans left; owned by a union.');
  });

  test('undoing and redoing a save shows the memo as it is stored each time', async () => {
    await showMemo(courier);
    await settle();
    const history = undoHistoryFor(db);
    for (const text of ['Leans left.', 'Leans left; owned by a union.']) {
      await act(async () => {
        typeInto(editorOf(courier), text);
        leave(courier);
      });
      await settle();
    }
    expect((await history.undo(KIM.id)).status).toBe('done');
    await settle();
    expect(textOf(editorOf(courier))).toBe('Leans left.');
    expect((await history.undo(KIM.id)).status).toBe('done');
    await settle();
    expect(textOf(editorOf(courier))).toBe('');
    expect((await history.redo(KIM.id)).status).toBe('done');
    await settle();
    expect(textOf(editorOf(courier))).toBe('Leans left.');
  });
});
