// Which documents an analysis looks at: several values of several attributes, sets, text they
// contain, and a date range. The same fields in Retrieve and Compare, over the same DocumentFilter.
import { useId } from 'react';
import type { AttributeValue, DocumentSetRecord } from '../../../shared/model';
import { attributeValueKey, dateSpan, type AttributeOptions, type DocumentFilter } from '../../../shared/library/documentFilter';
import { attributeValueLabels, plainValueLabel } from '../../../shared/analysis/valueLabels';
import { toggled } from './toggled';

/** More values than this, and an attribute's choices start folded. */
const MANY_VALUES = 8;

interface Props {
  filter: DocumentFilter;
  onChange(filter: DocumentFilter): void;
  attributes: readonly AttributeOptions[];
  sets: readonly DocumentSetRecord[];
}

export function DocumentFilterFields({ filter, onChange, attributes: held, sets }: Props) {
  const id = useId();
  const attributes = withChosenValues(held, filter);
  // A set the filter names that was deleted since: shown ticked, so it can be taken out.
  const goneSets = filter.setIds.filter((setId) => !sets.some((s) => s.id === setId));
  const valuesOf = (name: string) => filter.attributes.find((c) => c.name === name)?.values ?? [];
  const setValues = (name: string, values: AttributeValue[]) =>
    onChange({ ...filter, attributes: [...filter.attributes.filter((c) => c.name !== name), ...(values.length > 0 ? [{ name, values }] : [])] });
  return (
    <fieldset className="analysis-fieldset">
      <legend>Documents</legend>
      {attributes.map((attribute) => {
        const chosen = valuesOf(attribute.name);
        const chosenKeys = new Set(chosen.map(attributeValueKey));
        // As the columns of a grouping by this attribute name them: the number 2017 and the text "2017" apart.
        const labels = attributeValueLabels(attribute.values.map((option) => option.value));
        return (
          // An attribute with many values (notes, a URL) starts folded, so the common ones stay in view.
          <details key={attribute.name} className="analysis-details" open={attribute.values.length <= MANY_VALUES || chosen.length > 0 || undefined}>
            <summary>{attribute.name}{chosen.length > 0 ? ` · ${chosen.length}` : ''}</summary>
            {/* Named by the attribute, which the summary above already shows: no legend to say it twice. */}
            <fieldset className="analysis-choices" aria-label={attribute.name}>
              {attribute.values.map((option) => {
                const key = attributeValueKey(option.value);
                return (
                  <label key={key}>
                    <input
                      type="checkbox"
                      checked={chosenKeys.has(key)}
                      onChange={() => setValues(attribute.name, chosenKeys.has(key) ? chosen.filter((v) => attributeValueKey(v) !== key) : [...chosen, option.value])}
                    />
                    {labels.get(key)} <span className="analysis-muted">({option.documents})</span>
                  </label>
                );
              })}
            </fieldset>
          </details>
        );
      })}
      {sets.length > 0 || goneSets.length > 0 ? (
        <fieldset className="analysis-choices">
          <legend>Sets</legend>
          {sets.map((set) => (
            <label key={set.id}>
              <input type="checkbox" checked={filter.setIds.includes(set.id)} onChange={() => onChange({ ...filter, setIds: toggled(filter.setIds, set.id) })} />
              {set.name}
            </label>
          ))}
          {goneSets.map((setId) => (
            <label key={setId}>
              <input type="checkbox" checked onChange={() => onChange({ ...filter, setIds: toggled(filter.setIds, setId) })} />
              (deleted set)
            </label>
          ))}
        </fieldset>
      ) : null}
      <label className="analysis-field">
        Text contains
        <input type="search" value={filter.textContains} onChange={(event) => onChange({ ...filter, textContains: event.target.value })} />
      </label>
      <div className="analysis-dates" role="group" aria-labelledby={`${id}-dates`}>
        <span id={`${id}-dates`}>Dated</span>
        <label>
          from
          <input type="text" inputMode="numeric" placeholder="2017 or 2017-05" value={filter.dateFrom} aria-invalid={notADate(filter.dateFrom) || undefined} onChange={(event) => onChange({ ...filter, dateFrom: event.target.value })} />
        </label>
        <label>
          to
          <input type="text" inputMode="numeric" placeholder="2022-12-31" value={filter.dateTo} aria-invalid={notADate(filter.dateTo) || undefined} onChange={(event) => onChange({ ...filter, dateTo: event.target.value })} />
        </label>
      </div>
    </fieldset>
  );
}

/**
 * The attributes' values with those the filter still chooses that no document has any more (a value
 * edited away, an attribute renamed), each with no documents: the filter that empties a result stays
 * in view and can be taken out, as in the library's filter.
 */
export function withChosenValues(held: readonly AttributeOptions[], filter: DocumentFilter): AttributeOptions[] {
  const options = held.map((attribute) => ({ ...attribute, values: [...attribute.values] }));
  for (const condition of filter.attributes) {
    let attribute = options.find((a) => a.name === condition.name);
    if (!attribute) options.push((attribute = { name: condition.name, values: [] }));
    const keys = new Set(attribute.values.map((option) => attributeValueKey(option.value)));
    for (const value of condition.values) {
      if (!keys.has(attributeValueKey(value))) attribute.values.push({ value, label: plainValueLabel(value), documents: 0 });
      keys.add(attributeValueKey(value));
    }
  }
  return options;
}

function notADate(value: string): boolean {
  return value.trim() !== '' && dateSpan(value.trim()) === null;
}
