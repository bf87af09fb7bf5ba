// User Timing names for the import: a profiler, and test/bench/import.bench.ts, tell main's share of
// an import from the renderer's by them.
export const IMPORT_RECEIVED_MARK = 'framewise: import received';
export const IMPORT_WRITE_MEASURE = 'framewise: import written to the project';
