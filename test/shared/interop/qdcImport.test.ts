import { describe, expect, it } from 'vitest';
import { planQdcImport } from '../../../shared/interop/qdcImport';
import { exportQdc } from '../../../shared/interop/qdcExport';
import { APP, ECONOMY, FRAMING, NOW, roundTripProject, uuid } from './refiFixtures';

const options = { fileName: 'codebook.qdc', now: NOW };

describe('REFI-QDA codebook import', () => {
  it('re-importing our own codebook matches every code by GUID and adds nothing', () => {
    const codes = roundTripProject().codes;
    const result = planQdcImport(exportQdc(codes, APP), codes, options);
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.add).toEqual([]);
    expect(result.plan.update).toEqual([]);
    expect(result.plan.conflicts).toEqual([]);
    expect(result.plan.matches.every((m) => m.by === 'guid')).toBe(true);
  });

  it('imports our codebook into an empty project with its tree and texts', () => {
    const codes = roundTripProject().codes;
    const result = planQdcImport(exportQdc(codes, APP), [], options);
    if (!result.ok) throw new Error(result.reason);
    const strip = ({ createdAt: _, ...code }: (typeof codes)[number]) => code;
    expect(result.plan.add.map(strip)).toEqual(codes.map(strip));
  });

  it('brings back definitions and criteria that hold a paragraph starting like a label, each in its field', () => {
    const codes = roundTripProject().codes.map((c, i) =>
      i === 0 ? { ...c, definition: 'Talk about money.\n\nExample: “jobs first” counts.' } : i === 1 ? { ...c, definition: '', inclusion: 'Prices.\n\nExclusion criteria: none stated', exclusion: 'Personal', example: '' } : c,
    );
    const result = planQdcImport(exportQdc(codes, APP), [], options);
    if (!result.ok) throw new Error(result.reason);
    const texts = ({ definition, inclusion, exclusion, example }: (typeof codes)[number]) => ({ definition, inclusion, exclusion, example });
    expect(result.plan.add.map(texts)).toEqual(codes.map(texts));
  });

  it('matches Taguette’s codes (fresh GUIDs, no hierarchy) by name, and adds the new ones at the top', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Taguette 1.4.1">
  <Codes>
    <Code guid="${uuid('taguette:1')}" name="framing" isCodable="true"/>
    <Code guid="${uuid('taguette:2')}" name="Hope" isCodable="true"/>
  </Codes>
</CodeBook>`;
    const result = planQdcImport(xml, roundTripProject().codes, options);
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.matches).toEqual([{ incomingId: uuid('taguette:1'), existingId: FRAMING.id, by: 'path' }]);
    expect(result.plan.add).toEqual([expect.objectContaining({ id: uuid('taguette:2'), name: 'Hope', parentId: null, order: 2 })]);
    expect(result.plan.conflicts).toEqual([]);
  });

  it('fills empty texts of matched codes and reports different ones, never overwriting', () => {
    const codes = roundTripProject().codes.map((c) => (c.id === FRAMING.id ? { ...c, example: '' } : c));
    const xml = exportQdc(
      codes.map((c) => (c.id === FRAMING.id ? { ...c, definition: 'Another definition.', example: 'An example.' } : c.id === ECONOMY.id ? { ...c, name: 'The economy' } : c)),
      APP,
    );
    const result = planQdcImport(xml, codes, options);
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.update).toEqual([{ id: FRAMING.id, changes: { example: 'An example.' } }]);
    expect(result.plan.conflicts.map((c) => [c.field, c.existing, c.incoming])).toEqual([
      ['definition', 'How a speaker frames the issue.', 'Another definition.'],
      ['name', 'Economy', 'The economy'],
    ]);
  });

  it('refuses a file that is not a codebook, saying so', () => {
    expect(planQdcImport('<html><body/></html>', [], options)).toEqual({ ok: false, reason: '“codebook.qdc” cannot be imported: it is not a REFI-QDA codebook (its root is <html>).' });
    expect(planQdcImport('<CodeBook><Codes>', [], options)).toEqual({ ok: false, reason: expect.stringContaining('it is not well-formed XML') });
  });
});
