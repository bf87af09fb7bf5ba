// What the status line says after Undo or Redo: what was taken back or repeated and in which
// document (it may not be the open one), or why nothing was changed.
import type { CodeRecord, CodingRecord, DocumentRecord, MemoRecord } from '../../../shared/model';
import type { HistoryConflict, HistoryOutcome } from '../../db/undoHistory';
import type { ProjectDatabase } from '../../db/projectDatabase';
import { excerpt } from '../coding/useCodingActions';

export interface HistoryNames {
  documentTitles: ReadonlyMap<string, string>;
  coderNames: ReadonlyMap<string, string>;
}

const PAST = { undo: 'Undone', redo: 'Redone' } as const;

export function outcomeMessage(outcome: HistoryOutcome, names: HistoryNames): string {
  if (outcome.status === 'nothing') return outcome.direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.';
  if (outcome.status === 'done') return `${PAST[outcome.direction]}: ${outcome.entry.label}${whereText(outcome.operation.docIds, names)}.`;
  const { conflict } = outcome;
  const verb = outcome.direction === 'undo' ? 'undo' : 'redo';
  if (conflict.reason === 'target-gone') {
    return `Cannot ${verb}: ${outcome.entry.label}. ${capitalize(ownerGone(conflict))} has been deleted since. Nothing was changed.`;
  }
  const what = conflict.row == null ? 'was removed' : 'was changed';
  return `Cannot ${verb}: ${outcome.entry.label}. ${capitalize(rowName(conflict))} ${what} since${sinceText(conflict, names)}. Nothing was changed.`;
}

/** Looks up the names a message needs, then says it. */
export async function describeOutcome(db: ProjectDatabase, outcome: HistoryOutcome): Promise<string> {
  const docIds = outcome.status === 'done' ? outcome.operation.docIds : [];
  const documents = await db.documents.bulkGet(docIds);
  const coders = await db.coders.toArray();
  return outcomeMessage(outcome, {
    documentTitles: new Map(documents.flatMap((d) => (d ? [[d.id, d.title] as const] : []))),
    coderNames: new Map(coders.map((c) => [c.id, c.name])),
  });
}

function whereText(docIds: readonly string[], names: HistoryNames): string {
  if (docIds.length === 1) {
    const title = names.documentTitles.get(docIds[0]!);
    return title ? ` in “${title}”` : '';
  }
  return docIds.length > 1 ? ` in ${docIds.length} documents` : '';
}

function sinceText(conflict: HistoryConflict, names: HistoryNames): string {
  const since = conflict.since;
  if (!since) return ' outside this window’s history';
  const who = names.coderNames.get(since.coderId) ?? 'another coder';
  const when = new Date(since.at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return ` (${since.label}, by ${who} at ${when})`;
}

function rowName(conflict: HistoryConflict): string {
  const row = conflict.row as Record<string, unknown> | null | undefined;
  switch (conflict.table) {
    case 'codings':
      return row ? `the coding “${excerpt((row as unknown as CodingRecord).quote, 40)}”` : 'the coding';
    case 'codes':
      return row ? `the code “${(row as unknown as CodeRecord).name}”` : 'the code';
    case 'memos':
      return 'the memo';
    case 'documents':
      return row ? `the document “${(row as unknown as DocumentRecord).title}”` : 'the document';
    default:
      return 'what it changed';
  }
}

function ownerGone(conflict: HistoryConflict): string {
  if (conflict.table === 'codings') return 'the document or code of the coding';
  if (conflict.table === 'memos') {
    const type = (conflict.row as MemoRecord | undefined)?.targetType;
    return type ? `the ${type} the memo is on` : 'what the memo is on';
  }
  return 'what it belongs to';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
