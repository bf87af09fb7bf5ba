import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { exportQdpx } from '../../../shared/interop/qdpxExport';
import { exportQdc } from '../../../shared/interop/qdcExport';
import { planQdpxImport } from '../../../shared/interop/qdpxImport';
import { parseXml, childNamed, childrenNamed, type XmlNode } from '../../../shared/interop/xmlTree';
import { sliceByCodePoints } from '../../../shared/text/offsets';
import { schemaErrors } from './xsdValidation';
import { ANA, APP, BEN, CODINGS, DOC_ONE, NOW, PROJECT_ID, TEXT_ONE, TEXT_TWO, importOptions, roundTripProject } from './refiFixtures';

const exportProject = (extra: { copyPerCoder?: boolean; originals?: Map<string, Uint8Array> } = {}) =>
  exportQdpx({ project: { id: PROJECT_ID, name: 'Riverton & <friends>' }, rows: roundTripProject(), app: APP, exportingCoderId: ANA.id, now: NOW, ...extra });

function all(node: XmlNode, name: string): XmlNode[] {
  return [...(node.name === name ? [node] : []), ...node.children.flatMap((child) => all(child, name))];
}

describe('REFI-QDA project export', () => {
  it('writes a project.qde that the official Project.xsd accepts', async () => {
    const { qde } = exportProject();
    expect(await schemaErrors(qde, 'Project.xsd')).toEqual([]);
  });

  it('writes the per-coder copies MAXQDA compares, also valid', async () => {
    const { qde, report } = exportProject({ copyPerCoder: true });
    expect(await schemaErrors(qde, 'Project.xsd')).toEqual([]);
    const names = all(parseXml(qde), 'TextSource').map((s) => s.attributes.name);
    expect(names).toEqual(['Mayor interview [coded by Ana]', 'Mayor interview [coded by Ben]', 'Plain notes [coded by Ana]', 'Plain notes [coded by Ben]']);
    // Each coder's copy holds exactly that coder's codings: together, every coding once.
    expect(report.codings).toBe(CODINGS.length);
    const anaCopy = all(parseXml(qde), 'TextSource')[0]!;
    expect(childrenNamed(anaCopy, 'PlainTextSelection').map((s) => s.attributes.creatingUser)).toEqual(
      CODINGS.filter((c) => c.docId === DOC_ONE.id && c.coderId === ANA.id).map(() => ANA.id),
    );
    expect(all(parseXml(qde), 'Set').map((s) => s.attributes.name)).toContain('Coded by Ben');
  });

  it('puts the project children in the schema order, with no empty container', () => {
    const root = parseXml(exportProject().qde);
    expect(root.children.map((c) => c.name)).toEqual(['Users', 'CodeBook', 'Variables', 'Cases', 'Sources', 'Notes', 'Sets', 'NoteRef']);
    for (const node of all(root, 'Sets').concat(all(root, 'Codes'), all(root, 'Sources'), all(root, 'Notes'))) expect(node.children.length).toBeGreaterThan(0);
  });

  it('writes one user per coder and date-times in the Z form', () => {
    const { qde } = exportProject();
    const root = parseXml(qde);
    expect(all(root, 'User').map((u) => u.attributes.name)).toEqual([ANA.name, BEN.name]);
    const stamps = [...qde.matchAll(/DateTime="([^"]+)"/gu)].map((m) => m[1]);
    expect(stamps.length).toBeGreaterThan(10);
    for (const stamp of stamps) expect(stamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/u);
  });

  it('writes each document as UTF-8 text without BOM, with LF line ends, exactly the canonical text', () => {
    const files = unzipSync(exportProject().bytes);
    const one = files[`sources/${DOC_ONE.id}.txt`]!;
    expect(one[0]).not.toBe(0xef);
    expect(strFromU8(one)).toBe(TEXT_ONE);
    expect(strFromU8(one)).not.toContain('\r');
    expect(Object.keys(files).filter((n) => n.endsWith('.txt')).map((n) => strFromU8(files[n]!)).sort()).toEqual([TEXT_ONE, TEXT_TWO].sort());
  });

  it('writes coding offsets in code points, so that slicing by code points gives the quote', () => {
    const root = parseXml(exportProject().qde);
    const source = all(root, 'TextSource').find((s) => s.attributes.guid === DOC_ONE.id)!;
    const selections = childrenNamed(source, 'PlainTextSelection');
    expect(selections).toHaveLength(CODINGS.filter((c) => c.docId === DOC_ONE.id).length);
    for (const selection of selections) {
      const coding = CODINGS.find((c) => c.id === childNamed(selection, 'Coding')!.attributes.guid)!;
      expect(sliceByCodePoints(TEXT_ONE, Number(selection.attributes.startPosition), Number(selection.attributes.endPosition))).toBe(coding.quote);
      expect(childNamed(selection, 'Coding')!.attributes.creatingUser).toBe(coding.coderId);
    }
    // After one emoji (two UTF-16 units, one code point), the offsets differ by one.
    const afterEmoji = CODINGS[1]!;
    const written = selections.find((s) => childNamed(s, 'Coding')!.attributes.guid === afterEmoji.id)!;
    expect(Number(written.attributes.endPosition)).toBe(afterEmoji.end - 2 /* 👩‍🔬 has two astral characters */);
  });

  it('labels the definition, criteria and example in the code description', () => {
    const root = parseXml(exportProject().qde);
    const economy = all(root, 'Code').find((c) => c.attributes.name === 'Economy')!;
    expect(childNamed(economy, 'Description')!.text).toBe(
      'Definition: The issue framed as money and work.\n\nInclusion criteria: Mentions of jobs, growth, prices.\n\nExclusion criteria: Personal finances only.\n\nExample: “Jobs first”',
    );
    expect(economy.attributes.isCodable).toBe('true');
    expect(childNamed(all(root, 'Code').find((c) => c.attributes.name === 'Framing'), 'Description')!.text).toBe('How a speaker frames the issue.');
  });

  it('links memos to their project, document, code and coding', () => {
    const root = parseXml(exportProject().qde);
    const notes = all(root, 'Note');
    expect(notes).toHaveLength(4);
    const refsIn = (node: XmlNode | undefined) => childrenNamed(node, 'NoteRef').map((r) => r.attributes.targetGUID);
    expect(refsIn(root)).toHaveLength(1);
    expect(refsIn(all(root, 'TextSource').find((s) => s.attributes.guid === DOC_ONE.id))).toHaveLength(1);
    expect(refsIn(all(root, 'Code').find((c) => c.attributes.name === 'Economy'))).toHaveLength(1);
    expect(all(root, 'PlainTextSelection').flatMap(refsIn)).toHaveLength(1);
    expect(childNamed(notes[0], 'PlainTextContent')!.text).toBe('Project memo: <compare> the two “leanings” & their tone.');
  });

  it('writes attributes as variables on one case per document and as value sets', () => {
    const root = parseXml(exportProject().qde);
    expect(all(root, 'Variable').map((v) => [v.attributes.name, v.attributes.typeOfVariable])).toEqual([
      ['leaning', 'Text'],
      ['year', 'Integer'],
      ['score', 'Float'],
      ['published', 'Date'],
      ['month', 'Date'],
      ['reviewed', 'Boolean'],
    ]);
    const cases = all(root, 'Case');
    expect(cases.map((c) => childrenNamed(c, 'SourceRef').length)).toEqual([1, 1]);
    const values = childrenNamed(cases[0], 'VariableValue').map((v) => [v.children[1]!.name, v.children[1]!.text]);
    expect(values).toEqual([
      ['TextValue', 'right'],
      ['IntegerValue', '2017'],
      ['FloatValue', '2.5'],
      ['DateValue', '2017-05-04'],
      ['TextValue', '2017-05'],
      ['BooleanValue', 'true'],
    ]);
    expect(all(root, 'Set').map((s) => s.attributes.name)).toEqual(expect.arrayContaining(['Interviews', 'leaning = right', 'leaning = left', 'reviewed = false']));
  });

  it('writes a date attribute’s impossible date (30 February, year 0) as text, so the file stays valid and the value comes back as written', async () => {
    const rows = roundTripProject();
    rows.documents[0] = { ...rows.documents[0]!, attributes: { ...rows.documents[0]!.attributes, published: '0000-01-01' } };
    rows.documents[1] = { ...rows.documents[1]!, attributes: { ...rows.documents[1]!.attributes, published: '2017-02-30' } };
    const { qde, bytes } = exportQdpx({ project: { id: PROJECT_ID, name: 'p' }, rows, app: APP, exportingCoderId: ANA.id, now: NOW });
    expect(await schemaErrors(qde, 'Project.xsd')).toEqual([]);
    const values = all(parseXml(qde), 'VariableValue').map((v) => [v.children[1]!.name, v.children[1]!.text]);
    expect(values).toContainEqual(['TextValue', '2017-02-30']);
    expect(values).toContainEqual(['TextValue', '0000-01-01']);
    const imported = planQdpxImport(bytes, importOptions());
    if (!imported.ok) throw new Error(imported.reason);
    expect(imported.plan.rows.documents.map((d) => d.attributes.published)).toEqual(['0000-01-01', '2017-02-30']);
    expect(imported.plan.rows.attributeDefinitions).toContainEqual({ name: 'published', type: 'date' });
  });

  it('includes a DOCX original as the rich text when asked, and reports a PDF original it cannot', () => {
    const docx = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);
    const rows = roundTripProject();
    rows.documents[1] = { ...rows.documents[1]!, format: 'pdf' };
    const result = exportQdpx({ project: { id: PROJECT_ID, name: 'p' }, rows: { ...rows, documents: [{ ...rows.documents[0]!, format: 'docx' }, rows.documents[1]!] }, app: APP, exportingCoderId: BEN.id, now: NOW, originals: new Map([[DOC_ONE.id, docx], [rows.documents[1]!.id, docx]]) });
    expect(unzipSync(result.bytes)[`sources/${DOC_ONE.id}.docx`]).toEqual(docx);
    expect(all(parseXml(result.qde), 'TextSource')[0]!.attributes.richTextPath).toBe(`internal://${DOC_ONE.id}.docx`);
    expect(result.report.skipped).toEqual([{ kind: 'original', id: rows.documents[1]!.id, reason: expect.stringContaining('PDF') }]);
  });

  it('leaves out a coding whose code was removed, and says so', async () => {
    const rows = roundTripProject();
    rows.codes = rows.codes.filter((c) => c.name !== 'Tone');
    const result = exportQdpx({ project: { id: PROJECT_ID, name: 'p' }, rows, app: APP, exportingCoderId: ANA.id, now: NOW });
    expect(result.report.skipped).toEqual([{ kind: 'coding', id: CODINGS[2]!.id, reason: 'its code is no longer in the codebook' }]);
    expect(await schemaErrors(result.qde, 'Project.xsd')).toEqual([]);
  });

  it('is checked by a validator that does refuse what the schema forbids', async () => {
    const { qde } = exportProject();
    expect(await schemaErrors(qde.replace('<Users>', '<Sets/><Users>'), 'Project.xsd')).not.toEqual([]);
    expect(await schemaErrors(qde.replace(/isCodable="true"/u, ''), 'Project.xsd')).not.toEqual([]);
  });

  it('exports a project with no codes or documents as a still valid file', async () => {
    const result = exportQdpx({ project: { id: PROJECT_ID, name: '' }, rows: { ...roundTripProject(), documents: [], texts: [], codes: [], codings: [], memos: [], documentSets: [] }, app: APP, exportingCoderId: ANA.id, now: NOW });
    expect(await schemaErrors(result.qde, 'Project.xsd')).toEqual([]);
  });
});

describe('REFI-QDA codebook export', () => {
  it('writes a .qdc that the official Codebook.xsd accepts, with the tree nested', async () => {
    const xml = exportQdc(roundTripProject().codes, APP);
    expect(await schemaErrors(xml, 'Codebook.xsd')).toEqual([]);
    const root = parseXml(xml);
    const framing = childrenNamed(childNamed(root, 'Codes'), 'Code')[0]!;
    expect(childrenNamed(framing, 'Code').map((c) => c.attributes.name)).toEqual(['Economy', 'Security']);
    expect(root.attributes.origin).toBe('Framewise 0.1.0');
  });

  it('refuses to write an empty codebook, which no schema-valid file can hold', () => {
    expect(() => exportQdc([], APP)).toThrow('The codebook has no codes');
  });
});
