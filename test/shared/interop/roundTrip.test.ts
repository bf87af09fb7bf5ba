// Export -> import into an empty project: nothing a researcher made may be lost or moved.
import { describe, expect, it } from 'vitest';
import { exportQdpx } from '../../../shared/interop/qdpxExport';
import { planQdpxImport } from '../../../shared/interop/qdpxImport';
import type { ImportPlan } from '../../../shared/interop/importPlan';
import { ANA, APP, NOW, PROJECT_ID, importOptions, roundTripProject } from './refiFixtures';

function roundTrip(copyPerCoder = false): ImportPlan {
  const rows = roundTripProject();
  const { bytes } = exportQdpx({ project: { id: PROJECT_ID, name: 'Riverton' }, rows, app: APP, exportingCoderId: ANA.id, now: NOW, copyPerCoder });
  const result = planQdpxImport(bytes, importOptions());
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('a REFI-QDA round trip', () => {
  const original = roundTripProject();
  const plan = roundTrip();

  it('brings back every document with its text identical, its attributes and its bibliographic facts', () => {
    expect(plan.needs).toEqual([]);
    expect(plan.rows.texts).toEqual(original.texts);
    expect(plan.rows.documents.map((d) => [d.id, d.title, d.attributes, d.author, d.date, d.source, d.url])).toEqual(
      original.documents.map((d) => [d.id, d.title, d.attributes, d.author, d.date, d.source, d.url]),
    );
  });

  it('brings back the code tree with colours, definitions, criteria and examples', () => {
    const strip = ({ createdAt: _, ...code }: (typeof original.codes)[number]) => code;
    expect(byId(plan.rows.codes).map(strip)).toEqual(byId(original.codes).map(strip));
  });

  it('loses and moves 0 of the codings: same extent, quote, context, coder and date', () => {
    expect(plan.rows.codings).toHaveLength(original.codings.length);
    expect(byId(plan.rows.codings)).toEqual(byId(original.codings));
  });

  it('keeps a code’s texts in their fields when one holds a paragraph that starts like a label', () => {
    const rows = roundTripProject();
    rows.codes = rows.codes.map((c, i) => (i === 3 ? { ...c, definition: 'Talk about money.\n\nExample: “jobs first” counts.', inclusion: 'Prices.\n\nExclusion criteria: none stated', exclusion: 'Personal' } : c));
    const { bytes } = exportQdpx({ project: { id: PROJECT_ID, name: 'Riverton' }, rows, app: APP, exportingCoderId: ANA.id, now: NOW });
    const result = planQdpxImport(bytes, importOptions());
    if (!result.ok) throw new Error(result.reason);
    const texts = ({ id, definition, inclusion, exclusion, example }: (typeof rows.codes)[number]) => ({ id, definition, inclusion, exclusion, example });
    expect(byId(result.plan.rows.codes).map(texts)).toEqual(byId(rows.codes).map(texts));
  });

  it('brings back the memos on the project, a document, a code and a coding', () => {
    expect(byId(plan.rows.memos)).toEqual(byId(original.memos));
  });

  it('brings back the coders, the attribute definitions and the document sets, and no value set as a set', () => {
    expect(byId(plan.rows.coders).map((c) => [c.id, c.name])).toEqual(byId(original.coders).map((c) => [c.id, c.name]));
    expect(plan.rows.attributeDefinitions).toEqual(original.attributeDefinitions);
    expect(plan.rows.documentSets.map((s) => [s.id, s.name, s.docIds])).toEqual(original.documentSets.map((s) => [s.id, s.name, s.docIds]));
  });

  it('names the DOCX original it carried, so the app can keep it in the library', () => {
    const rows = roundTripProject();
    const docx = new Uint8Array([0x50, 0x4b, 3, 4, 9]);
    const { bytes } = exportQdpx({ project: { id: PROJECT_ID, name: 'R' }, rows: { ...rows, documents: [{ ...rows.documents[0]!, format: 'docx' }, rows.documents[1]!] }, app: APP, exportingCoderId: ANA.id, now: NOW, originals: new Map([[rows.documents[0]!.id, docx]]) });
    const result = planQdpxImport(bytes, importOptions());
    if (!result.ok) throw new Error(result.reason);
    const entry = result.plan.origins[0]!.originalEntry!;
    expect(entry).toBe(`sources/${rows.documents[0]!.id}.docx`);
    expect(result.entryBytes.get(entry)).toEqual(docx);
    expect(result.plan.rows.texts[0]!.text).toBe(rows.texts[0]!.text);
  });

  it('reports nothing skipped', () => {
    expect(plan.skipped).toEqual([]);
    expect(plan.counts).toMatchObject({ documents: 2, codes: 5, codings: original.codings.length, memos: 4, coders: 2, attributes: 6, sets: 1, skipped: 0, needs: 0 });
  });

  it('keeps every coding through per-coder copies too, each copy holding one coder’s work', () => {
    const copies = roundTrip(true);
    expect(copies.rows.documents).toHaveLength(4);
    expect(copies.rows.codings).toHaveLength(original.codings.length);
    for (const coding of copies.rows.codings) {
      const source = original.codings.find((c) => c.id === coding.id)!;
      expect([coding.quote, coding.coderId]).toEqual([source.quote, source.coderId]);
      expect(copies.rows.documents.find((d) => d.id === coding.docId)!.title).toContain(ANA.id === coding.coderId ? 'Ana' : 'Ben');
    }
  });
});
