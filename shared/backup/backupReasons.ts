// Why a backup was taken. The reason is part of its file name and of its manifest, and the Backups
// place shows it in words ("before deleting documents"), so that after a mistake a researcher finds
// the backup taken just before it.

export const BACKUP_REASONS = [
  'on-open',
  'interval',
  'on-request',
  'before-schema-upgrade',
  'before-deleting-documents',
  'before-deleting-a-code',
  'before-merging-codes',
  'before-applying-a-manifest',
  'before-importing-a-project',
  'before-replacing-the-project',
  'before-deleting-the-project',
] as const;

export type BackupReason = (typeof BACKUP_REASONS)[number];

export function isBackupReason(value: string): value is BackupReason {
  return (BACKUP_REASONS as readonly string[]).includes(value);
}

/**
 * Backups taken just before something that cannot simply be undone: a schema upgrade, or an operation
 * that deletes or overwrites work. Rotation keeps them as a series of their own (rotation.ts).
 */
export function isBeforeChange(reason: BackupReason): boolean {
  return reason.startsWith('before-');
}

export const REASON_WORDS: { readonly [R in BackupReason]: string } = {
  'on-open': 'when the project was opened',
  interval: 'while you worked',
  'on-request': 'on request',
  'before-schema-upgrade': 'before Framewise upgraded the project',
  'before-deleting-documents': 'before deleting documents',
  'before-deleting-a-code': 'before deleting a code',
  'before-merging-codes': 'before merging codes',
  'before-applying-a-manifest': 'before applying a manifest',
  'before-importing-a-project': 'before importing another project',
  'before-replacing-the-project': 'before the project was replaced',
  'before-deleting-the-project': 'before the project was deleted',
};
