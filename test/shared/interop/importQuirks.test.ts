// What other tools write, as the REFI-QDA README found it in the wild: each quirk imported as the
// researcher would expect.
import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { planQdpxImport, completeImportPlan } from '../../../shared/interop/qdpxImport';
import { COMMENTS_CODE_ID } from '../../../shared/interop/importBuild';
import type { ImportPlan } from '../../../shared/interop/importPlan';
import { importOptions, packQdpx, qde, uuid } from './refiFixtures';

const U = uuid('quirk:user').toUpperCase();
const C = uuid('quirk:code').toUpperCase();
const S1 = uuid('quirk:s1').toUpperCase();
const S2 = uuid('quirk:s2').toUpperCase();
const TEXT = 'We talked about the harbour. The harbour is closing.';

function plan(xml: string, files: Record<string, string | Uint8Array>, options = importOptions(), qdeName?: string): ImportPlan {
  const result = planQdpxImport(packQdpx(xml, files, qdeName), options);
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

const codebook = `<Users><User guid="${U}" name="Mia"/></Users><CodeBook><Codes><Code guid="${C}" name="Harbour" isCodable="false"><Code guid="${uuid('quirk:child')}" name="Closing" isCodable="true"/></Code></Codes></CodeBook>`;
const selection = (guid: string, start: number, end: number, inner: string) => `<PlainTextSelection guid="${guid}" startPosition="${start}" endPosition="${end}" creatingUser="${U}">${inner}</PlainTextSelection>`;
const coding = (guid: string, codeGuid = C) => `<Coding guid="${guid}" creatingUser="${U}"><CodeRef targetGUID="${codeGuid}"/></Coding>`;

describe('importing what other tools write', () => {
  it('reads a .qde with any name, sources in Sources/, and GUIDs in braces and upper case', () => {
    const xml = qde(`${codebook}<Sources><TextSource guid="{${S1}}" name="Interview" plainTextPath="internal://${S1}.txt">${selection(uuid('q:sel'), 20, 27, coding(uuid('q:cod')))}</TextSource></Sources>`, 'NVivo 14 for Windows');
    const result = plan(xml, { [`Sources/${S1}.txt`]: TEXT }, importOptions(), 'My Project.qde');
    expect(result.rows.documents.map((d) => d.id)).toEqual([S1.toLowerCase()]);
    expect(result.rows.codings.map((c) => [c.quote, c.codeId, c.coderId])).toEqual([['harbour', C.toLowerCase(), U.toLowerCase()]]);
  });

  it('keeps a parent code codable, with its children under it', () => {
    const result = plan(qde(codebook), {});
    expect(result.rows.codes.map((c) => [c.name, c.parentId])).toEqual([
      ['Harbour', null],
      ['Closing', C.toLowerCase()],
    ]);
  });

  it('falls back to the text in the XML when there is no text file', () => {
    const xml = qde(`${codebook}<Sources><TextSource guid="${S1}" name="Inline"><PlainTextContent>${TEXT.replace('harbour.', 'harbour.&#13;\n')}</PlainTextContent>${selection(uuid('q:s'), 0, 2, coding(uuid('q:c')))}</TextSource></Sources>`);
    const result = plan(xml, {});
    expect(result.rows.texts[0]!.text).toBe(TEXT.replace('harbour.', 'harbour.\n'));
    expect(result.origins[0]!.from).toBe('plain-text-content');
    expect(result.rows.codings[0]!.quote).toBe('We');
  });

  it('makes duplicate source and set names unique, and never fails on them', () => {
    const xml = qde(
      `${codebook}<Sources><TextSource guid="${S1}" name="Interview" plainTextPath="internal://${S1}.txt"/><TextSource guid="${S2}" name="Interview" plainTextPath="internal://${S2}.txt"/></Sources>` +
        `<Sets><Set guid="${uuid('q:set1')}" name="Group"><MemberSource targetGUID="${S1}"/></Set><Set guid="${uuid('q:set2')}" name="Group"><MemberSource targetGUID="${S2}"/></Set></Sets>`,
    );
    const result = plan(xml, { [`sources/${S1}.txt`]: TEXT, [`sources/${S2}.txt`]: 'Another text.' });
    expect(result.rows.documents.map((d) => d.title)).toEqual(['Interview', 'Interview (2)']);
    expect(result.rows.documentSets.map((s) => [s.name, s.docIds])).toEqual([
      ['Group', [S1.toLowerCase()]],
      ['Group (2)', [S2.toLowerCase()]],
    ]);
  });

  it('keeps the first of two sets sharing a GUID and says so of the other, instead of two sets with one id', () => {
    const set = uuid('q:set-twice');
    const xml = qde(
      `${codebook}<Sources><TextSource guid="${S1}" name="Interview" plainTextPath="internal://${S1}.txt"/><TextSource guid="${S2}" name="Letter" plainTextPath="internal://${S2}.txt"/></Sources>` +
        `<Sets><Set guid="${set}" name="Urban"><MemberSource targetGUID="${S1}"/></Set><Set guid="${set}" name="Rural"><MemberSource targetGUID="${S2}"/></Set></Sets>`,
    );
    const result = plan(xml, { [`sources/${S1}.txt`]: TEXT, [`sources/${S2}.txt`]: 'Another text.' });
    expect(result.rows.documentSets.map((s) => [s.name, s.docIds])).toEqual([['Urban', [S1.toLowerCase()]]]);
    expect(result.skipped).toContainEqual({ kind: 'set', name: 'Rural', reason: 'its GUID is that of the set “Urban” before it in the file: only the first is kept' });
  });

  it('turns a MAXQDA comment (a selection with a description and no coding) into a memo on the passage', () => {
    const xml = qde(`${codebook}<Sources><TextSource guid="${S1}" name="Interview" plainTextPath="internal://${S1}.txt">${selection(uuid('q:comment'), 29, 40, '<Description>Check this date.</Description>')}</TextSource></Sources>`, 'MAXQDA 24');
    const result = plan(xml, { [`sources/${S1}.txt`]: TEXT });
    const comment = result.rows.codings.find((c) => c.codeId === COMMENTS_CODE_ID)!;
    expect(comment.quote).toBe('The harbour');
    expect(result.rows.memos).toEqual([expect.objectContaining({ targetType: 'coding', targetId: comment.id, text: 'Check this date.', coderId: U.toLowerCase() })]);
    expect(result.passageComments).toEqual([{ docId: S1.toLowerCase(), codingId: comment.id, memoId: result.rows.memos[0]!.id }]);
    expect(result.rows.codes.find((c) => c.id === COMMENTS_CODE_ID)!.definition).toContain('MAXQDA 24');
  });

  it('turns an NVivo annotation (a note reached through NoteRef on a selection) into a memo on the coding', () => {
    const note = uuid('q:note');
    const xml = qde(
      `${codebook}<Sources><TextSource guid="${S1}" name="Interview" plainTextPath="internal://${S1}.txt">${selection(uuid('q:sel'), 20, 27, `${coding(uuid('q:cod'))}<NoteRef targetGUID="${note}"/>`)}</TextSource></Sources>` +
        `<Notes><Note guid="${note}" name="Annotation" creatingUser="${U}"><PlainTextContent>The old harbour, not the new one.</PlainTextContent></Note></Notes>`,
      'NVivo 14 for Windows',
    );
    const result = plan(xml, { [`sources/${S1}.txt`]: TEXT });
    expect(result.rows.memos).toEqual([expect.objectContaining({ id: note, targetType: 'coding', targetId: uuid('q:cod'), text: 'The old harbour, not the new one.' })]);
  });

  it('recognizes case coding and does not turn the case into a code', () => {
    const person = uuid('q:case');
    const xml = qde(
      `${codebook}<Cases><Case guid="${person}" name="Participant 7"><SourceRef targetGUID="${S1}"/></Case></Cases>` +
        `<Sources><TextSource guid="${S1}" name="Interview" plainTextPath="internal://${S1}.txt">${selection(uuid('q:sel'), 0, 28, coding(uuid('q:cc'), person))}</TextSource></Sources>`,
    );
    const result = plan(xml, { [`sources/${S1}.txt`]: TEXT });
    expect(result.rows.codes.map((c) => c.name)).toEqual(['Harbour', 'Closing']);
    expect(result.rows.codings).toEqual([]);
    expect(result.skipped).toEqual([expect.objectContaining({ kind: 'coding', reason: expect.stringContaining('case “Participant 7” (case coding)') })]);
  });

  it('reads variables on sources (MAXQDA), on nameless cases (Quirkos) and on named cases (NVivo)', () => {
    const [v1, v2, v3] = [uuid('q:v1'), uuid('q:v2'), uuid('q:v3')];
    const value = (variable: string, element: string, text: string) => `<VariableValue><VariableRef targetGUID="${variable}"/><${element}>${text}</${element}></VariableValue>`;
    const xml = qde(
      `${codebook}<Variables><Variable guid="${v1}" name="Region" typeOfVariable="Text"/><Variable guid="${v2}" name="Age" typeOfVariable="Integer"/><Variable guid="${v3}" name="Consent" typeOfVariable="Boolean"/></Variables>` +
        `<Cases><Case guid="${uuid('q:nameless')}">${value(v2, 'IntegerValue', '42')}<SourceRef targetGUID="${S1}"/></Case><Case guid="${uuid('q:named')}" name="Participant 7">${value(v3, 'BooleanValue', 'true')}${value(v1, 'TextValue', 'Inland')}<SourceRef targetGUID="${S1}"/><SourceRef targetGUID="${S2}"/></Case></Cases>` +
        `<Sources><TextSource guid="${S1}" name="One" plainTextPath="internal://${S1}.txt">${value(v1, 'TextValue', 'Coast')}</TextSource><TextSource guid="${S2}" name="Two" plainTextPath="internal://${S2}.txt"/></Sources>`,
    );
    const result = plan(xml, { [`sources/${S1}.txt`]: TEXT, [`sources/${S2}.txt`]: 'Two.' });
    expect(result.rows.attributeDefinitions).toEqual([
      { name: 'Region', type: 'text' },
      { name: 'Age', type: 'number' },
      { name: 'Consent', type: 'boolean' },
    ]);
    // The source's own value wins over its case's.
    expect(result.rows.documents.map((d) => d.attributes)).toEqual([
      { Region: 'Coast', Age: 42, Consent: true },
      { Consent: true, Region: 'Inland' },
    ]);
  });

  it('ignores elements and attributes it does not know', () => {
    const xml = qde(`<Users><User guid="${U}" name="Mia" shoeSize="44"/><Robot/></Users><Extra><Code guid="${uuid('q:x')}" name="Not a code" isCodable="true"/></Extra>${codebook.replace('<Users><User guid="' + U + '" name="Mia"/></Users>', '')}`);
    const result = plan(xml, {});
    expect(result.rows.coders.map((c) => c.name)).toEqual(['Mia']);
    expect(result.rows.codes.map((c) => c.name)).toEqual(['Harbour', 'Closing']);
  });

  it('lists sources held in a rich-text original or on disk as needs, and completes the plan with the texts supplied', () => {
    const xml = qde(
      `${codebook}<Sources><TextSource guid="${S1}" name="Rich" plainTextPath="internal://${S1}.txt" richTextPath="internal://${S1}.docx">${selection(uuid('q:sel'), 20, 27, coding(uuid('q:cod')))}</TextSource>` +
        `<TextSource guid="${S2}" name="Beside" plainTextPath="relative://data/two%20words.txt"/></Sources>`,
      'NVivo for Mac 15.0.0',
    );
    const docx = new Uint8Array([0x50, 0x4b, 3, 4]);
    const result = planQdpxImport(packQdpx(xml, { [`sources/${S1}.txt`]: '\n', [`sources/${S1}.docx`]: docx }), importOptions({ folderPath: '/home/mia/exports' }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.needs).toEqual([
      { id: S1.toLowerCase(), sourceName: 'Rich', kind: 'extract', location: { where: 'archive', entry: `sources/${S1}.docx` }, format: 'docx' },
      { id: S2.toLowerCase(), sourceName: 'Beside', kind: 'read-text', location: { where: 'disk', path: '/home/mia/exports/data/two words.txt' }, format: 'txt' },
    ]);
    expect(result.entryBytes.get(`sources/${S1}.docx`)).toEqual(docx);
    expect(result.plan.rows.documents).toEqual([]);

    const done = completeImportPlan(JSON.parse(JSON.stringify(result.plan)) as ImportPlan, [
      { id: S1.toLowerCase(), text: TEXT },
      { id: S2.toLowerCase(), bytes: strToU8('\uFEFFRead from disk.\r\n') },
    ]);
    expect(done.needs).toEqual([]);
    expect(done.rows.texts.map((t) => t.text)).toEqual([TEXT, 'Read from disk.']);
    expect(done.rows.codings.map((c) => c.quote)).toEqual(['harbour']);
    expect(done.origins.map((o) => o.from)).toEqual(['supplied', 'supplied']);
  });

  it('reports a source whose text the app could not get', () => {
    const xml = qde(`<Sources><TextSource guid="${S2}" name="Far away" plainTextPath="absolute://C:/Users/mia/a%20b.txt"/></Sources>`);
    const first = planQdpxImport(packQdpx(xml), importOptions());
    if (!first.ok) throw new Error(first.reason);
    expect(first.plan.needs[0]!.location).toEqual({ where: 'disk', path: 'C:/Users/mia/a b.txt' });
    const done = completeImportPlan(first.plan, [{ id: S2.toLowerCase(), error: 'the file does not exist' }]);
    expect(done.skipped).toEqual([{ kind: 'source', name: 'Far away', reason: 'its text could not be read from C:/Users/mia/a b.txt: the file does not exist; the source is not imported' }]);
  });

  it('skips images, audio and video with the reason, counting their coded regions', () => {
    const xml = qde(`<Sources><PictureSource guid="${S1}" name="Photo" path="internal://${S1}.jpg"><PictureSelection guid="${uuid('q:p')}" firstX="0" firstY="0" secondX="5" secondY="5"/></PictureSource></Sources>`);
    expect(plan(xml, {}).skipped).toEqual([{ kind: 'source', name: 'Photo', reason: 'it is an image; Framewise codes text (1 coded region(s) or span(s) in it are not imported)' }]);
  });

  it('proposes the same rows when the same file is imported twice', () => {
    const xml = qde(`${codebook}<Sources><TextSource guid="${S1}" name="Interview" plainTextPath="internal://${S1}.txt">${selection(uuid('q:comment'), 29, 40, '<Description>Check.</Description>')}${selection(uuid('q:s2'), 0, 2, `<Coding guid="${uuid('q:c2')}"><CodeRef targetGUID="${C}"/></Coding>`)}</TextSource></Sources>`);
    const files = { [`sources/${S1}.txt`]: TEXT };
    expect(plan(xml, files).rows).toEqual(plan(xml, files).rows);
  });
});
