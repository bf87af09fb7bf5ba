// Another tool's notes often carry no date. The import dates such a note at the moment of the import
// (a memo needs a time), and that moment is no evidence that the note was written after the
// researcher's own edit: merged into the project, an undated note that differs is reported and the
// project's memo is kept.
import { describe, expect, it } from 'vitest';
import { applyMergePlan, planMerge } from '../../../shared/interop/mergePlan';
import { completeImportPlan, planQdpxImport } from '../../../shared/interop/qdpxImport';
import type { ImportPlan } from '../../../shared/interop/importPlan';
import { ANA, ECONOMY, FRAMING, MEMOS, NOW, PROJECT_ID, importOptions, packQdpx, qde, roundTripProject, uuid } from './refiFixtures';

const CODE_MEMO = MEMOS.find((m) => m.targetType === 'code')!;
const NOTE = uuid('undated:note');

/** Ana's note on Economy in another tool's file, with the dates given (none by default). */
function otherToolFile(text: string, dates = ''): ImportPlan {
  const xml = qde(
    `<Users><User guid="${ANA.id}" name="Ana"/></Users>` +
      `<CodeBook><Codes><Code guid="${FRAMING.id}" name="Framing" isCodable="true" color="${FRAMING.color}"><Code guid="${ECONOMY.id}" name="Economy" isCodable="true" color="${ECONOMY.color}"><NoteRef targetGUID="${NOTE}"/></Code></Code></Codes></CodeBook>` +
      `<Notes><Note guid="${NOTE}" name="Economy" creatingUser="${ANA.id}"${dates}><PlainTextContent>${text}</PlainTextContent></Note></Notes>`,
    'MAXQDA 24',
  );
  const result = planQdpxImport(packQdpx(xml), importOptions({ fileName: 'ana.qdpx' }));
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

/** The memos the plan recorded as undated, as the merge takes them. */
const undatedMemoIds = (plan: ImportPlan) => new Set(plan.undatedMemoIds);

const memoOnEconomy = (plan: ImportPlan) => plan.rows.memos.find((m) => m.targetType === 'code' && m.targetId === ECONOMY.id)!;

describe('merging another tool’s note that has no date', () => {
  it('keeps the project’s memo and says the file’s has no date', () => {
    const file = otherToolFile('Words written in another tool.');
    const project = roundTripProject();
    const plan = planMerge(project, file.rows, { projectId: PROJECT_ID, coders: 'by id, then name', undatedMemos: undatedMemoIds(file) });
    expect(plan.update.memos).toEqual([]);
    expect(plan.conflicts).toEqual([
      {
        kind: 'memo differs',
        existingId: CODE_MEMO.id,
        incomingId: NOTE,
        detail: 'Ana’s memo on code “Economy” differs: last edited 2026-01-05 here; the file’s has no date, so the project’s is kept',
      },
    ]);
    expect(applyMergePlan(project, plan).memos.find((m) => m.id === CODE_MEMO.id)).toEqual(CODE_MEMO);
  });

  it('still takes a note the file dates after the project’s edit', () => {
    const file = otherToolFile('Rewritten in another tool.', ' creationDateTime="2026-01-04T08:00:00Z" modifiedDateTime="2026-01-20T10:00:00Z"');
    expect(undatedMemoIds(file)).toEqual(new Set());
    const plan = planMerge(roundTripProject(), file.rows, { projectId: PROJECT_ID, coders: 'by id, then name', undatedMemos: undatedMemoIds(file) });
    expect(plan.update.memos).toEqual([{ id: CODE_MEMO.id, changes: expect.objectContaining({ text: 'Rewritten in another tool.', updatedAt: '2026-01-20T10:00:00.000Z' }) }]);
  });

  it('counts a note with only a creation date as dated: it was written then at the latest', () => {
    const file = otherToolFile('Written in another tool.', ' creationDateTime="2026-01-20T10:00:00Z"');
    expect(memoOnEconomy(file).updatedAt).toBe('2026-01-20T10:00:00.000Z');
    expect(undatedMemoIds(file)).toEqual(new Set());
  });

  it('names the undated memos of the file, however the import came to make them', () => {
    const file = otherToolFile('Words written in another tool.');
    expect(undatedMemoIds(file)).toEqual(new Set([memoOnEconomy(file).id]));
  });

  it('names an undated MAXQDA comment (a selection’s description) too, and not one whose selection is dated', () => {
    const source = uuid('undated:source');
    const comment = (guid: string, dates: string) => `<PlainTextSelection guid="${guid}" startPosition="0" endPosition="4" creatingUser="${ANA.id}"${dates}><Description>Check this.</Description></PlainTextSelection>`;
    const xml = qde(
      `<Users><User guid="${ANA.id}" name="Ana"/></Users><Sources><TextSource guid="${source}" name="Interview"><PlainTextContent>Harbour talk.</PlainTextContent>` +
        `${comment(uuid('undated:comment'), '')}${comment(uuid('dated:comment'), ' creationDateTime="2026-01-20T10:00:00Z"')}</TextSource></Sources>`,
      'MAXQDA 24',
    );
    const result = planQdpxImport(packQdpx(xml), importOptions());
    if (!result.ok) throw new Error(result.reason);
    const [undated, dated] = result.plan.rows.memos;
    expect(dated!.updatedAt).toBe('2026-01-20T10:00:00.000Z');
    expect(undatedMemoIds(result.plan)).toEqual(new Set([undated!.id]));
  });

  it('keeps the first of two file memos that become one here when either has no date', () => {
    // Two users of the file with one name are one coder here (matched by name): their notes on
    // Economy are one memo. The undated one came first and is added; the dated one is not "older"
    // than the moment of the import.
    const other = uuid('undated:other-ana');
    const second = uuid('undated:second-note');
    const xml = qde(
      `<Users><User guid="${ANA.id}" name="Ana"/><User guid="${other}" name="Ana"/></Users>` +
        `<CodeBook><Codes><Code guid="${FRAMING.id}" name="Framing" isCodable="true" color="${FRAMING.color}"><Code guid="${ECONOMY.id}" name="Economy" isCodable="true" color="${ECONOMY.color}"><NoteRef targetGUID="${NOTE}"/><NoteRef targetGUID="${second}"/></Code></Code></Codes></CodeBook>` +
        `<Notes><Note guid="${NOTE}" name="First" creatingUser="${ANA.id}"><PlainTextContent>Undated words.</PlainTextContent></Note>` +
        `<Note guid="${second}" name="Second" creatingUser="${other}" modifiedDateTime="2026-01-20T10:00:00Z"><PlainTextContent>Dated words.</PlainTextContent></Note></Notes>`,
      'MAXQDA 24',
    );
    const result = planQdpxImport(packQdpx(xml), importOptions({ fileName: 'ana.qdpx' }));
    if (!result.ok) throw new Error(result.reason);
    const project = { ...roundTripProject(), memos: MEMOS.filter((m) => m.id !== CODE_MEMO.id) };
    const plan = planMerge(project, result.plan.rows, { projectId: PROJECT_ID, coders: 'by id, then name', undatedMemos: undatedMemoIds(result.plan) });
    expect(plan.add.memos.map((m) => m.text)).toEqual(['Undated words.']);
    expect(plan.conflicts.map((c) => c.detail)).toEqual(['Ana’s memo on code “Economy” differs: one version in the file has no date, the other was last edited 2026-01-20; neither is newer, so the first is kept']);
  });

  it('takes a note dated exactly at the import’s clock for a dated one, and newer than the project’s', () => {
    // NOW is the import's own clock: a note really edited at that instant is no undated note.
    const file = otherToolFile('Edited at the very moment of the import.', ` creationDateTime="2026-01-04T08:00:00Z" modifiedDateTime="${NOW.replace('.000Z', 'Z')}"`);
    expect(memoOnEconomy(file).updatedAt).toBe(NOW);
    expect(undatedMemoIds(file)).toEqual(new Set());
    const plan = planMerge(roundTripProject(), file.rows, { projectId: PROJECT_ID, coders: 'by id, then name', undatedMemos: undatedMemoIds(file) });
    expect(plan.update.memos).toEqual([{ id: CODE_MEMO.id, changes: expect.objectContaining({ text: 'Edited at the very moment of the import.', updatedAt: NOW }) }]);
  });

  it('keeps an undated note undated when the plan is completed later, on another clock reading', () => {
    // The plan is rebuilt once the app has supplied its texts: the record travels with the plan and
    // does not hang on the time staying what it was.
    const file = otherToolFile('Words written in another tool.');
    const later = completeImportPlan({ ...file, state: { ...file.state, options: { ...file.state.options, now: '2026-02-01T12:00:05.000Z' } } }, []);
    expect(undatedMemoIds(later)).toEqual(new Set([memoOnEconomy(later).id]));
  });

  it('records a note attached to two items, and a free-standing one, as undated on each memo it makes', () => {
    const free = uuid('undated:free');
    const xml = qde(
      `<Users><User guid="${ANA.id}" name="Ana"/></Users>` +
        `<CodeBook><Codes><Code guid="${FRAMING.id}" name="Framing" isCodable="true" color="${FRAMING.color}"><NoteRef targetGUID="${NOTE}"/><Code guid="${ECONOMY.id}" name="Economy" isCodable="true" color="${ECONOMY.color}"><NoteRef targetGUID="${NOTE}"/></Code></Code></Codes></CodeBook>` +
        `<Notes><Note guid="${NOTE}" name="Shared" creatingUser="${ANA.id}"><PlainTextContent>On both.</PlainTextContent></Note>` +
        `<Note guid="${free}" name="Loose" creatingUser="${ANA.id}"><PlainTextContent>Nobody points here.</PlainTextContent></Note></Notes>`,
      'NVivo 14',
    );
    const result = planQdpxImport(packQdpx(xml), importOptions());
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.rows.memos).toHaveLength(3);
    expect(undatedMemoIds(result.plan)).toEqual(new Set(result.plan.rows.memos.map((m) => m.id)));
  });
});
