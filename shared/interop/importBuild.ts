// Builds an import plan from a parsed REFI-QDA project and the texts read so far. Everything is keyed
// by the file's GUIDs (documents, codes, codings, memos, coders, sets), and keys the file does not give
// are derived from GUIDs it does, so that importing the same file twice proposes the same rows and the
// merge planner finds nothing new. Pure and deterministic: `completeImportPlan` calls it again once the
// app has supplied the texts it needed.
import type { AttributeDefinition, AttributeValue, CodeRecord, CoderRecord, CodingRecord, DocumentRecord, DocumentText, MemoRecord } from '../model';
import { EMPTY_METADATA } from '../model';
import { toCanonicalText, isBlankText } from '../text/canonical';
import { countWords } from '../text/words';
import { capturePassage } from '../text/passageContext';
import { plainTextToMemoBody } from '../text/memoBody';
import { sha256Hex } from '../hash/sha256';
import { nextCodeColor } from '../codebook/codeColors';
import { chooseReading, READING_DESCRIPTIONS } from './offsetReadings';
import { attributeTypeOf, readVariableValue } from './attributeVariables';
import { importSets } from './importSets';
import { splitDocumentDescription } from './documentDescription';
import { importCodes, uniqueName } from './importCodebook';
import { derivedGuid } from './refiGuid';
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

  // Coders: one per user; rows naming a user the file does not list get a coder of their own, and
  // rows naming none the importing researcher.
  const coders: CoderRecord[] = [];
  const coderIds = new Set<string>();
  const addCoder = (id: string, name: string) => {
    if (coderIds.has(id)) return;
    coderIds.add(id);
    coders.push({ id, name: name.trim() || unnamedUser(id, project.origin), color: nextCodeColor(coders.map((c) => c.color)) });
  };
  for (const user of project.users) addCoder(user.id, user.name);
  const coderOf = (...candidates: Array<string | null>): string => {
    const id = candidates.find((c): c is string => c !== null);
    if (!id) {
      if (!coderIds.has(options.defaultCoder.id)) {
        coderIds.add(options.defaultCoder.id);
        coders.push(options.defaultCoder);
      }
      return options.defaultCoder.id;
    }
    addCoder(id, '');
    return id;
  };

  const codes = importCodes(project.codes, now, skipped);
  const codeIds = new Set(codes.map((c) => c.id));
  const caseIds = new Map(project.cases.map((c) => [c.id, c.name]));

  // Attributes: variables by name (made unique), values from the source itself, then from its cases.
  const attributeDefinitions: AttributeDefinition[] = [];
  const variableById = new Map<string, AttributeDefinition>();
  for (const variable of project.variables) {
    const name = uniqueName(variable.name.trim() || 'Unnamed attribute', attributeDefinitions, (a, b) => a === b);
    const definition: AttributeDefinition = { name, type: attributeTypeOf(variable.type) };
    attributeDefinitions.push(definition);
    variableById.set(variable.id, definition);
  }
  const valuesOf = new Map<string, Record<string, AttributeValue>>();
  const setValue = (sourceId: string, variableId: string, element: string, text: string, where: string) => {
    const definition = variableById.get(variableId);
    if (!definition) {
      skipped.push({ kind: 'variable', name: variableId, reason: `a value ${where} names a variable the file does not define` });
      return;
    }
    const values = valuesOf.get(sourceId) ?? {};
    valuesOf.set(sourceId, values);
    if (definition.name in values) return;
    const value = readVariableValue(element, text, definition.type);
    if (value !== null) values[definition.name] = value;
  };
  for (const source of project.sources) for (const value of source.values) setValue(source.id, value.variableId, value.element, value.text, `on “${source.name}”`);
  for (const refiCase of project.cases) {
    if (refiCase.values.length && refiCase.sourceIds.length === 0) {
      skipped.push({ kind: 'case', name: refiCase.name, reason: 'its variable values belong to no source (the case names none)' });
    }
    for (const sourceId of refiCase.sourceIds) {
      for (const value of refiCase.values) setValue(sourceId, value.variableId, value.element, value.text, `of case “${refiCase.name}”`);
    }
  }

  // Notes, by id, read once; attached to their targets below. A tool that wrote one GUID on two notes
  // still wrote two notes: NoteRefs reach the first, and the others come in as notes no item refers
  // to (below), under ids derived from it, so that no words are lost.
  const notes = withDistinctIds(project.notes, 'framewise:refi-note-again');
  const noteById = new Map(notes.map((note) => [note.id, note]));
  const attachedNotes = new Set<string>();
  const memos: MemoRecord[] = [];
  const memoKeys = new Map<string, MemoRecord>();
  const undatedMemoIds: string[] = [];
  const addMemo = (noteId: string, targetType: MemoRecord['targetType'], targetId: string) => {
    const note = noteById.get(noteId);
    if (!note) {
      skipped.push({ kind: 'note', name: noteId, reason: 'a NoteRef points to a note the file does not hold' });
      return;
    }
    const text = toCanonicalText(note.text ?? state.noteTexts[note.id] ?? '');
    const coderId = coderOf(note.creatingUser);
    const created = fromRefiDateTime(note.creationDateTime);
    const modified = fromRefiDateTime(note.modifiedDateTime);
    const createdAt = created ?? now;
    const id = attachedNotes.has(noteId) ? derivedGuid('framewise:refi-note-copy', noteId, targetType, targetId) : noteId;
    attachedNotes.add(noteId);
    // Framewise keeps one memo per coder on each thing: a coder's second note there joins the first.
    const key = `${targetType}\u0000${targetId}\u0000${coderId}`;
    const kept = memoKeys.get(key);
    if (kept) {
      kept.text = [kept.text, text].filter(Boolean).join('\n\n');
      kept.body = plainTextToMemoBody(kept.text);
      skipped.push({ kind: 'note', name: note.name, reason: 'joined to the same coder’s earlier note on the same item (Framewise keeps one memo per coder on each item)' });
      return;
    }
    const memo: MemoRecord = { id, targetType, targetId, body: plainTextToMemoBody(text), text, coderId, createdAt, updatedAt: modified ?? createdAt };
    memoKeys.set(key, memo);
    memos.push(memo);
    if (created === null && modified === null) undatedMemoIds.push(id);
  };

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
      const firstMemo = memos.length;
      if (selection.description.trim()) {
        const text = toCanonicalText(selection.description);
        const created = fromRefiDateTime(selection.creationDateTime);
        const createdAt = created ?? now;
        const memo: MemoRecord = { id: derivedGuid('framewise:refi-comment-memo', selectionId), targetType: 'coding', targetId: codingId, body: plainTextToMemoBody(text), text, coderId, createdAt, updatedAt: createdAt };
        memos.push(memo);
        if (created === null) undatedMemoIds.push(memo.id);
        memoKeys.set(`coding\u0000${codingId}\u0000${coderId}`, memo);
      }
      for (const noteId of selectionNotes) addMemo(noteId, 'coding', codingId);
      for (const memo of memos.slice(firstMemo)) passageComments.push({ docId: source.id, codingId, memoId: memo.id });
    });
  }
  if (usesCommentsCode) {
    codes.push(commentsCode(codes, project.origin, now));
  }

  for (const noteId of project.noteIds) addMemo(noteId, 'project', options.projectId);
  // Notes no item refers to (NVivo's free-standing memos) are kept as project memos, titled.
  for (const note of notes) {
    if (attachedNotes.has(note.id)) continue;
    const named = { ...note, text: [note.name.trim(), note.text ?? state.noteTexts[note.id] ?? ''].filter(Boolean).join('\n\n') };
    noteById.set(note.id, named);
    addMemo(note.id, 'project', options.projectId);
  }

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

/** `guid`, or when it is taken already an id derived from it (the same one each time the file is read); taken from then on. */
function distinctId(guid: string, taken: Set<string>, namespace: string): string {
  let id = guid;
  for (let n = 2; taken.has(id); n++) id = derivedGuid(namespace, guid, String(n));
  taken.add(id);
  return id;
}

/** The items with ids of their own: the first with a GUID keeps it, later ones get ids derived from it. */
function withDistinctIds<T extends { id: string }>(items: readonly T[], namespace: string): T[] {
  const taken = new Set<string>();
  return items.map((item) => {
    const id = distinctId(item.id, taken, namespace);
    return id === item.id ? item : { ...item, id };
  });
}

/**
 * A user the file names with no name (or does not list): called after the tool and their GUID, never
 * "Coder 1" and the like, which is what every new Framewise profile is called. A merge knows another
 * tool's users by name too (mergePlan.ts, CoderIdentity), and would fold this stranger into the
 * researcher, their codings and memos with them.
 */
function unnamedUser(id: string, origin: string): string {
  return `Unnamed user ${id.slice(0, 8)}${origin.trim() ? ` (${origin.trim()})` : ''}`;
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
