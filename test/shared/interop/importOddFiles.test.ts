// Files from NVivo, ATLAS.ti, MAXQDA and QualCoder with what Framewise does not have or that the tool
// got wrong: users without names, GUIDs used twice, selections that cannot be, PDFs without a text
// layer. Each is imported as far as it can be, and what is not is said with the reason.
import { describe, expect, it } from 'vitest';
import { completeImportPlan, planQdpxImport } from '../../../shared/interop/qdpxImport';
import { planMerge } from '../../../shared/interop/mergePlan';
import type { ImportPlan } from '../../../shared/interop/importPlan';
import { PROJECT_ID, importOptions, packQdpx, qde, roundTripProject, uuid } from './refiFixtures';

const USER = uuid('odd:user');
const CODE = uuid('odd:code');
const SOURCE = uuid('odd:source');
const codebook = `<CodeBook><Codes><Code guid="${CODE}" name="Harbour" isCodable="true"/></Codes></CodeBook>`;
const coded = (selection: string, start: number, end: number, coding = uuid(`odd:coding:${selection}:${start}`)) =>
  `<PlainTextSelection guid="${selection}" startPosition="${start}" endPosition="${end}" creatingUser="${USER}"><Coding guid="${coding}" creatingUser="${USER}"><CodeRef targetGUID="${CODE}"/></Coding></PlainTextSelection>`;
const comment = (selection: string, start: number, end: number, text: string) =>
  `<PlainTextSelection guid="${selection}" startPosition="${start}" endPosition="${end}" creatingUser="${USER}"><Description>${text}</Description></PlainTextSelection>`;
const source = (selections: string) => `<Sources><TextSource guid="${SOURCE}" name="Interview"><PlainTextContent>We talked about the harbour.</PlainTextContent>${selections}</TextSource></Sources>`;

function plan(inner: string, origin = 'MAXQDA 24'): ImportPlan {
  const result = planQdpxImport(packQdpx(qde(inner, origin)), importOptions());
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

const duplicates = (ids: readonly string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

describe('a user the file gives no name', () => {
  const file = () => plan(`<Users><User guid="${USER}"/></Users>${codebook}${source(coded(uuid('odd:s1'), 16, 27))}`);

  it('is not merged into the researcher’s own profile (“Coder 1”) for the name the import gave them', () => {
    const me = { id: uuid('odd:me'), name: 'Coder 1', color: '#000000' };
    const project = { ...roundTripProject(), coders: [...roundTripProject().coders, me] };
    const merged = planMerge(project, file().rows, { projectId: PROJECT_ID, coders: 'by id, then name' });
    expect(merged.idMap.coders[USER]).toBe(USER);
    expect(merged.add.codings.map((c) => c.coderId)).toEqual([USER]);
  });

  it('is named after the tool and their GUID, so that the researcher can tell who it was', () => {
    expect(file().rows.coders.find((c) => c.id === USER)!.name).toBe(`Unnamed user ${USER.slice(0, 8)} (MAXQDA 24)`);
  });
});

describe('GUIDs used twice', () => {
  it('gives every comment on passages whose selections share a GUID a coding and memo of its own', () => {
    const shared = uuid('odd:shared-selection');
    const file = plan(`<Users><User guid="${USER}" name="Mia"/></Users>${codebook}${source(comment(shared, 0, 2, 'First.') + comment(shared, 3, 9, 'Second.') + comment(shared, 10, 15, 'Third.'))}`);
    expect(file.rows.memos.map((m) => m.text)).toEqual(['First.', 'Second.', 'Third.']);
    expect(duplicates(file.rows.codings.map((c) => c.id))).toEqual([]);
    expect(duplicates(file.rows.memos.map((m) => m.id))).toEqual([]);
    expect(file.rows.memos.map((m) => file.rows.codings.find((c) => c.id === m.targetId)?.start)).toEqual([0, 3, 10]);
  });

  it('keeps three codings that share a selection GUID and a Coding GUID as three rows with ids of their own', () => {
    const shared = uuid('odd:shared-selection');
    const coding = uuid('odd:shared-coding');
    const inner = `<Users><User guid="${USER}" name="Mia"/></Users>${codebook}${source(coded(shared, 0, 2, coding) + coded(shared, 3, 9, coding) + coded(shared, 10, 15, coding))}`;
    const file = plan(inner);
    expect(file.rows.codings.map((c) => c.start)).toEqual([0, 3, 10]);
    expect(duplicates(file.rows.codings.map((c) => c.id))).toEqual([]);
    // The ids are derived, not drawn: importing the same file again proposes the same rows.
    expect(plan(inner).rows).toEqual(file.rows);
  });
});

describe('selections that cannot be', () => {
  it('says which is reversed, which is empty and which starts before the text, instead of a reading that does not fit', () => {
    const file = plan(`<Users><User guid="${USER}" name="Mia"/></Users>${codebook}${source(coded(uuid('odd:r'), 9, 3) + coded(uuid('odd:e'), 4, 4) + coded(uuid('odd:n'), -2, 3) + coded(uuid('odd:ok'), 16, 27))}`);
    expect(file.rows.codings.map((c) => [c.start, c.end])).toEqual([[16, 27]]);
    expect(file.skipped).toEqual([
      { kind: 'selection', name: 'Interview (9–3)', reason: 'it ends (3) before it starts (9)' },
      { kind: 'selection', name: 'Interview (4–4)', reason: 'it is empty: it starts and ends at 4' },
      { kind: 'selection', name: 'Interview (-2–3)', reason: 'it starts (-2) before the beginning of the text' },
    ]);
  });
});

describe('a PDF without a text layer', () => {
  it('names the coded regions lost with it when its text cannot be extracted', () => {
    const pdf = uuid('odd:pdf');
    const inner = `<Users><User guid="${USER}" name="Mia"/></Users>${codebook}<Sources><PDFSource guid="${pdf}" name="Scan" path="internal://${pdf}.pdf">` +
      `<PDFSelection guid="${uuid('odd:region1')}" page="1" firstX="0" firstY="0" secondX="9" secondY="9"><Coding guid="${uuid('odd:rc1')}"><CodeRef targetGUID="${CODE}"/></Coding></PDFSelection>` +
      `<PDFSelection guid="${uuid('odd:region2')}" page="2" firstX="0" firstY="0" secondX="9" secondY="9"><Coding guid="${uuid('odd:rc2')}"><CodeRef targetGUID="${CODE}"/></Coding></PDFSelection></PDFSource></Sources>`;
    const result = planQdpxImport(packQdpx(qde(inner, 'ATLAS.ti 23'), { [`sources/${pdf}.pdf`]: new Uint8Array([37, 80, 68, 70]) }), importOptions());
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.needs.map((n) => n.format)).toEqual(['pdf']);
    const done = completeImportPlan(result.plan, [{ id: pdf, error: 'this PDF has no text layer (scanned?); OCR is not supported.' }]);
    expect(done.skipped).toEqual([
      { kind: 'source', name: 'Scan', reason: `its text could not be read from sources/${pdf}.pdf: this PDF has no text layer (scanned?); OCR is not supported. The source and its 2 coded region(s) are not imported` },
    ]);
  });
});

describe('notes that share a GUID', () => {
  it('keeps the words of both: the first where the file points, the second as a note of the project', () => {
    const note = uuid('odd:note');
    const file = plan(
      `<Users><User guid="${USER}" name="Mia"/></Users><CodeBook><Codes><Code guid="${CODE}" name="Harbour" isCodable="true"><NoteRef targetGUID="${note}"/></Code></Codes></CodeBook>` +
        `<Notes><Note guid="${note}" name="On the harbour" creatingUser="${USER}"><PlainTextContent>First words.</PlainTextContent></Note>` +
        `<Note guid="${note}" name="Later thoughts" creatingUser="${USER}"><PlainTextContent>Second words.</PlainTextContent></Note></Notes>`,
    );
    expect(file.rows.memos.map((m) => [m.targetType, m.text])).toEqual([
      ['code', 'First words.'],
      ['project', 'Later thoughts\n\nSecond words.'],
    ]);
    expect(duplicates(file.rows.memos.map((m) => m.id))).toEqual([]);
  });
});
