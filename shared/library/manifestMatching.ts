// Which manifest entry describes which document: by file base name, case-insensitively (a manifest
// written on Windows says "Article.TXT" for the file the Mac user imported as "article.txt").
//
// Two files of one name (wave1/interview.txt and wave2/interview.txt) are told apart by the folders
// the manifest writes and the path an imported document comes from: each takes the entry whose path
// ends the same way as its own for the most folders, if no other entry or file fits as well. What
// cannot be told apart so (the project keeps no folders, only the file's own name) is not applied at
// all: one row's values on two documents, or a guessed row on one, would be wrong data nobody sees.
import type { ImportedDocument } from '../ipc';
import type { AttributeType } from '../model';
import type { UnfitValue } from '../attributes/attributeReader';
import { manifestKey, pathSegments, type Manifest, type ManifestEntry } from './manifest';
import { groupBy } from '../groupBy';

/**
 * What matching needs of a document: its file's name, and what tells its file from another of that
 * name: the path it is imported from, or, in the project, the stored original (`storedName`; the rows
 * of one spreadsheet share theirs, and are described together, as one file).
 */
export interface MatchableDocument {
  fileName: string;
  path?: string;
  storedName?: string;
}

export interface ManifestMatching<D> {
  matches: Array<{ document: D; entry: ManifestEntry }>;
  /** File names of entries no document has (with the folders the manifest wrote, if another entry has the name). */
  unmatchedEntries: string[];
  /** Documents no entry names. */
  documentsWithoutEntry: D[];
  /** Entries not applied, as it cannot be told which of the documents of their file name each describes. */
  ambiguous: Array<{ entries: string[]; documents: D[] }>;
  /** Values not set because their attribute's type cannot hold them; known once the types are (applyManifestChange). */
  unfitValues?: UnfitValue[];
}

export function matchManifest<D extends MatchableDocument>(manifest: Manifest, documents: readonly D[]): ManifestMatching<D> {
  // The same path repeated: the later entry wins (parseManifest has warned about it).
  const byPath = new Map(manifest.entries.map((entry) => [pathSegments(entry.path ?? entry.file).join('/'), entry]));
  const entriesByName = groupBy([...byPath.values()], (entry) => manifestKey(entry.file));
  const filesByName = groupBy([...groupBy(documents, fileIdentity).values()], (file) => manifestKey(file[0]!.fileName));
  const matched = new Map<D, ManifestEntry>();
  const unmatchedEntries: string[] = [];
  const ambiguous: ManifestMatching<D>['ambiguous'] = [];
  for (const [name, entries] of entriesByName) {
    const files = filesByName.get(name) ?? [];
    const paired = pairFiles(entries, files);
    for (const [file, entry] of paired) for (const document of file) matched.set(document, entry);
    const entriesLeft = entries.filter((entry) => ![...paired.values()].includes(entry));
    const filesLeft = files.filter((file) => !paired.has(file));
    // Named by their folders too where the file name alone would not say which entry is meant.
    const named = (entry: ManifestEntry) => (entries.length > 1 ? (entry.path ?? entry.file) : entry.file);
    if (entriesLeft.length && filesLeft.length) ambiguous.push({ entries: entriesLeft.map(named), documents: filesLeft.flat() });
    else unmatchedEntries.push(...entriesLeft.map(named));
  }
  const refused = new Set(ambiguous.flatMap((a) => a.documents));
  return {
    matches: documents.filter((d) => matched.has(d)).map((document) => ({ document, entry: matched.get(document)! })),
    unmatchedEntries,
    documentsWithoutEntry: documents.filter((d) => !matched.has(d) && !refused.has(d)),
    ambiguous,
  };
}

/**
 * Entries and files of one name, paired where each is the other's one best fit by folders in common
 * from the end. One of each: paired whatever their folders (a manifest written on another machine
 * names other folders), as file names match without them.
 */
function pairFiles<F extends readonly MatchableDocument[]>(entries: readonly ManifestEntry[], files: readonly F[]): Map<F, ManifestEntry> {
  if (entries.length === 1 && files.length === 1) return new Map([[files[0]!, entries[0]!]]);
  const fit = (entry: ManifestEntry, file: F) => commonEnd(pathSegments(entry.path ?? entry.file), pathSegments(file[0]!.path ?? file[0]!.fileName));
  const paired = new Map<F, ManifestEntry>();
  for (const file of files) {
    const entry = onlyBest(entries, (e) => fit(e, file));
    if (entry && onlyBest(files, (f) => fit(entry, f)) === file) paired.set(file, entry);
  }
  return paired;
}

/** The one item scoring highest; none when two share the highest score. */
function onlyBest<T>(items: readonly T[], score: (item: T) => number): T | undefined {
  const scores = items.map(score);
  const best = Math.max(...scores);
  return scores.filter((s) => s === best).length === 1 ? items[scores.indexOf(best)] : undefined;
}

/** How many names two paths share from their end (the file name is one). */
function commonEnd(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[a.length - 1 - shared] === b[b.length - 1 - shared]) shared++;
  return shared;
}

/**
 * Documents from one file: of one name, and from the same import path or the same stored original.
 * Known by name alone, documents of one name count as one file (as before paths were compared), so
 * that a list of names only (an import's report) does not call a spreadsheet's rows ambiguous.
 */
function fileIdentity(document: MatchableDocument): string {
  const from = document.path !== undefined ? `path:${document.path}` : document.storedName ? `stored:${document.storedName}` : 'name';
  return `${manifestKey(document.fileName)}\u0000${from}`;
}

/**
 * An imported document as its entry describes it: the entry's fields replace what extraction found,
 * and attributes the entry does not name are kept (a survey row's other columns, say).
 */
export function describeImported(document: ImportedDocument, entry: ManifestEntry): ImportedDocument {
  return {
    ...document,
    ...(entry.title ? { title: entry.title } : {}),
    metadata: { ...document.metadata, ...entry.metadata },
    attributes: { ...document.attributes, ...entry.attributes },
  };
}

/** An import's batch with each document its entry describes described by it, and what matched. */
export function describeImportBatch(manifest: Manifest, imported: readonly ImportedDocument[]): { documents: ImportedDocument[]; matching: ManifestMatching<ImportedDocument> } {
  const matching = matchManifest(manifest, imported);
  const entries = new Map(matching.matches.map((m) => [m.document, m.entry]));
  return { documents: imported.map((doc) => (entries.has(doc) ? describeImported(doc, entries.get(doc)!) : doc)), matching };
}

/** One sentence each: how many documents the manifest described, and what did not match or was not applied. */
export function describeMatching(matching: ManifestMatching<{ fileName: string }>, limit = 10): string[] {
  const refused = matching.ambiguous.flatMap((a) => a.documents);
  const total = matching.matches.length + matching.documentsWithoutEntry.length + refused.length;
  const lines = [`The manifest described ${matching.matches.length} of ${total} ${total === 1 ? 'document' : 'documents'}.`];
  if (matching.unmatchedEntries.length) {
    lines.push(`No document for ${countOf(matching.unmatchedEntries.length, 'manifest entry', 'manifest entries')}: ${listed(matching.unmatchedEntries, limit)}.`);
  }
  if (matching.documentsWithoutEntry.length) {
    lines.push(`No manifest entry for ${countOf(matching.documentsWithoutEntry.length, 'document', 'documents')}: ${listed(matching.documentsWithoutEntry.map((d) => d.fileName), limit)}.`);
  }
  return [...lines, ...describeUnfitValues(matching.unfitValues ?? [], limit), ...describeAmbiguous(matching.ambiguous, limit)];
}

/**
 * How many values the manifest replaced, in one sentence (none: no sentence). A backup is taken before
 * any is replaced (shared/backup/backupSchedule.ts), and the application is one undoable step.
 */
export function describeOverwritten(overwritten: number, undoKeys: string): string[] {
  if (overwritten === 0) return [];
  return [`${countOf(overwritten, 'value already in the project was', 'values already in the project were')} replaced; a backup was taken first, and Undo (${undoKeys}) brings ${overwritten === 1 ? 'it' : 'them'} back.`];
}

/** The values left out because their attribute's type cannot hold them, in one sentence (none: no sentence). */
export function describeUnfitValues(unfit: readonly UnfitValue[], limit = 10): string[] {
  if (unfit.length === 0) return [];
  const each = unfit.map((u) => `“${u.fileName}”, ${u.attribute}: “${String(u.value)}” (not ${TYPE_WORDS[u.type]})`);
  return [`${countOf(unfit.length, 'value was', 'values were')} not set, as ${unfit.length === 1 ? 'it does' : 'they do'} not fit their attribute’s type: ${listed(each, limit, '; ')}.`];
}

/** The entries not applied, and what to do instead, in one sentence (none: no sentence). */
function describeAmbiguous(ambiguous: ManifestMatching<{ fileName: string }>['ambiguous'], limit: number): string[] {
  if (ambiguous.length === 0) return [];
  const each = ambiguous.map(({ entries, documents }) => {
    const named = entries.length === 1 ? `the entry “${entries[0]}”` : `the entries ${quotedList(entries, limit)}`;
    return `${named}, for the ${documents.length} documents named “${documents[0]!.fileName}”`;
  });
  return [
    `Not applied, as it cannot be told which document each describes: ${listed(each, limit, '; ')}. ` +
      'Give the files distinct names and import them with the manifest, import each folder with a manifest of its own, or set these documents’ values in the Library.',
  ];
}

function quotedList(names: readonly string[], limit: number): string {
  const quoted = names.map((name) => `“${name}”`);
  if (quoted.length === 2) return quoted.join(' and ');
  return listed(quoted, limit);
}

const TYPE_WORDS: Record<AttributeType, string> = { number: 'a number', date: 'a date as YYYY-MM-DD, YYYY-MM or YYYY', boolean: 'yes or no', text: 'text' };

function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listed(names: string[], limit: number, separator = ', '): string {
  const shown = names.slice(0, limit).join(separator);
  return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}
