// What the status line says after Undo or Redo: what was taken back or repeated and in which
// document (it may not be the open one), or why nothing was changed. Under blind mode (or with a coder
// hidden) a refusal must not give away a hidden coder's work: it names neither them nor what they did
// ("Code “claim” applied"), only that another coder changed something, as the History panel does.
import type { CodeRecord, CodingRecord, DocumentRecord, DocumentSetRecord, MemoRecord } from '../../../shared/model';
import type { HistoryConflict, HistoryEntry, HistoryOutcome } from '../../db/undoHistory';
import type { DependentRow } from '../../db/changeConflicts';
import type { ProjectDatabase } from '../../db/projectDatabase';
import type { OperationRecord } from '../../db/operationRecord';
import { excerpt } from '../../../shared/text/excerpt';
import { timeOfDayInWords } from '../../../shared/dates/localTime';
import { codingTargetStart } from '../memos/memoTargets';

export interface HistoryNames {
  documentTitles: ReadonlyMap<string, string>;
  coderNames: ReadonlyMap<string, string>;
  /** Names of the codes a refusal mentions (the parent under which a name is taken). */
  codeNames?: ReadonlyMap<string, string>;
  /** Whether the researcher may see a coder's work (see features/coders); everyone's when absent. */
  isVisible?(coderId: string): boolean;
}

const PAST = { undo: 'Undone', redo: 'Redone' } as const;
const DOING = { undo: 'Undoing', redo: 'Redoing' } as const;

export function outcomeMessage(outcome: HistoryOutcome, names: HistoryNames): string {
  if (outcome.status === 'nothing') return outcome.direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.';
  if (outcome.status === 'done') return `${PAST[outcome.direction]}: ${outcome.entry.label}${whereText(outcome.operation.docIds, names)}.`;
  const { conflict } = outcome;
  const verb = outcome.direction === 'undo' ? 'undo' : 'redo';
  if (conflict.reason === 'target-gone') {
    return `Cannot ${verb}: ${outcome.entry.label}. ${capitalize(ownerGone(conflict))} has been deleted since. Nothing was changed.`;
  }
  if (conflict.reason === 'has-dependents') {
    return `Cannot ${verb}: ${outcome.entry.label}. ${dependentsText(conflict, verb, names)} Nothing was changed.`;
  }
  if (conflict.reason === 'duplicate') {
    return `Cannot ${verb}: ${outcome.entry.label}. ${DOING[outcome.direction]} it ${duplicateText(conflict, names)}. Nothing was changed.`;
  }
  if (conflict.reason === 'name-taken') {
    return `Cannot ${verb}: ${outcome.entry.label}. ${DOING[outcome.direction]} it ${nameTakenText(conflict, names)}. Nothing was changed.`;
  }
  const what = conflict.row == null ? 'was removed' : 'was changed';
  return `Cannot ${verb}: ${outcome.entry.label}. ${capitalize(rowName(conflict, names))} ${what} since${sinceText(conflict, names)}. Nothing was changed.`;
}

/**
 * Looks up the names a message needs, then says it, showing only what `isVisible` lets through. The
 * step is over by now: when the names cannot be read (the window switched projects meanwhile, closing
 * this one), the message goes without them rather than be taken for a failed step.
 */
export async function describeOutcome(db: ProjectDatabase, outcome: HistoryOutcome, isVisible?: (coderId: string) => boolean): Promise<string> {
  try {
    return await describeWithNames(db, outcome, isVisible);
  } catch {
    return outcomeMessage(outcome, { documentTitles: new Map(), coderNames: new Map(), ...(isVisible ? { isVisible } : {}) });
  }
}

async function describeWithNames(db: ProjectDatabase, outcome: HistoryOutcome, isVisible?: (coderId: string) => boolean): Promise<string> {
  const docIds = outcome.status === 'done' ? outcome.operation.docIds : [];
  const documents = await db.documents.bulkGet(docIds);
  const coders = await db.coders.toArray();
  const parentId = outcome.status === 'conflict' && outcome.conflict.reason === 'name-taken' ? (outcome.conflict.row as CodeRecord | undefined)?.parentId : null;
  const codeIds = [...(outcome.status === 'nothing' ? [] : outcome.entry.codeIds), ...(parentId ? [parentId] : [])];
  const codes = await db.codes.bulkGet(codeIds);
  const codeNames = new Map(codes.flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
  const named = outcome.status === 'nothing' ? outcome : { ...outcome, entry: { ...outcome.entry, label: stepLabel(outcome.entry, codeNames) } };
  return outcomeMessage(named, {
    documentTitles: new Map(documents.flatMap((d) => (d ? [[d.id, d.title] as const] : []))),
    coderNames: new Map(coders.map((c) => [c.id, c.name])),
    codeNames,
    ...(isVisible ? { isVisible } : {}),
  });
}

/**
 * A step's label with each code it names called as it is now (`namesNow`, by id): Undo of “Code
 * “pledge” applied” after pledge became promise says “promise”. A code gone since keeps the name the
 * label gives; two codes the label gave one name (under different parents) cannot be told apart in
 * it, and are left as written.
 */
export function stepLabel(entry: Pick<HistoryEntry, 'label' | 'codeNames'>, namesNow: ReadonlyMap<string, string>): string {
  const then = Object.entries(entry.codeNames ?? {});
  const uses = new Map<string, number>();
  for (const [, name] of then) uses.set(name, (uses.get(name) ?? 0) + 1);
  const renamed = new Map<string, string>();
  for (const [id, name] of then) {
    const now = namesNow.get(id);
    if (now === undefined || now === name || uses.get(name) !== 1) continue;
    renamed.set(`“${name}”`, `“${now}”`);
    // A memo's label names a coding's code unquoted (memos/memoTargets.ts).
    renamed.set(codingTargetStart(name), codingTargetStart(now));
  }
  if (renamed.size === 0) return entry.label;
  // All at once, so that two codes that swapped names are not renamed twice.
  const quoted = new RegExp([...renamed.keys()].map(escapeRegExp).join('|'), 'gu');
  return entry.label.replace(quoted, (found) => renamed.get(found) ?? found);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function whereText(docIds: readonly string[], names: HistoryNames): string {
  if (docIds.length === 1) {
    const title = names.documentTitles.get(docIds[0]!);
    return title ? ` in “${title}”` : '';
  }
  return docIds.length > 1 ? ` in ${docIds.length} documents` : '';
}

function visible(coderId: string, names: HistoryNames): boolean {
  return names.isVisible ? names.isVisible(coderId) : true;
}

function sinceText(conflict: HistoryConflict, names: HistoryNames): string {
  const since = conflict.since;
  if (!since) return ' outside this window’s history';
  const when = timeOf(since);
  if (!visible(since.coderId, names)) return ` (by another coder, at ${when})`;
  const who = names.coderNames.get(since.coderId) ?? 'another coder';
  return ` (${since.label}, by ${who} at ${when})`;
}

/**
 * "would code the same passage with the same code twice for Kim: that passage is coded so already
 * (Code “pledge” applied, by Kim at 14:02)". A hidden coder is "another coder", and what they did is
 * left out, as in a refusal over their changed coding.
 */
function duplicateText(conflict: HistoryConflict, names: HistoryNames): string {
  const coderId = (conflict.row as CodingRecord | undefined)?.coderId;
  const shown = coderId !== undefined && visible(coderId, names);
  const who = !coderId ? 'a coder' : shown ? (names.coderNames.get(coderId) ?? 'an unknown coder') : 'another coder';
  const since = !conflict.since ? '' : shown ? sinceText(conflict, names) : ` (at ${timeOf(conflict.since)})`;
  return `would code the same passage with the same code twice for ${who}: that passage is coded so already${since}`;
}

/** "would make two codes named “claim” at the top level: “Claim” is there already (Code “Claim” created, by Lee at 14:02)". */
function nameTakenText(conflict: HistoryConflict, names: HistoryNames): string {
  const code = conflict.row as CodeRecord | undefined;
  const clash = conflict.clash as CodeRecord | undefined;
  const parentName = code?.parentId ? names.codeNames?.get(code.parentId) : undefined;
  const where = !code?.parentId ? 'at the top level' : parentName ? `under “${parentName}”` : 'under one parent';
  const since = conflict.since ? sinceText(conflict, names) : '';
  return `would make two codes named “${code?.name ?? clash?.name ?? ''}” ${where}: “${clash?.name ?? code?.name ?? ''}” is there already${since}`;
}

/** "14:02", or "14:02 yesterday", "14:02 on 3 May 2026": the change may be days old. */
function timeOf(operation: OperationRecord): string {
  return timeOfDayInWords(new Date(operation.at), new Date());
}

function rowName(conflict: HistoryConflict, names: HistoryNames): string {
  const row = conflict.row as Record<string, unknown> | null | undefined;
  // The row as a hidden coder left it (their passage, their coding) is theirs to keep hidden.
  const hidden = (conflict.since && !visible(conflict.since.coderId, names)) || (typeof row?.coderId === 'string' && !visible(row.coderId, names));
  switch (conflict.table) {
    case 'codings':
      return row && !hidden ? `the coding “${excerpt((row as unknown as CodingRecord).quote, 40)}”` : 'the coding';
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
  if (conflict.table === 'codes') return 'the parent of the code';
  if (conflict.table === 'memos') {
    const type = (conflict.row as MemoRecord | undefined)?.targetType;
    return type ? `the ${type} the memo is on` : 'what the memo is on';
  }
  if (conflict.table === 'documentSets') return 'a document of the set';
  return 'what it belongs to';
}

const NOUN: Partial<Record<HistoryConflict['table'], string>> = { codes: 'code', codings: 'coding', documents: 'document' };

/**
 * "3 codings by Lee use this code; undo is refused so that they are not left without their code."
 * Hidden coders' rows are counted without their name, as the History panel counts hidden changes.
 */
function dependentsText(conflict: HistoryConflict, verb: string, names: HistoryNames): string {
  const noun = NOUN[conflict.table] ?? 'row';
  const dependents = conflict.dependents ?? [];
  const clauses: string[] = [];
  const subcodes = dependents.filter((d) => d.table === 'codes').map((d) => (d.row as CodeRecord).name);
  for (const table of ['codings', 'memos'] as const) {
    for (const [who, count] of countByCoder(dependents.filter((d) => d.table === table), names)) {
      const what = table === 'codings' ? (count === 1 ? 'a coding' : `${count} codings`) : count === 1 ? 'a memo' : `${count} memos`;
      clauses.push(`${what} by ${who} ${relation(table, noun, count)}`);
    }
  }
  const sets = dependents.filter((d) => d.table === 'documentSets').map((d) => (d.row as DocumentSetRecord).name);
  if (sets.length) clauses.push(`${sets.length === 1 ? `the set “${sets[0]}” lists` : `${sets.length} sets (${sets.map((n) => `“${n}”`).join(', ')}) list`} this ${noun}`);
  if (subcodes.length) {
    const what = subcodes.length === 1 ? `the subcode “${subcodes[0]}”` : `${subcodes.length} subcodes (${subcodes.map((n) => `“${n}”`).join(', ')})`;
    clauses.push(`${what} ${subcodes.length === 1 ? 'is' : 'are'} under this code`);
  }
  const one = dependents.length === 1;
  return `${capitalize(clauses.join('; '))}; ${verb} is refused so that ${one ? 'it is' : 'they are'} not left without ${one ? 'its' : 'their'} ${noun}.`;
}

/** "Lee" with how many rows, one entry per visible coder; every hidden coder's rows together. */
function countByCoder(rows: readonly DependentRow[], names: HistoryNames): Array<[string, number]> {
  const counts = new Map<string, number>();
  let hidden = 0;
  for (const { row } of rows) {
    const coderId = (row as CodingRecord | MemoRecord).coderId;
    if (!visible(coderId, names)) hidden++;
    else {
      const name = names.coderNames.get(coderId) ?? 'an unknown coder';
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const result = [...counts];
  if (hidden) result.push([hidden === 1 ? 'another coder' : 'other coders', hidden]);
  return result;
}

function relation(table: 'codings' | 'memos', noun: string, count: number): string {
  if (table === 'memos') return `${count === 1 ? 'is' : 'are'} written on this ${noun}`;
  if (noun === 'document') return `${count === 1 ? 'is' : 'are'} in this document`;
  return `${count === 1 ? 'uses' : 'use'} this ${noun}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
