// User Timing names for a backup: a profiler, and test/bench/backup.bench.ts, tell its phases apart.
/** The snapshot read, zipped and checked in the backup worker, and the bytes back in the window. */
export const BACKUP_SNAPSHOT_MEASURE = 'framewise: backup snapshot';
/** Main's atomic write of the backup, and its reading it back to hash it. */
export const BACKUP_WRITE_MEASURE = 'framewise: backup written';
/** The hash of what is on the disk compared with the checked bytes', and the index written. */
export const BACKUP_CHECK_MEASURE = 'framewise: backup checked';
/** The whole backup, rotation included. */
export const BACKUP_MEASURE = 'framewise: backup';
