// A manifest: a researcher's table of what each file is (its outlet, leaning, year...), keyed by file
// name. It comes as JSON (an array of objects, or an object with a `documents` array, as the reference
// corpus's manifest.json) or as CSV/TSV with a `file` (or `filename`) column. Parsing is pure so that
// the same rules serve an import and "Apply a manifest…" to documents already in the project.
import Papa from 'papaparse';
import type { DocumentMetadata } from '../model';
import { isoDateWithoutTime } from '../dates/isoDate';

export interface ManifestEntry {
  /** The file's base name, as the manifest wrote it (directories dropped). */
  file: string;
  title?: string;
  metadata: Partial<DocumentMetadata>;
  /** Every other key: raw values, typed later by inference across the whole manifest. */
  attributes: Record<string, string | number | boolean>;
}

export interface Manifest {
  entries: ManifestEntry[];
  /** Things a researcher should know, said about the manifest's own rows (ignored keys, repeated files). */
  warnings: string[];
}

/** A manifest that cannot be read at all: the message names the file and what to fix. */
export class ManifestError extends Error {
  override name = 'ManifestError';
}

const FILE_KEYS = ['file', 'filename', 'file_name', 'file name'];
const METADATA_KEYS: ReadonlyArray<keyof DocumentMetadata> = ['author', 'date', 'source', 'url'];

export function parseManifest(content: string, fileName: string): Manifest {
  const body = content.replace(/^\uFEFF/, '');
  const looksJson = /\.json$/i.test(fileName) || /^\s*[[{]/.test(body);
  return looksJson ? parseJsonManifest(body, fileName) : parseTableManifest(body, fileName);
}

/**
 * The base name a manifest entry and a document are matched by: no folders, case folded, and in
 * Unicode's composed form (NFC), since macOS gives file names decomposed ("e" + combining accent)
 * while a manifest typed elsewhere has "é" as one character.
 */
export function manifestKey(fileName: string): string {
  return (fileName.split(/[\\/]/).at(-1) ?? '').trim().normalize('NFC').toLowerCase();
}

function parseJsonManifest(body: string, fileName: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    throw new ManifestError(`“${fileName}” is not valid JSON (${(error as Error).message}). Fix the file, or save the manifest as CSV.`, { cause: error });
  }
  const rows = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.documents) ? data.documents : null;
  if (!rows) {
    throw new ManifestError(`“${fileName}” holds no list of documents: a JSON manifest is an array of objects, or an object with a “documents” array.`);
  }
  const warnings: string[] = [];
  const records: Array<Record<string, unknown>> = [];
  rows.forEach((row: unknown, index: number) => {
    if (isObject(row)) records.push(row);
    else warnings.push(`Entry ${index + 1} is not an object and was ignored.`);
  });
  return collect(records, fileName, warnings, (n) => `Entry ${n}`);
}

function parseTableManifest(body: string, fileName: string): Manifest {
  const parsed = Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
    // Empty means "detect": a .csv saved by a European Excel uses semicolons.
    delimiter: /\.tsv$/i.test(fileName) ? '\t' : '',
  });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    throw new ManifestError(`“${fileName}” could not be read as CSV: ${fatal.message} (row ${(fatal.row ?? 0) + 2}).`);
  }
  const warnings = parsed.errors
    .filter((e) => e.type === 'FieldMismatch')
    .map((e) => `Row ${(e.row ?? 0) + 2} has ${e.code === 'TooFewFields' ? 'fewer' : 'more'} cells than the header.`);
  // Papaparse keeps surplus cells under `__parsed_extra`: they have no column name, so no attribute.
  const records = parsed.data.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => k !== '__parsed_extra')));
  return collect(records, fileName, warnings, (n) => `Row ${n + 1}`);
}

function collect(records: Array<Record<string, unknown>>, fileName: string, warnings: string[], where: (n: number) => string): Manifest {
  const fileKeyOf = (record: Record<string, unknown>) => Object.keys(record).find((k) => FILE_KEYS.includes(k.trim().toLowerCase()));
  if (records.length > 0 && !records.some(fileKeyOf)) {
    throw new ManifestError(`“${fileName}” has no “file” column: each entry needs the file name of the document it describes.`);
  }
  const entries: ManifestEntry[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const n = index + 1;
    const fileKey = fileKeyOf(record);
    const file = fileKey ? scalarText(record[fileKey]) : '';
    if (!file) {
      warnings.push(`${where(n)} has no file name and was ignored.`);
      return;
    }
    const entry: ManifestEntry = { file: file.split(/[\\/]/).at(-1)!, metadata: {}, attributes: {} };
    for (const [rawKey, value] of Object.entries(record)) {
      if (rawKey === fileKey) continue;
      const key = rawKey.trim();
      // Trimmed before the test, so a cell of spaces gives no value, as an empty one does.
      if (!key || value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
      if (typeof value === 'object') {
        warnings.push(`${where(n)}: “${key}” is a list or an object, not a value, and was ignored.`);
        continue;
      }
      const lower = key.toLowerCase();
      if (lower === 'title') entry.title = scalarText(value);
      else if ((METADATA_KEYS as readonly string[]).includes(lower)) {
        let text = scalarText(value);
        if (lower === 'date') {
          // An ISO date is stored as the calendar day it states (a time is dropped, not moved to UTC),
          // the form date filters read. Any other is kept as written (a researcher's "May 2017" is
          // still information), but said: sorting and exports expect ISO dates.
          const day = isoDateWithoutTime(text);
          if (day) text = day;
          else warnings.push(`${where(n)}: the date “${text}” is not written as YYYY-MM-DD (or YYYY-MM, YYYY); it was kept as written.`);
        }
        entry.metadata[lower as keyof DocumentMetadata] = text;
      }
      else entry.attributes[key] = typeof value === 'string' ? value.trim() : (value as number | boolean);
    }
    const key = manifestKey(entry.file);
    const earlier = seen.get(key);
    if (earlier !== undefined) warnings.push(`${where(n)} repeats “${entry.file}” (first in ${where(earlier).toLowerCase()}); the later entry is used.`);
    seen.set(key, n);
    entries.push(entry);
  });
  if (entries.length === 0) throw new ManifestError(`“${fileName}” has no entries with a file name.`);
  return { entries, warnings };
}

function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value).trim() : '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
