// The memos of a REFI-QDA import: its notes, each attached to the items that refer to it (a code, a
// source, a coding, the project), and the comments other tools write on passages. Framewise keeps one
// memo per coder on each item, so a coder's second note there joins the first. A tool that wrote one
// GUID on two notes still wrote two notes: NoteRefs reach the first, and the others come in as notes no
// item refers to, under ids derived from it, so that no words are lost. Notes with no date are
// recorded as such (ImportPlan.undatedMemoIds): a merge must never let them win on the import's clock.
import type { MemoRecord } from '../model';
import { toCanonicalText } from '../text/canonical';
import { plainTextToMemoBody } from '../text/memoBody';
import type { ImportState, SkippedItem } from './importPlan';
import { derivedGuid, withDistinctIds } from './refiGuid';
import { fromRefiDateTime } from './refiDates';
import type { RefiNote } from './refiProject';

export class ImportedNotes {
  readonly memos: MemoRecord[] = [];
  readonly undatedMemoIds: string[] = [];
  private readonly notes: RefiNote[];
  private readonly noteById: Map<string, RefiNote>;
  private readonly attached = new Set<string>();
  private readonly memoKeys = new Map<string, MemoRecord>();

  constructor(
    private readonly state: ImportState,
    private readonly coderOf: (...candidates: Array<string | null>) => string,
    private readonly skipped: SkippedItem[],
  ) {
    this.notes = withDistinctIds(state.project.notes, 'framewise:refi-note-again');
    this.noteById = new Map(this.notes.map((note) => [note.id, note]));
  }

  /** The note `noteId` as a memo on the item (joined to the coder's memo there, if any). */
  readonly addMemo = (noteId: string, targetType: MemoRecord['targetType'], targetId: string): void => {
    const note = this.noteById.get(noteId);
    if (!note) {
      this.skipped.push({ kind: 'note', name: noteId, reason: 'a NoteRef points to a note the file does not hold' });
      return;
    }
    const { now } = this.state.options;
    const text = toCanonicalText(note.text ?? this.state.noteTexts[note.id] ?? '');
    const coderId = this.coderOf(note.creatingUser);
    const created = fromRefiDateTime(note.creationDateTime);
    const modified = fromRefiDateTime(note.modifiedDateTime);
    const createdAt = created ?? now;
    const id = this.attached.has(noteId) ? derivedGuid('framewise:refi-note-copy', noteId, targetType, targetId) : noteId;
    this.attached.add(noteId);
    const key = `${targetType}\u0000${targetId}\u0000${coderId}`;
    const kept = this.memoKeys.get(key);
    if (kept) {
      kept.text = [kept.text, text].filter(Boolean).join('\n\n');
      kept.body = plainTextToMemoBody(kept.text);
      this.skipped.push({ kind: 'note', name: note.name, reason: 'joined to the same coder’s earlier note on the same item (Framewise keeps one memo per coder on each item)' });
      return;
    }
    const memo: MemoRecord = { id, targetType, targetId, body: plainTextToMemoBody(text), text, coderId, createdAt, updatedAt: modified ?? createdAt };
    this.memoKeys.set(key, memo);
    this.memos.push(memo);
    if (created === null && modified === null) this.undatedMemoIds.push(id);
  };

  /** A comment written on a passage (MAXQDA's selection Description) as the memo of its coding. */
  addComment(id: string, codingId: string, coderId: string, description: string, creationDateTime: string | undefined): void {
    const text = toCanonicalText(description);
    const created = fromRefiDateTime(creationDateTime);
    const createdAt = created ?? this.state.options.now;
    const memo: MemoRecord = { id, targetType: 'coding', targetId: codingId, body: plainTextToMemoBody(text), text, coderId, createdAt, updatedAt: createdAt };
    this.memos.push(memo);
    if (created === null) this.undatedMemoIds.push(memo.id);
    this.memoKeys.set(`coding\u0000${codingId}\u0000${coderId}`, memo);
  }

  /** Notes no item refers to (NVivo's free-standing memos), as project memos titled with their names. */
  keepUnattached(projectId: string): void {
    for (const note of this.notes) {
      if (this.attached.has(note.id)) continue;
      const named = { ...note, text: [note.name.trim(), note.text ?? this.state.noteTexts[note.id] ?? ''].filter(Boolean).join('\n\n') };
      this.noteById.set(note.id, named);
      this.addMemo(note.id, 'project', projectId);
    }
  }
}
