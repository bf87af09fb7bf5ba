// Import of a REFI-QDA project (`.qdpx`) as a plan, in two steps. `planQdpxImport` reads the archive
// and the project.qde and takes every text it can from the archive; sources whose text lives in a rich-
// text or PDF original, or in a file on disk (relative://, absolute://), are listed as needs, with the
// archive entry's bytes when the file is inside. The app fetches or extracts them (through main and the
// library's extractors) and `completeImportPlan` finishes the plan with what it supplies. Nothing here
// throws for a bad file: a refused file is a plan-less result with the reason.
import { sha256Hex } from '../hash/sha256';
import { isBlankText } from '../text/canonical';
import { readArchive, ArchiveError, DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './archiveRead';
import { parseXml, XmlReadError } from './xmlTree';
import { readRefiProject, type RefiSource } from './refiProject';
import { decodeTextFile } from './textFileDecoding';
import { archiveIndex, findArchiveEntry, locateSource } from './sourcePaths';
import { buildImportPlan } from './importBuild';
import type { ImportOptions, ImportPlan, ImportState, SkippedItem, SourceNeed, SourceText, SuppliedSource } from './importPlan';

export type QdpxImportResult =
  | { ok: true; plan: ImportPlan; /** Bytes of the archive entries that needs and origins name (originals, files to extract), by entry. */ entryBytes: Map<string, Uint8Array> }
  | { ok: false; reason: string };

/** The archive and its project, read and checked; or, for a file that is not one, the reason. */
type OpenedQdpx = { ok: true; archive: ReturnType<typeof readArchive>; project: ReturnType<typeof readRefiProject> } | { ok: false; reason: string };

function openQdpx(bytes: Uint8Array, limits: ArchiveLimits): OpenedQdpx {
  const refuse = (reason: string): OpenedQdpx => ({ ok: false, reason });
  let archive;
  try {
    archive = readArchive(bytes, limits);
  } catch (error) {
    return refuse(error instanceof ArchiveError ? error.message : `it could not be read (${String(error)})`);
  }
  // REFI-QDA names the XML project.qde; ATLAS.ti 26 names it after the project. Any single .qde will do.
  const qdeNames = [...archive.files.keys()].filter((name) => /\.qde$/iu.test(name) && !name.includes('/'));
  if (qdeNames.length === 0) return refuse('it holds no project.qde (is it a REFI-QDA project?)');
  if (qdeNames.length > 1) return refuse(`it holds ${qdeNames.length} .qde files (${qdeNames.join(', ')}) and a project has one`);
  const xml = decodeTextFile(archive.files.get(qdeNames[0]!)!);
  if (xml === null) return refuse(`its ${qdeNames[0]} is not UTF-8 text, which REFI-QDA requires of its XML`);
  let project;
  try {
    project = readRefiProject(parseXml(xml));
  } catch (error) {
    return refuse(error instanceof XmlReadError ? `its ${qdeNames[0]} ${error.message}` : `its ${qdeNames[0]} could not be read (${String(error)})`);
  }
  if (project.name === '' && project.users.length === 0 && project.codes.length === 0 && project.sources.length === 0) {
    return refuse(`its ${qdeNames[0]} is not a REFI-QDA project (no project, codes or sources in it)`);
  }
  return { ok: true, archive, project };
}

/**
 * The files outside the archive that a .qdpx names for its sources' texts and originals
 * (`relative://` against `folderPath`, `absolute://`): the only files main lets the window read for
 * the import (electron/files/linkedSources.ts). None for a file that is not a project.
 */
export function linkedSourcePaths(bytes: Uint8Array, folderPath: string | undefined, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): string[] {
  const opened = openQdpx(bytes, limits);
  if (!opened.ok) return [];
  const { project } = opened;
  const paths = new Set<string>();
  for (const source of project.sources) {
    if (source.kind !== 'TextSource' && source.kind !== 'PDFSource') continue;
    for (const uri of [source.plainTextPath, source.richTextPath, source.path]) {
      const location = uri ? locateSource(uri, project.basePath, folderPath) : null;
      if (location?.where === 'disk') paths.add(location.path);
    }
  }
  return [...paths];
}

export function planQdpxImport(bytes: Uint8Array, options: ImportOptions, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): QdpxImportResult {
  const opened = openQdpx(bytes, limits);
  if (!opened.ok) return { ok: false, reason: `“${options.fileName}” cannot be imported: ${opened.reason}.` };
  const { archive, project } = opened;
  const skipped: SkippedItem[] = archive.skipped.map((entry) => ({ kind: 'archive entry', name: entry.name, reason: entry.reason }));

  const index = archiveIndex(archive.files.keys());
  const texts: Record<string, SourceText> = {};
  const needs: SourceNeed[] = [];
  const entryBytes = new Map<string, Uint8Array>();
  for (const source of project.sources) {
    if (source.kind !== 'TextSource' && source.kind !== 'PDFSource') continue;
    const outcome = sourceText(source, project.basePath, options.folderPath, index, archive.files);
    if ('text' in outcome) {
      texts[source.id] = outcome.text;
      if (outcome.text.originalEntry) entryBytes.set(outcome.text.originalEntry, archive.files.get(outcome.text.originalEntry)!);
      // The text file itself, as found: the original the library keeps when there is no rich one.
      else if (outcome.text.from === 'plain-text-file' && outcome.text.path) entryBytes.set(outcome.text.path, archive.files.get(outcome.text.path)!);
    }
    else if ('need' in outcome) {
      needs.push(outcome.need);
      if (outcome.need.location.where === 'archive') entryBytes.set(outcome.need.location.entry, archive.files.get(outcome.need.location.entry)!);
    } else skipped.push({ kind: 'source', name: source.name, reason: outcome.problem });
  }
  const noteTexts: Record<string, string> = {};
  for (const note of project.notes) {
    if (note.text !== undefined || !note.plainTextPath) continue;
    const location = locateSource(note.plainTextPath, project.basePath, options.folderPath);
    const entry = location.where === 'archive' ? findArchiveEntry(index, location.entry) : null;
    const text = entry ? decodeTextFile(archive.files.get(entry)!) : null;
    if (text !== null) noteTexts[note.id] = text;
    else if (entry) skipped.push({ kind: 'note', name: note.name, reason: `its text file ${note.plainTextPath} is not UTF-8 text; the note is imported empty` });
    else skipped.push({ kind: 'note', name: note.name, reason: `its text file ${note.plainTextPath} is not in the archive; the note is imported empty` });
  }
  const state: ImportState = { project, texts, noteTexts, needs, skipped, options };
  return { ok: true, plan: buildImportPlan(state), entryBytes };
}

/** The plan with the texts the app supplied for its needs; needs left unanswered stay needs. */
export function completeImportPlan(plan: ImportPlan, supplied: readonly SuppliedSource[]): ImportPlan {
  const texts = { ...plan.state.texts };
  const skipped = [...plan.state.skipped];
  const answered = new Set<string>();
  for (const answer of supplied) {
    const need = plan.state.needs.find((n) => n.id === answer.id);
    if (!need) continue;
    answered.add(need.id);
    const path = need.location.where === 'archive' ? need.location.entry : need.location.path;
    const source = plan.state.project.sources.find((s) => s.id === need.id);
    if ('error' in answer) {
      // The extractor's reason is a sentence of its own ("this PDF has no text layer (scanned?); OCR is not supported.").
      const error = answer.error.trim();
      const lost = lostWith(source);
      const reason = /[.!?]$/u.test(error) ? `${error} ${lost.charAt(0).toUpperCase()}${lost.slice(1)}` : `${error}; ${lost}`;
      skipped.push({ kind: 'source', name: need.sourceName, reason: `its text could not be read from ${path}: ${reason}` });
    } else if ('bytes' in answer) {
      const raw = decodeTextFile(answer.bytes);
      if (raw === null) skipped.push({ kind: 'source', name: need.sourceName, reason: notTextReason(path, source) });
      else texts[need.id] = { raw, from: 'supplied', path, sha256: sha256Hex(answer.bytes) };
    } else {
      texts[need.id] = { raw: stripBom(answer.text), from: 'supplied', path, ...(answer.sha256 ? { sha256: answer.sha256 } : {}) };
    }
  }
  const needs = plan.state.needs.filter((n) => !answered.has(n.id));
  return buildImportPlan({ ...plan.state, texts, skipped, needs });
}

type TextOutcome = { text: SourceText } | { need: SourceNeed } | { problem: string };

function sourceText(
  source: RefiSource,
  basePath: string | undefined,
  folderPath: string | undefined,
  index: ReadonlyMap<string, string>,
  files: ReadonlyMap<string, Uint8Array>,
): TextOutcome {
  let plainProblem: string | null = null;
  if (source.plainTextPath) {
    const location = locateSource(source.plainTextPath, basePath, folderPath);
    if (location.where === 'archive') {
      const entry = findArchiveEntry(index, location.entry);
      if (entry) {
        const bytes = files.get(entry)!;
        const raw = decodeTextFile(bytes);
        if (raw === null) return { problem: notTextReason(entry, source) };
        // NVivo for Mac writes an empty .txt beside a DOCX that holds the text: read the DOCX then.
        if (!isBlankText(raw) || !source.richTextPath) {
          const rich = source.richTextPath ? locateSource(source.richTextPath, basePath, folderPath) : null;
          const originalEntry = rich?.where === 'archive' ? findArchiveEntry(index, rich.entry) : null;
          return { text: { raw, from: 'plain-text-file', path: entry, sha256: sha256Hex(bytes), ...(originalEntry ? { originalEntry } : {}) } };
        }
      } else plainProblem = `its text file ${source.plainTextPath} is missing from the archive`;
    } else if (location.where === 'disk') {
      return { need: { id: source.id, sourceName: source.name, kind: 'read-text', location, format: extensionOf(location.path) || 'txt' } };
    } else plainProblem = location.reason;
  } else if (source.plainTextContent !== undefined && !isBlankText(source.plainTextContent)) {
    // The XML parser has turned CR LF into LF here (XML 1.0 §2.11): offsets counted over CR LF are
    // checked against the LF text by the offset readings.
    return { text: { raw: source.plainTextContent, from: 'plain-text-content' } };
  }
  const original = source.richTextPath ?? source.path;
  if (original) {
    const location = locateSource(original, basePath, folderPath);
    if (location.where === 'archive') {
      const entry = findArchiveEntry(index, location.entry);
      if (entry) return { need: { id: source.id, sourceName: source.name, kind: 'extract', location: { where: 'archive', entry }, format: extensionOf(entry) } };
      return { problem: `${plainProblem ? `${plainProblem}, and its` : 'its'} original ${original} is missing from the archive` };
    }
    if (location.where === 'disk') return { need: { id: source.id, sourceName: source.name, kind: 'extract', location, format: extensionOf(location.path) } };
    return { problem: location.reason };
  }
  return { problem: plainProblem ?? 'it has no text: no plain-text file, no text content and no original' };
}

function extensionOf(path: string): string {
  const match = /\.([A-Za-z0-9]+)$/u.exec(path);
  return match ? match[1]!.toLowerCase() : '';
}

/** Why a source whose text file is not text is left out, with what goes with it. */
function notTextReason(path: string, source: RefiSource | undefined): string {
  return `its text file ${path} is not UTF-8 text (REFI-QDA requires UTF-8); ${lostWith(source)}`;
}

/** What is lost with a source left out: its codings of passages, and the regions coded on its pages or media. */
function lostWith(source: RefiSource | undefined): string {
  const codings = source?.selections.reduce((n, selection) => n + selection.codings.length, 0) ?? 0;
  const regions = source?.otherSelections ?? 0;
  const parts = [codings ? `${codings} coding${codings === 1 ? '' : 's'}` : '', regions ? `${regions} coded region(s)` : ''].filter(Boolean);
  return parts.length ? `the source and its ${parts.join(' and ')} are not imported` : 'the source is not imported';
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
