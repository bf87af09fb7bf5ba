// Export -> import into a fresh project, character for character: every text identical, every coding
// on the same words, every name and memo as written; what XML 1.0 cannot hold at all (a NUL-like
// control character, a lone surrogate) is the one change, to U+FFFD, and only in names and memos.
// The broad cases come from seeded projects (generatedProjects.ts); a failure names its seed.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { exportQdpx } from '../../../shared/interop/qdpxExport';
import { planQdpxImport } from '../../../shared/interop/qdpxImport';
import { exportQdc } from '../../../shared/interop/qdcExport';
import { planQdcImport } from '../../../shared/interop/qdcImport';
import type { ImportPlan } from '../../../shared/interop/importPlan';
import type { ProjectRows } from '../../../shared/interop/projectRows';
import type { CodeRecord, CodingRecord, MemoRecord } from '../../../shared/model';
import { capturePassage } from '../../../shared/text/passageContext';
import { schemaErrors } from './xsdValidation';
import { generateProject } from './generatedProjects';
import { ANA, APP, NOW, PROJECT_ID, importOptions, roundTripProject, uuid } from './refiFixtures';

function exportAndImport(rows: ProjectRows): { plan: ImportPlan; qde: string; bytes: Uint8Array } {
  const { bytes, qde, report } = exportQdpx({ project: { id: PROJECT_ID, name: 'Fidelity' }, rows, app: APP, exportingCoderId: ANA.id, now: NOW });
  expect(report.skipped).toEqual([]);
  const result = planQdpxImport(bytes, importOptions());
  if (!result.ok) throw new Error(result.reason);
  return { plan: result.plan, qde, bytes };
}

/** What XML 1.0 cannot carry becomes U+FFFD (xmlWriter.ts): the one change a round trip may make to a name or memo. */
const xmlSafe = (text: string) => text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');
const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

/** A project whose one document holds `text`, coded as given, with nothing else in it. */
function oneDocument(text: string, spans: ReadonlyArray<readonly [number, number]>): { rows: ProjectRows; codings: CodingRecord[] } {
  const rows = roundTripProject();
  const doc = { ...rows.documents[0]!, length: text.length };
  const codings = spans.map(([start, end], i): CodingRecord => ({
    id: uuid(`one-document:${i}`),
    docId: doc.id,
    codeId: rows.codes[i % rows.codes.length]!.id,
    start,
    end,
    ...capturePassage(text, start, end),
    coderId: ANA.id,
    createdAt: NOW,
  }));
  return { rows: { ...rows, documents: [doc], texts: [{ docId: doc.id, text }], codings, memos: [], documentSets: [] }, codings };
}

describe('a REFI-QDA round trip, character for character', () => {
  const BOM_TEXT = '\ufeffJobs first, said the mayor.';
  const JOBS = BOM_TEXT.indexOf('Jobs');

  it('writes a text whose first character is U+FEFF after a byte-order mark, so that readers keep that character', () => {
    const { rows } = oneDocument(BOM_TEXT, []);
    const { bytes } = exportQdpx({ project: { id: PROJECT_ID, name: 'BOM' }, rows, app: APP, exportingCoderId: ANA.id, now: NOW });
    const file = unzipSync(bytes)[`sources/${rows.documents[0]!.id}.txt`]!;
    expect([...file.subarray(0, 6)]).toEqual([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]);
    // What a conforming reader makes of it (the mark dropped, once): the text, its U+FEFF first.
    expect(new TextDecoder('utf-8').decode(file)).toBe(BOM_TEXT);
  });

  it('brings back a text whose first character is U+FEFF whole, with every coding on the same words', () => {
    const { rows, codings } = oneDocument(BOM_TEXT, [[JOBS, JOBS + 4], [0, BOM_TEXT.length], [0, 1]]);
    const { plan } = exportAndImport(rows);
    expect(plan.skipped).toEqual([]);
    expect(plan.rows.texts).toEqual(rows.texts);
    expect(byId(plan.rows.codings).map((c) => [c.id, c.start, c.end, c.quote])).toEqual(byId(codings).map((c) => [c.id, c.start, c.end, c.quote]));
  });

  it('writes a text that does not start with U+FEFF without a byte-order mark, a U+FEFF inside kept', () => {
    const text = 'Jobs\ufefffirst\ufeff';
    const { rows } = oneDocument(text, []);
    const { bytes } = exportQdpx({ project: { id: PROJECT_ID, name: 'BOM' }, rows, app: APP, exportingCoderId: ANA.id, now: NOW });
    const file = unzipSync(bytes)[`sources/${rows.documents[0]!.id}.txt`]!;
    expect(file[0]).toBe(0x4a);
    expect(strFromU8(file)).toBe(text);
  });

  it('brings back number attributes of every size as the same numbers, written as plain decimals', async () => {
    const numbers = [1e-7, 5e-7, -4e-7, 1.23e-8, 0.000001, 2.5, -0.125, 123456.789, 2 ** 40];
    const rows = roundTripProject();
    const template = rows.documents[0]!;
    const documents = numbers.map((n, i) => ({ ...template, id: uuid(`number:${i}`), title: `Number ${i}`, order: i, attributes: { n, label: `<${n}> & "${i}"`, reviewed: i % 2 === 0, day: i % 2 ? '2017-05-04' : '2017-05' } }));
    const { plan, qde } = exportAndImport({
      ...rows,
      documents,
      texts: documents.map((d) => ({ docId: d.id, text: 'Some text.' })),
      codings: [],
      memos: [],
      documentSets: [],
      attributeDefinitions: [{ name: 'n', type: 'number' }, { name: 'label', type: 'text' }, { name: 'reviewed', type: 'boolean' }, { name: 'day', type: 'date' }],
    });
    expect(await schemaErrors(qde, 'Project.xsd')).toEqual([]);
    // Other tools read the value as written: 0.0000001, not 0.000000099999999999999995.
    expect([...qde.matchAll(/<FloatValue>([^<]*)</gu)].map((m) => m[1])).toContain('0.0000001');
    expect(byId(plan.rows.documents).map((d) => [d.id, d.attributes])).toEqual(byId(documents).map((d) => [d.id, d.attributes]));
  });

  for (let seed = 1; seed <= 40; seed++) {
    it(`brings back generated project ${seed}: texts, codings, codes, memos, attributes and sets`, async () => {
      const { rows, illegal } = generateProject(seed);
      const { plan, qde } = exportAndImport(rows);
      expect(await schemaErrors(qde, 'Project.xsd')).toEqual([]);
      expect(plan.skipped).toEqual([]);
      expect(plan.rows.texts).toEqual(rows.texts);
      // Same extent, quote, context, code, coder and date.
      expect(byId(plan.rows.codings)).toEqual(byId(rows.codings));
      const docFields = (d: (typeof rows.documents)[number]) => [d.id, d.title, d.attributes];
      expect(byId(plan.rows.documents).map(docFields)).toEqual(byId(rows.documents).map((d) => docFields({ ...d, attributes: { ...d.attributes, label: xmlSafe(String(d.attributes.label)) } })));
      const codeFields = (c: CodeRecord) => [c.id, c.name, c.parentId, c.order, c.definition];
      expect(byId(plan.rows.codes).map(codeFields)).toEqual(byId(rows.codes).map((c) => codeFields({ ...c, name: xmlSafe(c.name), definition: xmlSafe(c.definition) })));
      const memoFields = (m: MemoRecord) => [m.id, m.targetType, m.targetId, m.text, m.coderId];
      expect(byId(plan.rows.memos).map(memoFields)).toEqual(byId(rows.memos).map((m) => memoFields({ ...m, text: xmlSafe(m.text) })));
      expect(plan.rows.documentSets.map((s) => [s.id, s.name, s.docIds])).toEqual(rows.documentSets.map((s) => [s.id, xmlSafe(s.name), s.docIds]));
      // Nothing else is replaced: a project without such characters has no U+FFFD in its XML.
      if (!illegal) expect(qde).not.toContain('\ufffd');
    });
  }

  for (const seed of [3, 4, 5]) {
    it(`brings back generated project ${seed} through per-coder copies: each coding once, on the same words`, () => {
      const { rows } = generateProject(seed);
      const { bytes, report } = exportQdpx({ project: { id: PROJECT_ID, name: 'Copies' }, rows, app: APP, exportingCoderId: ANA.id, now: NOW, copyPerCoder: true });
      expect(report.skipped).toEqual([]);
      const result = planQdpxImport(bytes, importOptions());
      if (!result.ok) throw new Error(result.reason);
      const textOf = new Map(result.plan.rows.texts.map((t) => [t.docId, t.text]));
      const passage = (c: CodingRecord, words: string | undefined) => [c.id, c.codeId, c.coderId, words, c.quote];
      expect(byId(result.plan.rows.codings).map((c) => passage(c, textOf.get(c.docId)?.slice(c.start, c.end)))).toEqual(byId(rows.codings).map((c) => passage(c, c.quote)));
    });

    it(`brings back the codebook of generated project ${seed} through a .qdc, valid against Codebook.xsd`, async () => {
      const { rows } = generateProject(seed);
      const xml = exportQdc(rows.codes, APP);
      expect(await schemaErrors(xml, 'Codebook.xsd')).toEqual([]);
      const result = planQdcImport(xml, [], { fileName: 'codebook.qdc', now: NOW });
      if (!result.ok) throw new Error(result.reason);
      const fields = (c: CodeRecord) => [c.id, c.name, c.parentId, c.order, c.definition];
      expect(byId(result.plan.add).map(fields)).toEqual(byId(rows.codes).map((c) => fields({ ...c, name: xmlSafe(c.name), definition: xmlSafe(c.definition) })));
    });
  }
});
