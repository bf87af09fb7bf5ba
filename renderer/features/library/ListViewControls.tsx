// The set and the sort of the library view, as compact controls for a narrow list (the Code place's
// documents); the Library's table sorts by its column headers and picks sets in its side panel.
import type { AttributeDefinition, DocumentSetRecord } from '../../../shared/model';
import { SelectField } from '../../ui/SelectField';
import { attributeColumn, FIELD_COLUMNS, FIELD_LABELS, type ColumnId, type SortOrder } from './libraryRows';

interface ListViewControlsProps {
  definitions: readonly AttributeDefinition[];
  sets: readonly DocumentSetRecord[];
  setId: string | null;
  onSet(setId: string | null): void;
  sort: SortOrder | null;
  onSort(sort: SortOrder | null): void;
}

export function ListViewControls({ definitions, sets, setId, onSet, sort, onSort }: ListViewControlsProps) {
  const columns: { id: ColumnId; label: string }[] = [
    { id: 'title', label: 'Title' },
    { id: 'words', label: 'Words' },
    { id: 'codings', label: 'Codings' },
    ...FIELD_COLUMNS.map((field) => ({ id: field as ColumnId, label: FIELD_LABELS[field] })),
    ...definitions.map((d) => ({ id: attributeColumn(d.name), label: d.name })),
  ];
  return (
    <div className="library-filters">
      {sets.length > 0 ? (
        <SelectField
          label="Set"
          value={setId ?? ''}
          options={[{ value: '', label: 'All documents' }, ...sets.map((s) => ({ value: s.id, label: s.name }))]}
          onChange={(next) => onSet(next || null)}
        />
      ) : null}
      <SelectField
        label="Sort by"
        value={sort?.column ?? ''}
        options={[{ value: '', label: 'As imported' }, ...columns.map((c) => ({ value: c.id, label: c.label }))]}
        onChange={(next) => onSort(next ? { column: next as ColumnId, direction: sort?.direction ?? 'ascending' } : null)}
      />
      {sort ? (
        <button type="button" aria-pressed={sort.direction === 'descending'} onClick={() => onSort({ ...sort, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' })}>
          {sort.direction === 'ascending' ? 'Ascending' : 'Descending'}
        </button>
      ) : null}
    </div>
  );
}
