// Builds an import plan from a parsed REFI-QDA project and the texts read so far. Everything is keyed
// by the file's GUIDs (documents, codes, codings, memos, coders, sets), and keys the file does not give
// are derived from GUIDs it does, so that importing the same file twice proposes the same rows and the
// merge planner finds nothing new. Pure and deterministic: `completeImportPlan` calls it again once the
// app has supplied the texts it needed. Here: the documents and their codings; the coders
// (importUsers.ts), attributes (importVariables.ts), memos (importNotes.ts), codes (importCodebook.ts)
// and sets (importSets.ts) are each made in a module of their own.
import type { CodeRecord, CodingRecord, DocumentRecord, DocumentText } from '../model';
import { EMPTY_METADATA } from '../model';
import { toCanonicalText, isBlankText } from '../text/canonical';
import { countWords } from '../text/words';
import { capturePassage } from '../text/passageContext';
import { sha256Hex } from '../hash/sha256';
import { chooseReading, READING_DESCRIPTIONS } from './offsetReadings';
import { importSets } from './importSets';
import { splitDocumentDescription } from './documentDescription';
import { importCodes, uniqueName } from './importCodebook';
import { derivedGuid, distinctId } from './refiGuid';
import { importUsers } from './importUsers';
import { importVariables } from './importVariables';
import { ImportedNotes } from './importNotes';
import { fromRefiDateTime } from './refiDates';
import type { DocumentOrigin, ImportPlan, ImportState, PassageComment, SkippedItem } from './importPlan';
import type { RefiSource } from './refiProject';

/** The code that holds passages other tools commented on without coding them (MAXQDA's comments). */
export const COMMENTS_CODE_ID = derivedGuid('framewise:refi-comments-code');
export const COMMENTS_CODE_NAME = 'Comments from other tools';

export function buildImportPlan(state: ImportState): ImportPlan {
  const { project, options } = state;
  const { now } = options;
  const skipped: SkippedItem[] = [...state.skipped, ...project.skipped];
  const origins: DocumentOrigin[] = [];
  const passageComments: PassageComment[] = [];

  const { coders, coderOf } = importUsers(project.users, project.origin, options.defaultCoder);

  const codes = importCodes(project.codes, now, skipped);
  const codeIds = new Set(codes.map((c) => c.id));
  const caseIds = new Map(project.cases.map((c) => [c.id, c.name]));

  const { attributeDefinitions, variableById, valuesOf } = importVariables(project, skipped);

  const notes = new ImportedNotes(state, coderOf, skipped);
  const addMemo = notes.addMemo;

  for (const code of walkCodes(project.codes)) for (const noteId of code.noteIds) if (codeIds.has(code.id)) addMemo(noteId, 'code', code.id);

  // Documents, their codings and the memos on them.
  const documents: DocumentRecord[] = [];
  const texts: DocumentText[] = [];
  const codings: CodingRecord[] = [];
  const codingKeys = new Set<string>();
  const codingIds = new Set<string>();
  const titles = new Set<string>();
  const pending = new Set(state.needs.map((need) => need.id));
  const seenSources = new Set<string>();
  // Selection GUIDs given out so far: a tool that wrote one GUID on two selections still has two
  // passages, and the ids derived from it (comment codings, their memos, codings without a GUID)
  // must differ. The first keeps its GUID, so that the ids of a file without the fault never change.
  const selectionIds = new Set<string>();
  const selectionIdOf = (guid: string): string => distinctId(guid, selectionIds, 'framewise:refi-selection-again');
  let usesCommentsCode = false;

  for (const source of project.sources) {
    if (seenSources.has(source.id)) {
      skipped.push({ kind: 'source', name: source.name, reason: 'its GUID appears twice; the first source is kept' });
      continue;
    }
    seenSources.add(source.id);
    if (pending.has(source.id)) continue;
    const sourceText = state.texts[source.id];
    if (!sourceText) {
      if (source.kind === 'TextSource' || source.kind === 'PDFSource') continue; // already reported where the text failed
      skipped.push({ kind: 'source', name: source.name, reason: mediaReason(source) });
      continue;
    }
    // `raw` has had its byte-order mark removed where it was read (SourceText.raw): a U+FEFF still at
    // its start is the text's own first character, which toCanonicalText would drop as a mark.
    const canonical = sourceText.raw.startsWith('\uFEFF') ? `\uFEFF${toCanonicalText(sourceText.raw)}` : toCanonicalText(sourceText.raw);
    if (isBlankText(canonical)) {
      skipped.push({ kind: 'source', name: source.name, reason: 'its text is empty' });
      continue;
    }
    const title = uniqueTitle(source.name.trim() || 'Untitled source', titles);
    const metadata = splitDocumentDescription(source.description);
    const extraction: Record<string, string> = { 'Imported from': `${options.fileName} (${project.origin || 'unknown tool'})` };
    if (sourceText.path) extraction['REFI-QDA file'] = sourceText.path;
    if (!metadata && source.description.trim()) extraction.Description = source.description.trim();

    // A selection that cannot be in any text is said for what it is, and does not weigh on which
    // reading of the offsets the document's other selections fit.
    const shapeProblems = source.selections.map(selectionShapeProblem);
    const spans = source.selections.filter((_, i) => shapeProblems[i] === null).map((s) => ({ start: s.start, end: s.end }));
    const choice = spans.length ? chooseReading(sourceText.raw, canonical, spans, project.origin) : null;
    if (choice) extraction['Offsets read as'] = READING_DESCRIPTIONS[choice.reading];
    const origin: DocumentOrigin = { docId: source.id, from: sourceText.from, reading: choice?.reading ?? null };
    if (sourceText.path) origin.path = sourceText.path;
    if (sourceText.originalEntry) origin.originalEntry = sourceText.originalEntry;
    if (sourceText.from === 'plain-text-content') {
      // XML 1.0 §2.11: the parser read CR LF in PlainTextContent as LF, so a tool that counted CR LF
      // as 2 is off by one per line; the offset readings found which count fits.
      origin.note = 'The text came from the XML itself, where line ends read as LF; offsets were checked against it.';
    }
    origins.push(origin);

    documents.push({
      id: source.id,
      title,
      format: 'txt',
      fileName: `${title}.txt`,
      storedName: '',
      sha256: sourceText.sha256 ?? sha256Hex(canonical),
      order: documents.length,
      importedAt: now,
      length: canonical.length,
      words: countWords(canonical),
      extraction,
      attributes: valuesOf.get(source.id) ?? {},
      ...(metadata ?? EMPTY_METADATA),
    });
    documents[documents.length - 1]!.storedName = `${documents[documents.length - 1]!.sha256}.txt`;
    texts.push({ docId: source.id, text: canonical });
    for (const noteId of source.noteIds) addMemo(noteId, 'document', source.id);
    if (source.otherSelections) {
      skipped.push({ kind: 'selection', name: title, reason: `${source.otherSelections} coded region(s) of its ${source.kind === 'PDFSource' ? 'PDF pages' : 'media'} are not imported; Framewise codes text` });
    }

    let placed = 0;
    source.selections.forEach((selection, i) => {
      const shapeProblem = shapeProblems[i];
      const placement = shapeProblem === null ? choice!.placements[placed++]! : { problem: shapeProblem };
      const selectionId = selectionIdOf(selection.id);
      if ('problem' in placement) {
        skipped.push({ kind: 'selection', name: `${title} (${selection.start}–${selection.end})`, reason: placement.problem });
        return;
      }
      const passage = capturePassage(canonical, placement.start, placement.end);
      const made: string[] = [];
      for (const refiCoding of selection.codings) {
        if (caseIds.has(refiCoding.codeId)) {
          skipped.push({ kind: 'coding', name: `${title}: “${short(passage.quote)}”`, reason: `it codes the passage to the case “${caseIds.get(refiCoding.codeId)}” (case coding), which Framewise keeps as document attributes, not as a code` });
          continue;
        }
        if (!codeIds.has(refiCoding.codeId)) {
          skipped.push({ kind: 'coding', name: `${title}: “${short(passage.quote)}”`, reason: 'its code is not in the file’s codebook' });
          continue;
        }
        const coderId = coderOf(refiCoding.creatingUser, selection.creatingUser, source.creatingUser);
        const key = `${source.id}\u0000${refiCoding.codeId}\u0000${coderId}\u0000${placement.start}\u0000${placement.end}`;
        if (codingKeys.has(key)) continue; // the same coding twice in one file: kept once
        codingKeys.add(key);
        let id = refiCoding.id ?? derivedGuid('framewise:refi-coding', selectionId, refiCoding.codeId);
        while (codingIds.has(id)) id = derivedGuid('framewise:refi-coding', selectionId, refiCoding.codeId, id);
        codingIds.add(id);
        codings.push({
          id,
          docId: source.id,
          codeId: refiCoding.codeId,
          start: placement.start,
          end: placement.end,
          ...passage,
          coderId,
          createdAt: fromRefiDateTime(refiCoding.creationDateTime ?? selection.creationDateTime) ?? now,
        });
        made.push(id);
        for (const noteId of refiCoding.noteIds) addMemo(noteId, 'coding', id);
      }
      const selectionNotes = selection.noteIds;
      if (made.length > 0) {
        for (const noteId of selectionNotes) addMemo(noteId, 'coding', made[0]!);
        return;
      }
      if (!selection.description.trim() && selectionNotes.length === 0) {
        if (selection.codings.length === 0) skipped.push({ kind: 'selection', name: `${title}: “${short(passage.quote)}”`, reason: 'it has neither a code nor a comment' });
        return;
      }
      // A comment on a passage (MAXQDA: a selection with a Description and no Coding; NVivo: an
      // annotation reached through NoteRef). Framewise memos belong to a coding, so the passage is
      // coded with the comments code and the comment becomes that coding's memo.
      usesCommentsCode = true;
      const coderId = coderOf(selection.creatingUser, source.creatingUser);
      const codingId = derivedGuid('framewise:refi-comment', selectionId);
      codingIds.add(codingId);
      codings.push({ id: codingId, docId: source.id, codeId: COMMENTS_CODE_ID, start: placement.start, end: placement.end, ...passage, coderId, createdAt: fromRefiDateTime(selection.creationDateTime) ?? now });
      const firstMemo = notes.memos.length;
      if (selection.description.trim()) notes.addComment(derivedGuid('framewise:refi-comment-memo', selectionId), codingId, coderId, selection.description, selection.creationDateTime);
      for (const noteId of selectionNotes) addMemo(noteId, 'coding', codingId);
      for (const memo of notes.memos.slice(firstMemo)) passageComments.push({ docId: source.id, codingId, memoId: memo.id });
    });
  }
  if (usesCommentsCode) {
    codes.push(commentsCode(codes, project.origin, now));
  }

  for (const noteId of project.noteIds) addMemo(noteId, 'project', options.projectId);
  notes.keepUnattached(options.projectId);
  const { memos, undatedMemoIds } = notes;

  const documentIds = new Set(documents.map((d) => d.id));
  const documentSets = importSets(state, documentIds, valuesOf, variableById, now, skipped);

  if (project.links) skipped.push({ kind: 'link', name: `${project.links} link(s)`, reason: 'Framewise has no links between items' });
  if (project.graphs) skipped.push({ kind: 'graph', name: `${project.graphs} graph(s)`, reason: 'Framewise has no graphs (network views)' });

  const attributeValues = documents.reduce((n, d) => n + Object.keys(d.attributes).length, 0);
  const rows = { documents, texts, codes, codings, memos, coders, documentSets, attributeDefinitions };
  return {
    projectName: project.name,
    origin: project.origin,
    rows,
    origins,
    passageComments,
    skipped,
    needs: state.needs,
    counts: {
      documents: documents.length,
      codes: codes.length,
      codings: codings.length,
      memos: memos.length,
      coders: coders.length,
      attributes: attributeDefinitions.length,
      attributeValues,
      sets: documentSets.length,
      skipped: skipped.length,
      needs: state.needs.length,
    },
    undatedMemoIds,
    state,
  };
}

function* walkCodes(codes: ImportState['project']['codes']): Generator<ImportState['project']['codes'][number]> {
  for (const code of codes) {
    yield code;
    yield* walkCodes(code.children);
  }
}

function commentsCode(codes: readonly CodeRecord[], origin: string, now: string): CodeRecord {
  return {
    id: COMMENTS_CODE_ID,
    name: uniqueName(COMMENTS_CODE_NAME, codes.filter((c) => c.parentId === null)),
    color: '#57534e',
    parentId: null,
    order: codes.filter((c) => c.parentId === null).length,
    definition: `Passages that carried a comment in ${origin || 'another tool'}; the comment is the coding's memo.`,
    inclusion: '',
    exclusion: '',
    example: '',
    createdAt: now,
  };
}

/** Why a selection can be in no text at all, whatever unit its offsets count; null when it can. */
function selectionShapeProblem(selection: { start: number; end: number }): string | null {
  if (selection.start < 0) return `it starts (${selection.start}) before the beginning of the text`;
  if (selection.end < selection.start) return `it ends (${selection.end}) before it starts (${selection.start})`;
  if (selection.end === selection.start) return `it is empty: it starts and ends at ${selection.start}`;
  return null;
}

function mediaReason(source: RefiSource): string {
  const what = source.kind === 'PictureSource' ? 'an image' : source.kind === 'AudioSource' ? 'an audio recording' : source.kind === 'VideoSource' ? 'a video' : 'a source without text';
  const selections = source.otherSelections ? ` (${source.otherSelections} coded region(s) or span(s) in it are not imported)` : '';
  return `it is ${what}; Framewise codes text${selections}`;
}

function uniqueTitle(title: string, taken: Set<string>): string {
  let candidate = title;
  for (let n = 2; taken.has(candidate.toLocaleLowerCase()); n++) candidate = `${title} (${n})`;
  taken.add(candidate.toLocaleLowerCase());
  return candidate;
}

function short(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}
