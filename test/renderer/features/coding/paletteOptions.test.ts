import { describe, expect, test } from 'vitest';
import { optionLabel, paletteOptions } from '../../../../renderer/features/coding/paletteOptions';
import type { CodeRecord } from '../../../../shared/model';

const code = (id: string, name: string, parentId: string | null = null): CodeRecord => ({
  id,
  name,
  color: '#000000',
  parentId,
  order: 0,
  definition: '',
  inclusion: '',
  exclusion: '',
  example: '',
  createdAt: '',
});
// In tree order, as the palette receives them.
const codes = [code('p', 'pledge'), code('c', 'claim'), code('e', 'economy', 'c'), code('m', 'metric'), code('cr', 'criticism')];
const labels = (query: string, recent: string[] = []) => paletteOptions(codes, recent, query).map(optionLabel);

describe('the quick-code palette options', () => {
  test('with nothing typed: recent codes first, newest first, then the codebook in order', () => {
    expect(labels('', ['m', 'c'])).toEqual(['metric', 'claim', 'pledge', 'economy, in claim', 'criticism']);
  });

  test('typing filters by name and path; an exact name comes first, then recent, then names starting with it', () => {
    expect(labels('cl')).toEqual(['claim', 'economy, in claim', 'Create code “cl”']);
    expect(labels('c', ['m'])).toEqual(['metric', 'claim', 'criticism', 'economy, in claim', 'Create code “c”']);
    expect(labels('CLAIM')).toEqual(['claim', 'economy, in claim']);
  });

  test('offers to create a code only when no top-level code has that name, and the name is usable', () => {
    expect(labels('  housing   policy ')).toEqual(['Create code “housing policy”']);
    expect(labels('Economy')).toEqual(['economy, in claim', 'Create code “Economy”']);
    expect(labels('a > b')).toEqual([]);
  });
});

test('codes of the same name under different parents have different names, saying where each sits', () => {
  const twins = [code('f', 'framing'), code('fe', 'economy', 'f'), code('i', 'issues'), code('t', 'topics', 'i'), code('te', 'economy', 't'), code('e', 'economy')];
  expect(paletteOptions(twins, [], 'economy').map(optionLabel)).toEqual(['economy, in framing', 'economy, in issues > topics', 'economy']);
});

test('typing finds a code whatever its accents, as every search does', () => {
  const accented = [code('r', 'Résumé'), code('c', 'claim'), code('d', 'données', 'c')];
  expect(paletteOptions(accented, [], 'resume').map(optionLabel)).toEqual(['Résumé', 'Create code “resume”']);
  expect(paletteOptions(accented, [], 'CLAIM > DONNEES').map(optionLabel)).toEqual(['données, in claim']);
});
