// The append-only operations log: every change to project data is one entry, with the rows before and
// after, so that it can be undone (by appending its inverse) and read back as an audit trail. The
// rows are typed per table (shared/changes/change.ts); texts are never in it.
import type { Uuid } from '../../shared/model';
import type { Adjudication, RowChange } from '../../shared/changes/change';

export interface OperationRecord {
  id: Uuid;
  at: string;
  coderId: Uuid;
  /** What a researcher would call the change: "Code “pledge” applied". */
  label: string;
  /**
   * 'irreversible': a change that undo does not take back, logged for the audit trail only. Deleting
   * documents is one: to be undone, the log would have to hold the text of every deleted document.
   */
  kind: 'change' | 'undo' | 'redo' | 'irreversible';
  /** For undo and redo: the operation they reverse or repeat. */
  reverses?: Uuid;
  changes: RowChange[];
  docIds: Uuid[];
  codeIds: Uuid[];
  /** A disagreement settled (Change.adjudication): the log is where adjudication progress is kept. */
  adjudication?: Adjudication;
}
