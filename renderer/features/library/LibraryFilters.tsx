// Search by title and text, and a filter by an attribute's values ("leaning" is "center" or "left";
// Ctrl/Cmd+click or Shift+arrows choose several).
import type { Ref } from 'react';
import type { AttributeDefinition } from '../../../shared/model';
import { attributeValues, EMPTY_VALUE, type LibraryRow } from './libraryRows';

export interface AttributeFilter {
  name: string;
  /** Several values at once: documents with any of them. */
  values: string[];
}

interface LibraryFiltersProps {
  query: string;
  onQuery(query: string): void;
  definitions: readonly AttributeDefinition[];
  rows: readonly LibraryRow[];
  filter: AttributeFilter | null;
  onFilter(filter: AttributeFilter | null): void;
  /** The search field, for the Find command (Ctrl/Cmd+F). */
  searchRef?: Ref<HTMLInputElement>;
}

export function LibraryFilters({ query, onQuery, definitions, rows, filter, onFilter, searchRef }: LibraryFiltersProps) {
  const options = filter ? attributeValues(rows, filter.name) : null;
  return (
    <div className="library-filters" role="search" aria-label="Find documents">
      <label>
        Search titles and text
        <input ref={searchRef} type="search" value={query} onChange={(event) => onQuery(event.target.value)} placeholder="a word or phrase" />
      </label>
      <label>
        Filter by attribute
        <select
          value={filter?.name ?? ''}
          onChange={(event) => {
            const name = event.target.value;
            if (!name) return onFilter(null);
            const { values, hasEmpty } = attributeValues(rows, name);
            onFilter({ name, values: [values[0] ?? (hasEmpty ? EMPTY_VALUE : '')] });
          }}
        >
          <option value="">No filter</option>
          {definitions.map((d) => (
            <option key={d.name} value={d.name}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      {filter && options ? (
        <label>
          {filter.name} is any of
          <select
            multiple
            size={Math.min(4, options.values.length + (options.hasEmpty ? 1 : 0))}
            value={filter.values}
            onChange={(event) => onFilter({ ...filter, values: [...event.target.selectedOptions].map((option) => option.value) })}
          >
            {options.values.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
            {options.hasEmpty ? <option value={EMPTY_VALUE}>(no value)</option> : null}
          </select>
        </label>
      ) : null}
    </div>
  );
}
