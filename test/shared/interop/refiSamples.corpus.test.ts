// The real REFI-QDA exports in ../shared/refi-qda/samples (ATLAS.ti 23, MAXQDA 24, NVivo for Mac 15)
// import with the counts their files hold (counted by opening them) and their code trees intact.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { planQdpxImport, completeImportPlan } from '../../../shared/interop/qdpxImport';
import { planQdcImport } from '../../../shared/interop/qdcImport';
import { codePath } from '../../../shared/codebook/codePath';
import { extractDocx } from '../../../electron/extract/docx';
import type { ImportPlan } from '../../../shared/interop/importPlan';
import { importOptions } from './refiFixtures';

const samples = fileURLToPath(new URL('../../../../shared/refi-qda/samples/', import.meta.url));
const sample = (name: string) => new Uint8Array(readFileSync(`${samples}${name}`));

function importSample(name: string): { plan: ImportPlan; entryBytes: Map<string, Uint8Array> } {
  const result = planQdpxImport(sample(name), importOptions({ fileName: name, folderPath: samples }));
  if (!result.ok) throw new Error(result.reason);
  return result;
}

/**
 * Parent-child pairs of the codebook read straight from the XML with a tag scanner (not the importer's
 * parser): `<Code …>` opens a level, `<Code …/>` is a leaf, `</Code>` closes.
 */
function codePairsInXml(name: string): Array<[string | null, string]> {
  const files = unzipSync(sample(name));
  const xml = strFromU8(files['project.qde']!);
  const codebook = xml.slice(xml.indexOf('<CodeBook'), xml.indexOf('</CodeBook>'));
  const pairs: Array<[string | null, string]> = [];
  const stack: string[] = [];
  for (const match of codebook.matchAll(/<Code\s[^>]*?guid="([^"]+)"[^>]*?(\/?)>|<\/Code>/gu)) {
    if (match[0] === '</Code>') {
      stack.pop();
      continue;
    }
    const guid = match[1]!.toLowerCase();
    pairs.push([stack.at(-1) ?? null, guid]);
    if (match[2] !== '/') stack.push(guid);
  }
  return pairs;
}

function expectTreeIntact(plan: ImportPlan, name: string): void {
  const pairs = codePairsInXml(name);
  expect(plan.rows.codes.map((c) => [c.parentId, c.id]).sort()).toEqual([...pairs].sort());
}

describe('real REFI-QDA exports', () => {
  it('imports ATLAS.ti 23’s project: 2 users, a codebook of 3 codes (1 at the top), nothing else', () => {
    const { plan } = importSample('atlasti23_target-atlas-project.qdpx');
    expect(plan.origin).toBe('ATLAS.ti for Windows 23.2.3.27778');
    expect(plan.counts).toMatchObject({ documents: 0, codes: 3, codings: 0, memos: 0, coders: 2, attributes: 0, sets: 0, skipped: 0, needs: 0 });
    expect(plan.rows.coders.map((c) => c.name)).toEqual(['Enric Llagostera', 'ATLAS.ti']);
    expectTreeIntact(plan, 'atlasti23_target-atlas-project.qdpx');
    const byId = new Map(plan.rows.codes.map((c) => [c.id, c]));
    expect(plan.rows.codes.map((c) => codePath(c, byId))).toEqual(['Commits', 'Commits > 2022-05-10T02:05:59Z 19e4dce', 'Commits > 2022-02-11T10:39:25Z cdbfd92']);
  });

  it('imports MAXQDA 24’s project: 1 user, 307 codes (18 at the top) with colours and descriptions, 10 texts, 2 document sets', () => {
    const { plan } = importSample('maxqda24_ICLS_Conf_Themes_just10.qdpx');
    expect(plan.counts).toMatchObject({ documents: 10, codes: 307, codings: 0, memos: 0, coders: 1, attributes: 0, sets: 2, skipped: 0, needs: 0 });
    expect(plan.rows.codes.filter((c) => c.parentId === null)).toHaveLength(18);
    expectTreeIntact(plan, 'maxqda24_ICLS_Conf_Themes_just10.qdpx');
    const gee = plan.rows.codes.find((c) => c.name === 'THEME - Affinity Spaces (Gee)')!;
    expect(gee).toMatchObject({ color: '#ef8256', definition: "Apply this code when a study uses Gee's concept of affinity spaces." });
    expect(plan.rows.codes.find((c) => c.id === gee.parentId)!.name).toBe('Additional Themes and Ideas');
    expect(plan.rows.codes.every((c) => c.definition !== '')).toBe(true);
    expect(plan.rows.documentSets.map((s) => [s.name, s.docIds.length])).toEqual([
      ['ICLS 2024', 5],
      ['ICLS 2025', 5],
    ]);
    expect(plan.rows.texts[0]!.text.startsWith('Mapping the Complexity of Learning')).toBe(true);
    expect(plan.rows.documents.map((d) => d.title)).toContain('ICLS 2025 1034-1042');
  });

  it('imports NVivo for Mac 15’s project: 2 users, 262 codes under 3 top codes, and 2 sources whose text is in a DOCX', async () => {
    const { plan, entryBytes } = importSample('nvivo-mac15_nvivo_project.qdpx');
    expect(plan.counts).toMatchObject({ documents: 0, codes: 262, codings: 0, memos: 0, coders: 2, attributes: 0, sets: 0, skipped: 0, needs: 2 });
    expect(plan.rows.codes.filter((c) => c.parentId === null).map((c) => c.name)).toEqual(['rq1_definition', 'rq2_curriculum_and_instruction', 'rq3_process']);
    expectTreeIntact(plan, 'nvivo-mac15_nvivo_project.qdpx');
    // Its .txt files are empty (one line end): the text is in the DOCX beside them, for the library's extractor.
    expect(plan.needs.map((n) => [n.kind, n.format])).toEqual([
      ['extract', 'docx'],
      ['extract', 'docx'],
    ]);
    const supplied = await Promise.all(
      plan.needs.map(async (need) => ({ id: need.id, text: (await extractDocx(entryBytes.get(need.location.where === 'archive' ? need.location.entry : '')!)).text })),
    );
    const done = completeImportPlan(plan, supplied);
    expect(done.needs).toEqual([]);
    // Both DOCX files of this sample hold one empty paragraph: the sources are reported, not imported blank.
    expect(done.rows.documents).toEqual([]);
    expect(done.skipped).toEqual([
      { kind: 'source', name: '66653866-6334-3535-3435-366637306566', reason: 'its text is empty' },
      { kind: 'source', name: '33663939-3636-3632-3038-613431643463', reason: 'its text is empty' },
    ]);
  });

  it('imports ATLAS.ti 23.4’s codebook (a codebook:0:4 schemaLocation), its code group reported', () => {
    const xml = readFileSync(`${samples}atlasti23.4_codebook_from-requal-test.qdc`, 'utf8');
    const result = planQdcImport(xml, [], { fileName: 'atlas.qdc', now: '2026-01-01T00:00:00.000Z' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.origin).toBe('ATLAS.ti Win 23.4.0');
    expect(result.plan.add).toEqual([expect.objectContaining({ id: '1ff58b12-6f6f-4b0c-8be5-bbdc91f55294', name: 'code1', color: '#46aa00', definition: 'description', parentId: null })]);
    expect(result.plan.skipped).toEqual([{ kind: 'set', name: '1 code group(s)', reason: expect.stringContaining('no code groups') }]);
  });
});
