// What the library shows after the project changed under the researcher's choices: an attribute whose
// adding was undone loses its column (it had no box left in the column chooser to take it away), and
// a value chosen in the filter that no document has any more stays listed, chosen, with no documents,
// so the list says why nothing is shown.
import { describe, expect, test } from 'vitest';
import { EMPTY_METADATA, type AttributeDefinition, type DocumentRecord } from '../../../../shared/model';
import { attributeColumn, attributeValues, EMPTY_VALUE, filterRows, shownColumns, type LibraryRow } from '../../../../renderer/features/library/libraryRows';

function row(order: number, attributes: DocumentRecord['attributes']): LibraryRow {
  const doc: DocumentRecord = { id: `d${order}`, title: `Doc ${order}`, format: 'txt', fileName: '', storedName: '', sha256: '', order, importedAt: '', length: 0, words: 1, extraction: {}, ...EMPTY_METADATA, attributes };
  return { doc, codings: 0 };
}

describe('the library after its choices went stale', () => {
  const leaning: AttributeDefinition = { name: 'leaning', type: 'text' };
  const region: AttributeDefinition = { name: 'region', type: 'text' };

  test('a chosen column of an attribute no longer declared is not shown; it comes back if the attribute does', () => {
    const chosen = ['author', attributeColumn('leaning'), attributeColumn('region')] as const;
    expect(shownColumns([...chosen], [leaning])).toEqual(['author', 'attr:leaning']);
    expect(shownColumns([...chosen], [leaning, region])).toEqual([...chosen]);
    expect(shownColumns(null, [leaning, region])).toEqual(['attr:leaning', 'attr:region']);
  });

  test('a value chosen in the filter that no document has any more is listed with no documents', () => {
    // "center" was chosen; its only document was then edited to "centre".
    const rows = [row(0, { leaning: 'centre' }), row(1, { leaning: 'left' })];
    expect(filterRows(rows, { attribute: { name: 'leaning', values: ['center'] }, setId: null, found: null }, [])).toEqual([]);
    expect(attributeValues(rows, 'leaning', ['center'])).toEqual([
      { value: 'center', count: 0 },
      { value: 'centre', count: 1 },
      { value: 'left', count: 1 },
    ]);
    expect(attributeValues(rows, 'leaning', [EMPTY_VALUE])).toEqual([
      { value: 'centre', count: 1 },
      { value: 'left', count: 1 },
      { value: EMPTY_VALUE, count: 0 },
    ]);
    expect(attributeValues(rows, 'leaning')).toEqual([
      { value: 'centre', count: 1 },
      { value: 'left', count: 1 },
    ]);
  });
});
