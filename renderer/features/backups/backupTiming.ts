// User Timing names for a backup: a profiler, and test/bench/backup.bench.ts, tell its phases apart.
/** The snapshot read and zipped in the backup worker, and the bytes back in the window. */
export const BACKUP_SNAPSHOT_MEASURE = 'framewise: backup snapshot';
/** Main's atomic write of the backup. */
export const BACKUP_WRITE_MEASURE = 'framewise: backup written';
/** Reading the backup back and checking it, its index written. */
export const BACKUP_CHECK_MEASURE = 'framewise: backup checked';
/** The whole backup, rotation included. */
export const BACKUP_MEASURE = 'framewise: backup';
