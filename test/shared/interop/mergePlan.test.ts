// Two coders code the same documents on their own machines; one merges the other's work.
import { describe, expect, it } from 'vitest';
import { applyMergePlan, isEmptyMerge, planMerge } from '../../../shared/interop/mergePlan';
import { exportQdpx } from '../../../shared/interop/qdpxExport';
import { planQdpxImport } from '../../../shared/interop/qdpxImport';
import { emptyProjectRows, type ProjectRows } from '../../../shared/interop/projectRows';
import { ANA, APP, BEN, NOW, PROJECT_ID, importOptions, packQdpx, qde, roundTripProject, uuid } from './refiFixtures';

/** The fixture project as one coder's profile holds it: only that coder's codings and memos. */
function profileOf(coderId: string, rows = roundTripProject()): ProjectRows {
  return { ...rows, codings: rows.codings.filter((c) => c.coderId === coderId), memos: rows.memos.filter((m) => m.coderId === coderId) };
}

describe('merging another coder’s work', () => {
  it('holds both coders’ codings exactly once, and merging again adds nothing', () => {
    const ana = profileOf(ANA.id);
    const ben = profileOf(BEN.id);
    const plan = planMerge(ana, ben, { projectId: PROJECT_ID });
    expect(plan.conflicts).toEqual([]);
    expect(plan.add.documents).toEqual([]);
    expect(plan.add.codes).toEqual([]);
    const merged = applyMergePlan(ana, plan);
    const all = roundTripProject();
    expect(merged.codings.map((c) => c.id).sort()).toEqual(all.codings.map((c) => c.id).sort());
    expect(merged.memos.map((m) => m.id).sort()).toEqual(all.memos.map((m) => m.id).sort());
    expect(isEmptyMerge(planMerge(merged, ben, { projectId: PROJECT_ID }))).toBe(true);
  });

  it('merges a coder’s REFI-QDA export the same way, and re-importing the file changes nothing', () => {
    const ana = profileOf(ANA.id);
    const { bytes } = exportQdpx({ project: { id: uuid('ben-project'), name: 'Ben' }, rows: profileOf(BEN.id), app: APP, exportingCoderId: BEN.id, now: NOW });
    const imported = planQdpxImport(bytes, importOptions());
    if (!imported.ok) throw new Error(imported.reason);
    const plan = planMerge(ana, imported.plan.rows, { projectId: PROJECT_ID });
    const merged = applyMergePlan(ana, plan);
    expect(merged.codings).toHaveLength(roundTripProject().codings.length);
    expect(merged.documents).toHaveLength(2);
    expect(plan.counts.matchedDocuments).toBe(2);
    expect(isEmptyMerge(planMerge(merged, imported.plan.rows, { projectId: PROJECT_ID }))).toBe(true);
  });

  it('matches documents by the hash of their text when their ids differ, and codes by path', () => {
    const ana = profileOf(ANA.id);
    const ben = profileOf(BEN.id);
    const renamed = (id: string) => uuid(`ben:${id}`);
    const benElsewhere: ProjectRows = {
      ...ben,
      documents: ben.documents.map((d) => ({ ...d, id: renamed(d.id) })),
      texts: ben.texts.map((t) => ({ ...t, docId: renamed(t.docId) })),
      codes: ben.codes.map((c) => ({ ...c, id: renamed(c.id), parentId: c.parentId && renamed(c.parentId) })),
      codings: ben.codings.map((c) => ({ ...c, docId: renamed(c.docId), codeId: renamed(c.codeId) })),
      memos: ben.memos.map((m) => ({ ...m, targetId: m.targetType === 'document' || m.targetType === 'code' ? renamed(m.targetId) : m.targetId })),
      documentSets: [],
    };
    const plan = planMerge(ana, benElsewhere, { projectId: PROJECT_ID });
    expect(plan.add.documents).toEqual([]);
    expect(plan.add.codes).toEqual([]);
    const merged = applyMergePlan(ana, plan);
    for (const coding of merged.codings) {
      expect(ana.documents.map((d) => d.id)).toContain(coding.docId);
      expect(ana.codes.map((c) => c.id)).toContain(coding.codeId);
      expect(merged.texts.find((t) => t.docId === coding.docId)!.text.slice(coding.start, coding.end)).toBe(coding.quote);
    }
    expect(merged.codings).toHaveLength(roundTripProject().codings.length);
  });

  it('keeps an identical coding once', () => {
    const ana = profileOf(ANA.id);
    const copy = { ...ana, codings: ana.codings.map((c) => ({ ...c, id: uuid(`copy:${c.id}`) })) };
    const plan = planMerge(ana, copy, { projectId: PROJECT_ID });
    expect(plan.add.codings).toEqual([]);
    expect(plan.counts.codingsAlreadyThere).toBe(ana.codings.length);
  });

  it('reports a code renamed on the other side, and keeps the project’s name', () => {
    const ana = profileOf(ANA.id);
    const ben = profileOf(BEN.id);
    const economy = ben.codes.find((c) => c.name === 'Economy')!;
    const plan = planMerge(ana, { ...ben, codes: ben.codes.map((c) => (c.id === economy.id ? { ...c, name: 'The economy' } : c)) }, { projectId: PROJECT_ID });
    expect(plan.conflicts).toEqual([{ kind: 'code renamed', existingId: economy.id, incomingId: economy.id, detail: 'code “Economy” is called “The economy” in the file; the project\'s name is kept' }]);
    expect(plan.update.codes).toEqual([]);
    expect(applyMergePlan(ana, plan).codes.find((c) => c.id === economy.id)!.name).toBe('Economy');
  });

  it('reports a document whose text differs under the same id, and leaves its codings out', () => {
    const ana = profileOf(ANA.id);
    const ben = profileOf(BEN.id);
    const changed = { ...ben, texts: ben.texts.map((t, i) => (i === 0 ? { ...t, text: `${t.text} (corrected)` } : t)) };
    const plan = planMerge(ana, changed, { projectId: PROJECT_ID });
    expect(plan.conflicts.map((c) => c.kind)).toEqual(['document text differs']);
    expect(plan.add.codings.every((c) => c.docId !== ben.texts[0]!.docId)).toBe(true);
    expect(plan.notMerged.filter((n) => n.table === 'codings')).toHaveLength(ben.codings.filter((c) => c.docId === ben.texts[0]!.docId).length);
  });

  it('reports a memo written differently on the two sides, and keeps the project’s', () => {
    const ana = profileOf(ANA.id);
    const edited = { ...ana, memos: ana.memos.map((m) => ({ ...m, text: `${m.text} (edited)` })) };
    const plan = planMerge(ana, edited, { projectId: PROJECT_ID });
    expect(plan.conflicts.map((c) => c.kind)).toEqual(ana.memos.map(() => 'memo differs'));
    expect(plan.add.memos).toEqual([]);
  });

  it('adds new codes under their matched parents, new coders, set members and missing attribute values', () => {
    const ana = profileOf(ANA.id);
    const ben = profileOf(BEN.id);
    const framing = ben.codes.find((c) => c.name === 'Framing')!;
    const carol = { id: uuid('carol'), name: 'Carol', color: '#000000' };
    const incoming: ProjectRows = {
      ...ben,
      codes: [...ben.codes, { ...framing, id: uuid('code:morality'), name: 'Morality', parentId: framing.id, order: 0 }],
      coders: [...ben.coders, carol],
      documents: ben.documents.map((d, i) => (i === 1 ? { ...d, attributes: { ...d.attributes, region: 'North' } } : d)),
      documentSets: [{ ...ben.documentSets[0]!, docIds: ben.documents.map((d) => d.id) }],
      attributeDefinitions: [...ben.attributeDefinitions, { name: 'region', type: 'text' }],
    };
    const plan = planMerge(ana, incoming, { projectId: PROJECT_ID });
    expect(plan.add.codes).toEqual([expect.objectContaining({ name: 'Morality', parentId: framing.id, order: 2 })]);
    expect(plan.add.coders).toEqual([carol]);
    expect(plan.add.attributeDefinitions).toEqual([{ name: 'region', type: 'text' }]);
    expect(plan.update.documentSets).toEqual([{ id: ben.documentSets[0]!.id, changes: { docIds: ben.documents.map((d) => d.id) } }]);
    expect(plan.update.documents).toEqual([{ id: ben.documents[1]!.id, changes: { attributes: { ...ben.documents[1]!.attributes, region: 'North' } } }]);
    expect(isEmptyMerge(planMerge(applyMergePlan(ana, plan), incoming, { projectId: PROJECT_ID }))).toBe(true);
  });

  it('adds the documents the project does not have, with their codings', () => {
    const ana = profileOf(ANA.id);
    const onlyFirst: ProjectRows = { ...ana, documents: ana.documents.slice(0, 1), texts: ana.texts.slice(0, 1), codings: ana.codings.filter((c) => c.docId === ana.documents[0]!.id), memos: [], documentSets: [] };
    const plan = planMerge(onlyFirst, profileOf(BEN.id), { projectId: PROJECT_ID });
    expect(plan.add.documents.map((d) => d.id)).toEqual([ana.documents[1]!.id]);
    expect(plan.add.texts.map((t) => t.docId)).toEqual([ana.documents[1]!.id]);
    expect(plan.add.codings.filter((c) => c.docId === ana.documents[1]!.id)).toHaveLength(profileOf(BEN.id).codings.filter((c) => c.docId === ana.documents[1]!.id).length);
  });

  it('merges no value of an attribute whose type differs that the project’s type does not hold, and says which', () => {
    const ana = profileOf(ANA.id);
    const [one, two] = ana.documents;
    const project: ProjectRows = { ...ana, documents: [one!, { ...two!, attributes: { leaning: 'left' } }] };
    const newDoc = (name: string, year: string) => ({ ...two!, id: uuid(name), title: name, sha256: name, attributes: { year } });
    const incoming: ProjectRows = {
      ...profileOf(BEN.id),
      attributeDefinitions: [{ name: 'year', type: 'text' }],
      documents: [
        { ...one!, attributes: { year: '2017' } },
        { ...two!, attributes: { year: 'the nineties' } },
        newDoc('Later', '2021'),
        newDoc('Earlier', 'the nineties'),
      ],
      texts: [...ana.texts, { docId: uuid('Later'), text: 'Later text.' }, { docId: uuid('Earlier'), text: 'Earlier text.' }],
    };
    const plan = planMerge(project, incoming, { projectId: PROJECT_ID });
    expect(plan.conflicts).toEqual([{ kind: 'attribute type differs', existingId: 'year', incomingId: 'year', detail: 'attribute “year”: number here, text in the file' }]);
    expect(plan.update.documents).toEqual([]);
    expect(plan.add.documents.map((d) => [d.title, d.attributes])).toEqual([
      ['Later', { year: 2021 }],
      ['Earlier', {}],
    ]);
    expect(plan.notMerged.filter((n) => n.table === 'documents')).toEqual([
      { table: 'documents', id: two!.id, reason: '“Plain notes”, attribute “year”: “the nineties” is not a number (the project’s type for it), so the value is not merged' },
      { table: 'documents', id: uuid('Earlier'), reason: '“Earlier”, attribute “year”: “the nineties” is not a number (the project’s type for it), so the value is not merged' },
    ]);
    const merged = applyMergePlan(project, plan);
    expect(merged.documents.map((d) => d.attributes.year ?? null)).toEqual([2017, null, 2021, null]);
  });

  it('keeps two sources with the same text file as one document that holds every coding, and names the one joined', () => {
    const [doc, other, code] = [uuid('same:doc'), uuid('same:other'), uuid('same:code')];
    const selection = (name: string, start: number, end: number) =>
      `<PlainTextSelection guid="${uuid(`same:sel:${name}`)}" startPosition="${start}" endPosition="${end}"><Coding guid="${uuid(`same:coding:${name}`)}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;
    const xml = qde(
      `<CodeBook><Codes><Code guid="${code}" name="Topic" isCodable="true"/></Codes></CodeBook><Sources>` +
        `<TextSource guid="${doc}" name="Doc" plainTextPath="internal://${doc}.txt">${selection('a', 0, 3)}</TextSource>` +
        `<TextSource guid="${other}" name="Other interview" plainTextPath="internal://${other}.txt">${selection('b', 4, 8)}</TextSource></Sources>`,
    );
    const imported = planQdpxImport(packQdpx(xml, { [`sources/${doc}.txt`]: 'The same words.', [`sources/${other}.txt`]: 'The same words.' }), importOptions());
    if (!imported.ok) throw new Error(imported.reason);
    expect(imported.plan.rows.documents).toHaveLength(2);
    for (const existing of [emptyProjectRows(), profileOf(ANA.id)]) {
      const plan = planMerge(existing, imported.plan.rows, { projectId: PROJECT_ID });
      expect(plan.add.documents.map((d) => d.title)).toEqual(['Doc']);
      expect(plan.add.codings.map((c) => [c.docId, c.quote])).toEqual([
        [doc, 'The'],
        [doc, 'same'],
      ]);
      expect(plan.counts.matchedDocuments).toBe(0);
      expect(plan.notMerged).toEqual([{ table: 'documents', id: other, reason: '“Other interview” has the same original file as “Doc” (a project keeps one document per original), so it joins “Doc” with its codings and memos' }]);
      expect(isEmptyMerge(planMerge(applyMergePlan(existing, plan), imported.plan.rows, { projectId: PROJECT_ID }))).toBe(true);
    }
  });

  it('adds two documents with the same text but different originals as two', () => {
    const ana = profileOf(ANA.id);
    const copy = { ...ana.documents[1]!, id: uuid('copy'), title: 'Copy', sha256: 'another original' };
    const incoming: ProjectRows = { ...emptyProjectRows(), documents: [ana.documents[1]!, copy], texts: [ana.texts[1]!, { docId: copy.id, text: ana.texts[1]!.text }] };
    const plan = planMerge(emptyProjectRows(), incoming, { projectId: PROJECT_ID });
    expect(plan.add.documents.map((d) => d.title)).toEqual(['Plain notes', 'Copy']);
    expect(plan.notMerged).toEqual([]);
  });
});
