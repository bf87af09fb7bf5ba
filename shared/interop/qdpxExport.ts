// Export of a project as a REFI-QDA project (QDA-XML 1.0, REFI-QDA 1.5 §4): a zip holding
// `project.qde` and `sources/`. The XML follows Project.xsd to the letter, because tools reject what
// it does not allow: Project's children in their fixed order, no empty containers, GUIDs, `Z`
// date-times. Each document is a TextSource whose plain text is `sources/<guid>.txt`, exactly the
// canonical text (UTF-8, LF, no byte-order mark unless the text starts with U+FEFF: see
// plainTextBytes), and each coding a PlainTextSelection over it in Unicode code points `[start, end)`
// (the standard's unit; Framewise stores UTF-16 units).
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { CodeRecord, CoderRecord, CodingRecord, DocumentRecord, MemoRecord } from '../model';
import { utf16ToCodePoints, passageRangeProblem } from '../text/offsets';
import { codeElements } from './codeTreeXml';
import { attributeElements } from './attributeElements';
import { composeDocumentDescription } from './documentDescription';
import { derivedGuid, idToGuid } from './refiGuid';
import { toRefiDateTime } from './refiDates';
import { xmlDocument, type XmlElement } from './xmlWriter';
import type { ProjectRows } from './projectRows';

export interface QdpxExportInput {
  project: { id: string; name: string };
  rows: ProjectRows;
  /** Written as the project's `origin`: "Framewise 0.4.0". */
  app: { name: string; version: string };
  /** The coder who exports: the project's creating and modifying user. */
  exportingCoderId: string;
  /** The clock, as an ISO date-time. */
  now: string;
  /** Originals to include, by document id (the library's stored bytes); see ORIGINAL_FORMATS. */
  originals?: ReadonlyMap<string, Uint8Array>;
  /**
   * One copy of each document per coder, each holding only that coder's codings: what MAXQDA's
   * intercoder agreement compares. Without it each document is written once with every coding.
   */
  copyPerCoder?: boolean;
}

export interface QdpxExportReport {
  sources: number;
  codings: number;
  notes: number;
  /** Rows left out, with the reason (a coding of a removed code, a range outside its text…). */
  skipped: Array<{ kind: 'coding' | 'memo' | 'original'; id: string; reason: string }>;
}

export interface QdpxExport {
  bytes: Uint8Array;
  /** The project.qde text, for tests and for a look in the export report. */
  qde: string;
  report: QdpxExportReport;
}

/**
 * Formats written as a TextSource's `richTextPath`, the rich-text original of its plain text. Other
 * originals (PDF, HTML…) are not rich text in REFI-QDA's sense (a PDF is a PDFSource with regions),
 * and ATLAS.ti refuses a richTextPath that is not rich text, so they are left out and reported.
 */
export const ORIGINAL_FORMATS: ReadonlySet<string> = new Set(['docx', 'rtf']);

interface SourceCopy {
  doc: DocumentRecord;
  guid: string;
  name: string;
  /** The coder whose copy this is, or null for the one copy with everyone's codings. */
  coderId: string | null;
}

export function exportQdpx(input: QdpxExportInput): QdpxExport {
  const { rows, now } = input;
  const stamp = toRefiDateTime(now) ?? undefined;
  const report: QdpxExportReport = { sources: 0, codings: 0, notes: 0, skipped: [] };
  const documents = [...rows.documents].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  const textOf = new Map(rows.texts.map((t) => [t.docId, t.text]));
  const codesById = new Map(rows.codes.map((c) => [c.id, c]));
  const coders = usersOf(rows.coders, rows, input.exportingCoderId);
  const codersById = new Map(coders.map((c) => [c.id, c]));

  const copies = new Map<string, SourceCopy[]>();
  for (const doc of documents) {
    copies.set(
      doc.id,
      input.copyPerCoder
        ? coders.map((coder) => ({ doc, guid: derivedGuid('framewise:coder-copy', doc.id, coder.id), name: `${doc.title} [coded by ${coder.name}]`, coderId: coder.id }))
        : [{ doc, guid: idToGuid(doc.id), name: doc.title, coderId: null }],
    );
  }

  // Memos: each becomes a Note; a NoteRef on its target ties it there (Project.xsd allows NoteRef on
  // the project, a code, a source and a selection).
  const docIds = new Set(documents.map((d) => d.id));
  const docsById = new Map(documents.map((d) => [d.id, d]));
  const codingsById = new Map(rows.codings.map((c) => [c.id, c]));
  const memosOn = new Map<string, MemoRecord[]>();
  const notes: XmlElement[] = [];
  for (const memo of rows.memos) {
    const missing =
      (memo.targetType === 'document' && !docIds.has(memo.targetId)) ||
      (memo.targetType === 'code' && !codesById.has(memo.targetId)) ||
      (memo.targetType === 'coding' && !codingsById.has(memo.targetId));
    if (missing) {
      report.skipped.push({ kind: 'memo', id: memo.id, reason: `its ${memo.targetType} is no longer in the project` });
      continue;
    }
    const key = `${memo.targetType}:${memo.targetType === 'project' ? '' : memo.targetId}`;
    memosOn.set(key, [...(memosOn.get(key) ?? []), memo]);
    notes.push(noteElement(memo, noteName(memo, { documents: docsById, codes: codesById, codings: codingsById, coders: codersById })));
  }
  report.notes = notes.length;
  const noteRefs = (key: string, coderId: string | null = null): XmlElement[] =>
    (memosOn.get(key) ?? [])
      .filter((memo) => coderId === null || memo.coderId === coderId)
      .map((memo) => ({ name: 'NoteRef', attributes: [['targetGUID', idToGuid(memo.id)]] }));

  // Codings, checked against their text and converted to code points per document in one pass.
  const codingsOf = new Map<string, CodingRecord[]>();
  for (const coding of rows.codings) {
    const text = textOf.get(coding.docId);
    const reason =
      !docIds.has(coding.docId) || text === undefined ? 'its document is no longer in the project'
      : !codesById.has(coding.codeId) ? 'its code is no longer in the codebook'
      : passageRangeProblem(text, coding.start, coding.end) !== null ? `its range [${coding.start}, ${coding.end}) is not a passage of its document`
      : null;
    if (reason) report.skipped.push({ kind: 'coding', id: coding.id, reason });
    else codingsOf.set(coding.docId, [...(codingsOf.get(coding.docId) ?? []), coding]);
  }

  const files: Zippable = {};
  const sources: XmlElement[] = [];
  for (const doc of documents) {
    const text = textOf.get(doc.id) ?? '';
    const docCodings = (codingsOf.get(doc.id) ?? []).sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
    const points = utf16ToCodePoints(text, docCodings.flatMap((c) => [c.start, c.end]));
    const positions = new Map(docCodings.map((c, i) => [c.id, [points[2 * i]!, points[2 * i + 1]!] as const]));
    const original = input.originals?.get(doc.id);
    const withOriginal = original !== undefined && ORIGINAL_FORMATS.has(doc.format);
    if (original !== undefined && !withOriginal) {
      report.skipped.push({ kind: 'original', id: doc.id, reason: `a ${doc.format.toUpperCase()} original is not rich text in REFI-QDA; only its text is exported` });
    }
    for (const copy of copies.get(doc.id)!) {
      const plainPath = `sources/${copy.guid}.txt`;
      files[plainPath] = plainTextBytes(text);
      const richPath = withOriginal ? `sources/${copy.guid}.${doc.format}` : undefined;
      if (richPath) files[richPath] = [original!, { level: 0 }];
      const own = docCodings.filter((c) => copy.coderId === null || c.coderId === copy.coderId);
      report.codings += own.length;
      const description = composeDocumentDescription(doc);
      sources.push({
        name: 'TextSource',
        attributes: [
          ['guid', copy.guid],
          ['name', copy.name],
          ['richTextPath', richPath ? `internal://${richPath.slice('sources/'.length)}` : undefined],
          ['plainTextPath', `internal://${copy.guid}.txt`],
          ['creationDateTime', toRefiDateTime(doc.importedAt) ?? stamp],
          ['modifiedDateTime', stamp],
        ],
        children: [
          description ? { name: 'Description', text: description } : null,
          ...own.map((coding) => selectionElement(coding, positions.get(coding.id)!, noteRefs(`coding:${coding.id}`))),
          ...noteRefs(`document:${doc.id}`, copy.coderId),
        ],
      });
    }
  }
  report.sources = sources.length;

  const sourceGuidsOf = (doc: DocumentRecord) => copies.get(doc.id)!.map((copy) => copy.guid);
  const attributes = attributeElements(documents, rows.attributeDefinitions, sourceGuidsOf);
  const sets: XmlElement[] = [
    ...rows.documentSets.map((set) => ({
      name: 'Set',
      attributes: [['guid', idToGuid(set.id)], ['name', set.name]] as const,
      children: set.docIds.filter((id) => copies.has(id)).flatMap((id) => copies.get(id)!.map((copy) => ({ name: 'MemberSource', attributes: [['targetGUID', copy.guid]] as const }))),
    })),
    ...attributes.sets,
    ...(input.copyPerCoder
      ? coders.map((coder) => ({
          name: 'Set',
          attributes: [['guid', derivedGuid('framewise:coder-set', coder.id)], ['name', `Coded by ${coder.name}`]] as const,
          children: documents.map((doc) => ({ name: 'MemberSource', attributes: [['targetGUID', derivedGuid('framewise:coder-copy', doc.id, coder.id)]] as const })),
        }))
      : []),
  ];
  const codeTree = codeElements(rows.codes, (codeId) => noteRefs(`code:${codeId}`));

  const project: XmlElement = {
    name: 'Project',
    attributes: [
      ['xmlns', 'urn:QDA-XML:project:1.0'],
      ['name', input.project.name.trim() || 'Framewise project'],
      ['origin', `${input.app.name} ${input.app.version}`],
      ['creatingUserGUID', idToGuid(input.exportingCoderId)],
      ['creationDateTime', stamp],
      ['modifyingUserGUID', idToGuid(input.exportingCoderId)],
      ['modifiedDateTime', stamp],
    ],
    // Project.xsd's sequence: Users, CodeBook, Variables, Cases, Sources, Notes, Links, Sets, Graphs,
    // Description, NoteRef. An empty container is invalid, so each is written only with content.
    children: [
      { name: 'Users', children: coders.map((coder) => ({ name: 'User', attributes: [['guid', idToGuid(coder.id)], ['name', coder.name]] as const })) },
      codeTree.length ? { name: 'CodeBook', children: [{ name: 'Codes', children: codeTree }] } : null,
      attributes.variables,
      attributes.cases,
      sources.length ? { name: 'Sources', children: sources } : null,
      notes.length ? { name: 'Notes', children: notes } : null,
      sets.length ? { name: 'Sets', children: sets } : null,
      ...noteRefs('project:'),
    ],
  };
  const qde = xmlDocument(project);
  files['project.qde'] = strToU8(qde);
  return { bytes: zipSync(files, { level: 6, mtime: now }), qde, report };
}

/**
 * A source's text as its file. Without a byte-order mark, which some tools refuse; but a text whose
 * own first character is U+FEFF (a zero-width no-break space, kept when a file began with two) gets
 * one: its UTF-8 is the mark's three bytes, which every reader (Framewise's too) drops as a mark, and
 * the text would come back one character short, every coding in it shifted by one.
 */
function plainTextBytes(text: string): Uint8Array {
  return strToU8(text.startsWith('\uFEFF') ? `\uFEFF${text}` : text);
}

/** Every coder, plus the exporting coder and any coder a row names that the table lacks. */
function usersOf(coders: readonly CoderRecord[], rows: ProjectRows, exportingCoderId: string): CoderRecord[] {
  const users = [...coders];
  const known = new Set(users.map((c) => c.id));
  const referenced = [exportingCoderId, ...rows.codings.map((c) => c.coderId), ...rows.memos.map((m) => m.coderId)];
  for (const id of referenced) {
    if (known.has(id)) continue;
    known.add(id);
    users.push({ id, name: `Coder ${users.length + 1}`, color: '' });
  }
  return users;
}

function selectionElement(coding: CodingRecord, [start, end]: readonly [number, number], noteRefs: XmlElement[]): XmlElement {
  const user = idToGuid(coding.coderId);
  const created = toRefiDateTime(coding.createdAt) ?? undefined;
  return {
    name: 'PlainTextSelection',
    attributes: [
      ['guid', derivedGuid('framewise:selection', coding.id)],
      ['startPosition', String(start)],
      ['endPosition', String(end)],
      ['creatingUser', user],
      ['creationDateTime', created],
    ],
    children: [
      {
        name: 'Coding',
        attributes: [['guid', idToGuid(coding.id)], ['creatingUser', user], ['creationDateTime', created]],
        children: [{ name: 'CodeRef', attributes: [['targetGUID', idToGuid(coding.codeId)]] }],
      },
      ...noteRefs,
    ],
  };
}

function noteElement(memo: MemoRecord, name: string): XmlElement {
  return {
    name: 'Note',
    attributes: [
      ['guid', idToGuid(memo.id)],
      ['name', name],
      ['creatingUser', idToGuid(memo.coderId)],
      ['creationDateTime', toRefiDateTime(memo.createdAt) ?? undefined],
      ['modifyingUser', idToGuid(memo.coderId)],
      ['modifiedDateTime', toRefiDateTime(memo.updatedAt) ?? undefined],
    ],
    // Memos are rich text in Framewise; REFI-QDA notes carry plain text (or an RTF/DOCX file), so the
    // plain text is what travels.
    children: [{ name: 'PlainTextContent', text: memo.text }],
  };
}

interface NameLookups {
  documents: ReadonlyMap<string, DocumentRecord>;
  codes: ReadonlyMap<string, CodeRecord>;
  codings: ReadonlyMap<string, CodingRecord>;
  coders: ReadonlyMap<string, CoderRecord>;
}

function noteName(memo: MemoRecord, { documents, codes, codings, coders }: NameLookups): string {
  const by = coders.get(memo.coderId)?.name ?? 'a coder';
  switch (memo.targetType) {
    case 'project':
      return `Project memo by ${by}`;
    case 'document':
      return `Memo on “${documents.get(memo.targetId)?.title ?? ''}” by ${by}`;
    case 'code':
      return `Memo on code “${codes.get(memo.targetId)?.name ?? ''}” by ${by}`;
    case 'coding': {
      const coding = codings.get(memo.targetId);
      return `Memo on a passage coded “${codes.get(coding?.codeId ?? '')?.name ?? ''}” by ${by}`;
    }
  }
}
