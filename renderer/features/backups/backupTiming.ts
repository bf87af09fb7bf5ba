// User Timing names for a backup: a profiler, and test/bench/backup.bench.ts, tell its phases apart.
/** The snapshot read and zipped in the backup worker (its duration there). */
export const BACKUP_SNAPSHOT_MEASURE = 'framewise: backup snapshot';
/** The snapshot's reads, from its start until every table is read (the rest of it is zipping what was read). */
export const BACKUP_READS_MEASURE = 'framewise: backup reads';
/** The zipped bytes checked in the backup worker, as a reader opens them (its duration there). */
export const BACKUP_WORKER_CHECK_MEASURE = 'framewise: backup checked in the worker';
/** Main's atomic write of the backup, and its reading it back to hash it. */
export const BACKUP_WRITE_MEASURE = 'framewise: backup written';
/** The hash of what is on the disk compared with the checked bytes', and the index written. */
export const BACKUP_CHECK_MEASURE = 'framewise: backup checked';
/** The whole backup, rotation included. */
export const BACKUP_MEASURE = 'framewise: backup';
/** A project file or backup being opened: read and checked whole in the backup worker. */
export const PROJECT_FILE_READ_MEASURE = 'framewise: project file read and checked';
/** Its rows written into the project's database (the worker's loadParsed). */
export const PROJECT_FILE_LOAD_MEASURE = 'framewise: project file rows loaded';
