// Confirms deleting a set, as deleting a code is confirmed: its documents stay in the project, the
// saved queries that filter by it would then find none of them (Retrieve says so beside them), and
// Undo brings it back with its members.
import { useLiveQuery } from 'dexie-react-hooks';
import type { DocumentSetRecord } from '../../../shared/model';
import { ConfirmDeleteDialog } from '../../ui/Dialog';
import { savedQueriesFilteringBy } from '../../db/documentSets';
import type { ProjectDatabase } from '../../db/projectDatabase';
import { commandKeys } from '../../commands/shownKeys';

interface DeleteSetDialogProps {
  db: ProjectDatabase;
  set: DocumentSetRecord;
  onConfirm(): void;
  onClose(): void;
}

export function DeleteSetDialog({ db, set, onConfirm, onClose }: DeleteSetDialogProps) {
  const queries = useLiveQuery(() => savedQueriesFilteringBy(db, set.id), [db, set.id]);
  return (
    <ConfirmDeleteDialog
      title={`Delete the set “${set.name}”?`}
      summary={queries ? deleteSetSummary(set, queries) : null}
      waiting="Looking for saved queries that use it…"
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}

/** The confirmation's sentences. */
export function deleteSetSummary(set: DocumentSetRecord, queries: readonly string[]): string {
  const members = set.docIds.length;
  const parts = [
    members === 0 ? 'It holds no documents.' : `${members === 1 ? 'Its document stays' : `Its ${members} documents stay`} in the project.`,
    queries.length === 0
      ? ''
      : `${queries.length === 1 ? 'The saved query' : `The ${queries.length} saved queries`} ${queries.map((name) => `“${name}”`).join(', ')} ${queries.length === 1 ? 'filters' : 'filter'} by it and would find none of its documents.`,
    `You can undo this (${commandKeys('undo')}).`,
  ];
  return parts.filter(Boolean).join(' ');
}
