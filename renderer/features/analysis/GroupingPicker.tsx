// How passages or a table are divided: one list, or one group per value of an attribute, per set,
// per coder, per document. A grouping is plain data (shared/analysis/grouping.ts).
import type { Grouping } from '../../../shared/analysis/grouping';

interface Props {
  label: string;
  grouping: Grouping;
  onChange(grouping: Grouping): void;
  attributeNames: readonly string[];
  /** Offer "one list" (Retrieve) or not (Compare always has groups). */
  allowNone: boolean;
}

export function groupingKey(grouping: Grouping): string {
  switch (grouping.kind) {
    case 'attribute':
      return `attribute:${grouping.name}`;
    case 'field':
      return `field:${grouping.field}`;
    default:
      return grouping.kind;
  }
}

function fromKey(key: string): Grouping {
  if (key.startsWith('attribute:')) return { kind: 'attribute', name: key.slice('attribute:'.length) };
  if (key.startsWith('field:')) return { kind: 'field', field: key.slice('field:'.length) as 'source' | 'author' | 'year' };
  if (key === 'sets') return { kind: 'sets', setIds: [] };
  if (key === 'coders') return { kind: 'coders', coderIds: [] };
  if (key === 'documents') return { kind: 'documents' };
  return { kind: 'none' };
}

export function GroupingPicker({ label, grouping, onChange, attributeNames, allowNone }: Props) {
  return (
    <label className="analysis-field">
      {label}
      <select aria-label={label} value={groupingKey(grouping)} onChange={(event) => onChange(fromKey(event.target.value))}>
        {allowNone ? <option value="none">One list</option> : null}
        {attributeNames.map((name) => (
          <option key={name} value={`attribute:${name}`}>
            By {name}
          </option>
        ))}
        <option value="field:source">By outlet</option>
        <option value="field:year">By year</option>
        <option value="sets">By set</option>
        <option value="coders">By coder</option>
        <option value="documents">By document</option>
      </select>
    </label>
  );
}
