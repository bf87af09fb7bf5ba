// How many values a change to documents overwrites: fields and attributes that held a value and end
// with another (or none). Filling empty ones destroys nothing; overwriting is what a backup is taken
// before when a manifest is applied (shared/backup/backupSchedule.ts).
import type { Change } from './change';

const FIELDS = ['title', 'author', 'date', 'source', 'url'] as const;

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

export function overwrittenValues(change: Change): number {
  let overwritten = 0;
  for (const rowChange of change.changes) {
    if (rowChange.table !== 'documents' || !rowChange.before || !rowChange.after) continue;
    const { before, after } = rowChange;
    for (const field of FIELDS) if (!isEmpty(before[field]) && before[field] !== after[field]) overwritten++;
    for (const [name, value] of Object.entries(before.attributes)) if (!isEmpty(value) && after.attributes[name] !== value) overwritten++;
  }
  return overwritten;
}
