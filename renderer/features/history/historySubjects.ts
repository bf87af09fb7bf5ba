// What the History panel's "Changes to" picker offers: this document, then each code. A chosen code
// deleted since (here or in another window) stays offered, as a deleted code: the list beside it still
// shows that code's changes, its deletion the newest, and the picker must say whose they are.
import type { CodeRecord } from '../../../shared/model';
import type { OperationRecord } from '../../db/operationRecord';
import type { Choice } from '../../ui/SelectField';

export const DOCUMENT_SUBJECT = 'document';

const CODE_PREFIX = 'code:';

export function codeSubject(codeId: string): string {
  return CODE_PREFIX + codeId;
}

/** The code a subject is, or null for the document. */
export function codeOfSubject(subject: string): string | null {
  return subject.startsWith(CODE_PREFIX) ? subject.slice(CODE_PREFIX.length) : null;
}

/** `trail`: the chosen code's operations, newest first (undefined while they are read). */
export function subjectOptions(codes: readonly CodeRecord[], chosenCodeId: string | null, trail: readonly OperationRecord[] | undefined): Choice[] {
  const options: Choice[] = [{ value: DOCUMENT_SUBJECT, label: 'this document' }, ...codes.map((code) => ({ value: codeSubject(code.id), label: `the code ${code.name}` }))];
  if (chosenCodeId === null || codes.some((code) => code.id === chosenCodeId)) return options;
  const name = lastLoggedName(chosenCodeId, trail ?? []);
  return [...options, { value: codeSubject(chosenCodeId), label: name === undefined ? 'a deleted code' : `the deleted code ${name}` }];
}

/** The code's name as the newest operation that wrote or deleted its row left it (a deletion: the name it had). */
function lastLoggedName(codeId: string, trail: readonly OperationRecord[]): string | undefined {
  for (const operation of trail) {
    for (const change of operation.changes) {
      if (change.table !== 'codes' || change.key !== codeId) continue;
      const row = change.after ?? change.before;
      if (row) return row.name;
    }
  }
  return undefined;
}
