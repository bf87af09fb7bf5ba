// Search by title and text, and a filter by an attribute's values ("leaning" is "center" or "left"):
// the attribute found in a combo box (projects may have many), its values chosen in a list beside it.
// The Library and the Code place's document list show this same component over the same state.
import { useId, type Ref } from 'react';
import { ListBox, ListBoxItem, Text, type Selection } from 'react-aria-components';
import type { AttributeDefinition } from '../../../shared/model';
import { countOf } from '../../../shared/text/plural';
import { ComboBoxField } from '../../ui/ComboBoxField';
import { attributeValues, EMPTY_VALUE, type LibraryRow, type ValueCount } from './libraryRows';

export interface AttributeFilter {
  name: string;
  /** Several values at once: documents with any of them. None: the attribute does not narrow the list. */
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
  // Keys by position, not by name: keys end up in element ids, where a name's spaces would be dropped.
  const attributes = [{ id: 'none', name: 'No filter' }, ...definitions.map((d, i) => ({ id: `attribute-${i}`, name: d.name }))];
  const chosen = attributes.find((a, i) => i > 0 && a.name === filter?.name);
  return (
    <div className="library-filters" role="search" aria-label="Find documents">
      <label>
        Search titles and text
        <input ref={searchRef} type="search" value={query} onChange={(event) => onQuery(event.target.value)} placeholder="a word or phrase" />
      </label>
      <ComboBoxField
        className="filter-attribute"
        label="Filter by attribute"
        items={attributes}
        value={chosen?.id ?? 'none'}
        onChange={(id) => {
          const name = attributes.find((a) => a.id === id)?.name;
          onFilter(id === 'none' || name === undefined ? null : { name, values: [] });
        }}
      />
      {filter ? <ValueChoice filter={filter} options={attributeValues(rows, filter.name, filter.values)} onFilter={onFilter} /> : null}
    </div>
  );
}

/**
 * The values as a list box choosing several, not a group of checkboxes: one Tab stop however many
 * values an attribute has, arrow keys and typing a value's first letters to move, Space to add or
 * take away the value under the focus; each says how many documents have it.
 */
function ValueChoice({ filter, options, onFilter }: { filter: AttributeFilter; options: ValueCount[]; onFilter(filter: AttributeFilter): void }) {
  const labelId = useId();
  // Keys by position, as for the attributes (and EMPTY_VALUE holds a NUL).
  const keyOf = (value: string) => String(options.findIndex((o) => o.value === value));
  const onSelectionChange = (keys: Selection) => {
    const chosen = keys === 'all' ? options : options.filter((_, i) => keys.has(String(i)));
    onFilter({ ...filter, values: chosen.map((o) => o.value) });
  };
  return (
    <div className="filter-values">
      <span id={labelId} className="filter-values-label">
        {filter.name} is any of
      </span>
      <ListBox
        aria-labelledby={labelId}
        className="value-list"
        selectionMode="multiple"
        selectedKeys={filter.values.map(keyOf).filter((key) => key !== '-1')}
        onSelectionChange={onSelectionChange}
        renderEmptyState={() => <span className="hint">No document has a value.</span>}
      >
        {options.map((option, i) => {
          const label = option.value === EMPTY_VALUE ? '(no value)' : option.value;
          return (
            <ListBoxItem key={option.value} id={String(i)} textValue={label} className="value-option">
              <span className="value-check" aria-hidden="true" />
              <Text slot="label">{label}</Text>
              <Text slot="description" className="value-count">
                {countOf(option.count, 'document')}
              </Text>
            </ListBoxItem>
          );
        })}
      </ListBox>
    </div>
  );
}
