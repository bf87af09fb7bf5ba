// User Timing names for the import: a profiler, and test/bench/import.bench.ts, tell main's share of
// an import from the renderer's by them.
/** Main's report has arrived: every file is read; batches may still be on their way or being written. */
export const IMPORT_RECEIVED_MARK = 'framewise: import received';
/** From main's report to the last batch written: what the window adds after main is done. */
export const IMPORT_WRITE_MEASURE = 'framewise: import written to the project';
/** One batch's transaction (words are counted by main): their sum is the window's writing, most of it while main reads. */
export const IMPORT_BATCH_MEASURE = 'framewise: import batch written';
