// How passages or a table are divided: one list, or one group per value of an attribute, per set,
// per coder, per document. A grouping is plain data (shared/analysis/grouping.ts).
import type { Grouping } from '../../../shared/analysis/grouping';
import { SelectField, type Choice } from '../../ui/SelectField';

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

/** The groupings every project has, after the attributes in the list. */
const BUILT_IN: readonly Choice[] = [
  { value: 'field:source', label: 'By outlet' },
  { value: 'field:year', label: 'By year' },
  { value: 'sets', label: 'By set' },
  { value: 'coders', label: 'By coder' },
  { value: 'documents', label: 'By document' },
];

export function GroupingPicker({ label, grouping, onChange, attributeNames, allowNone }: Props) {
  const choices: Choice[] = [...(allowNone ? [{ value: 'none', label: 'One list' }] : []), ...attributeNames.map(attributeChoice), ...BUILT_IN];
  return <SelectField label={label} value={groupingKey(grouping)} options={choices} onChange={(key) => onChange(fromKey(key))} />;
}

const BUILT_IN_NAMES = new Set(BUILT_IN.map((choice) => choice.label.toLowerCase()));

/**
 * "By <attribute>", unless that reads as a built-in grouping (the reference corpus has an attribute
 * "year" beside the year of each document's date): then it says it is the attribute.
 */
function attributeChoice(name: string): Choice {
  const plain = `By ${name}`;
  return { value: `attribute:${name}`, label: BUILT_IN_NAMES.has(plain.toLowerCase()) ? `${plain} (attribute)` : plain };
}
