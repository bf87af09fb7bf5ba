import { describe, expect, test } from 'vitest';
import { documentGroups } from '../../../shared/analysis/grouping';
import { paragraphAt, paragraphIndex, paragraphSpan } from '../../../shared/analysis/paragraphIndex';
import { doc, set } from './fixtures';

const docs = [
  doc('a', 0, 'x', { leaning: 'right', rank: 10 }, { date: '2017-05-01', source: 'Courier', title: 'A' }),
  doc('b', 1, 'x', { leaning: 'left', rank: 2 }, { date: '2019', source: 'Courier', title: 'B' }),
  doc('c', 2, 'x', { rank: 2 }, { date: '', source: '', title: 'C' }),
];
const context = { sets: [set('s2', 'Zeta', ['c', 'a']), set('s1', 'Alpha', ['b'])], coders: [{ id: 'k1', name: 'Ana', color: '' }] };
const view = (grouping: Parameters<typeof documentGroups>[1]) => documentGroups(docs, grouping, context).map((g) => [g.label, g.docIds]);

describe('groups of documents', () => {
  test('by attribute: values in natural order (numbers by size), "(no value)" last', () => {
    expect(view({ kind: 'attribute', name: 'leaning' })).toEqual([
      ['left', ['b']],
      ['right', ['a']],
      ['(no value)', ['c']],
    ]);
    expect(view({ kind: 'attribute', name: 'rank' })).toEqual([
      ['2', ['b', 'c']],
      ['10', ['a']],
    ]);
  });

  test('by attribute: values that read the same but are typed apart are two groups, labelled by type; others stay plain', () => {
    const mixed = [
      doc('n', 0, 'x', { year: 2017, flag: true, note: 'x' }),
      doc('s', 1, 'x', { year: '2017', flag: 'true', note: '(no value)' }),
      doc('t', 2, 'x', { year: 2018, flag: false }),
      doc('u', 3, 'x', { year: '2019' }),
    ];
    const labels = (name: string) => documentGroups(mixed, { kind: 'attribute', name }, context).map((g) => [g.label, g.docIds]);
    expect(labels('year')).toEqual([
      ['2017 (number)', ['n']],
      ['2018', ['t']],
      ['2017 (text)', ['s']],
      ['2019', ['u']],
    ]);
    expect(labels('flag')).toEqual([
      ['false', ['t']],
      ['true (yes/no)', ['n']],
      ['true (text)', ['s']],
      ['(no value)', ['u']],
    ]);
    // The text "(no value)" is not the group of documents without one.
    expect(labels('note')).toEqual([
      ['(no value) (text)', ['s']],
      ['x', ['n']],
      ['(no value)', ['t', 'u']],
    ]);
    // Keys stay the typed values': a saved column or an interval's seed does not move with the label.
    expect(documentGroups(mixed, { kind: 'attribute', name: 'year' }, context).map((g) => g.key)).toEqual(['n:2017', 'n:2018', 's:2017', 's:2019']);
  });

  test('by outlet or by year of the date, as precise as known', () => {
    expect(view({ kind: 'field', field: 'source' })).toEqual([
      ['Courier', ['a', 'b']],
      ['(no value)', ['c']],
    ]);
    expect(view({ kind: 'field', field: 'year' })).toEqual([
      ['2017', ['a']],
      ['2019', ['b']],
      ['(no value)', ['c']],
    ]);
  });

  test('by sets (by name when none are chosen, documents in project order), by document, by coder, or none', () => {
    expect(view({ kind: 'sets', setIds: [] })).toEqual([
      ['Alpha', ['b']],
      ['Zeta', ['a', 'c']],
    ]);
    expect(view({ kind: 'sets', setIds: ['s2'] })).toEqual([['Zeta', ['a', 'c']]]);
    // As the library lists sets: numbers by size, case aside.
    const numbered = { ...context, sets: [set('s10', 'Wave 10', ['a']), set('s2', 'Wave 2', ['b']), set('s3', 'wave 3', ['c'])] };
    expect(documentGroups(docs, { kind: 'sets', setIds: [] }, numbered).map((group) => group.label)).toEqual(['Wave 2', 'wave 3', 'Wave 10']);
    expect(view({ kind: 'documents' })).toEqual([
      ['A', ['a']],
      ['B', ['b']],
      ['C', ['c']],
    ]);
    expect(documentGroups(docs, { kind: 'coders', coderIds: [] }, context)).toEqual([{ key: 'k1', label: 'Ana', docIds: ['a', 'b', 'c'], coderId: 'k1', noValue: false }]);
    expect(view({ kind: 'none' })).toEqual([['All documents', ['a', 'b', 'c']]]);
  });
});

describe('paragraph numbers', () => {
  const text = 'One.\n\nTwo, line\nbreak.\n\n\nThree.';
  const index = paragraphIndex(text);

  test('are the document view\'s paragraphs; an offset in a blank line belongs to the paragraph before', () => {
    expect(Array.from(index.starts)).toEqual([0, 6, 25]);
    expect(paragraphAt(index, text.indexOf('line'))).toBe(1);
    expect(paragraphAt(index, 5)).toBe(0);
    expect(paragraphAt(index, text.indexOf('Three'))).toBe(2);
    expect(paragraphSpan(index, 2, text.indexOf('Three') + 2)).toEqual({ first: 0, last: 2 });
    // A range ending exactly where a paragraph starts does not reach into it.
    expect(paragraphSpan(index, 0, 6)).toEqual({ first: 0, last: 0 });
  });
});
