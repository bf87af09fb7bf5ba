// Which manifest entry describes which document: by file base name, case-insensitively (a manifest
// written on Windows says "Article.TXT" for the file the Mac user imported as "article.txt").
import type { ImportedDocument } from '../ipc';
import type { AttributeType } from '../model';
import type { UnfitValue } from '../attributes/attributeReader';
import { manifestKey, type Manifest, type ManifestEntry } from './manifest';

export interface ManifestMatching<D> {
  matches: Array<{ document: D; entry: ManifestEntry }>;
  /** File names of entries no document has. */
  unmatchedEntries: string[];
  /** Documents no entry names. */
  documentsWithoutEntry: D[];
  /** Values not set because their attribute's type cannot hold them; known once the types are (applyManifestChange). */
  unfitValues?: UnfitValue[];
}

export function matchManifest<D extends { fileName: string }>(manifest: Manifest, documents: readonly D[]): ManifestMatching<D> {
  // A repeated file name: the later entry wins (parseManifest has warned about it).
  const byKey = new Map(manifest.entries.map((entry) => [manifestKey(entry.file), entry]));
  const used = new Set<string>();
  const matches: ManifestMatching<D>['matches'] = [];
  const documentsWithoutEntry: D[] = [];
  for (const document of documents) {
    const key = manifestKey(document.fileName);
    const entry = byKey.get(key);
    if (entry) {
      matches.push({ document, entry });
      used.add(key);
    } else documentsWithoutEntry.push(document);
  }
  const unmatchedEntries = [...byKey].filter(([key]) => !used.has(key)).map(([, entry]) => entry.file);
  return { matches, unmatchedEntries, documentsWithoutEntry };
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

/** One sentence each: how many documents the manifest described, and what did not match. */
export function describeMatching(matching: ManifestMatching<{ fileName: string }>, limit = 10): string[] {
  const total = matching.matches.length + matching.documentsWithoutEntry.length;
  const lines = [`The manifest described ${matching.matches.length} of ${total} ${total === 1 ? 'document' : 'documents'}.`];
  if (matching.unmatchedEntries.length) {
    lines.push(`No document for ${countOf(matching.unmatchedEntries.length, 'manifest entry', 'manifest entries')}: ${listed(matching.unmatchedEntries, limit)}.`);
  }
  if (matching.documentsWithoutEntry.length) {
    lines.push(`No manifest entry for ${countOf(matching.documentsWithoutEntry.length, 'document', 'documents')}: ${listed(matching.documentsWithoutEntry.map((d) => d.fileName), limit)}.`);
  }
  return [...lines, ...describeUnfitValues(matching.unfitValues ?? [], limit)];
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

const TYPE_WORDS: Record<AttributeType, string> = { number: 'a number', date: 'a date as YYYY-MM-DD, YYYY-MM or YYYY', boolean: 'yes or no', text: 'text' };

function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listed(names: string[], limit: number, separator = ', '): string {
  const shown = names.slice(0, limit).join(separator);
  return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}
