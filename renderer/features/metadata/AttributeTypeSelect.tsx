// Choosing an attribute's type (REFI-QDA's variable types), wherever a new attribute is declared.
import type { AttributeType } from '../../../shared/model';
import { SelectField } from '../../ui/SelectField';
import { TYPE_LABELS } from './attributeInput';

const TYPE_CHOICES = Object.entries(TYPE_LABELS).map(([value, label]) => ({ value, label }));

export function AttributeTypeSelect({ value, onChange }: { value: AttributeType; onChange(type: AttributeType): void }) {
  return <SelectField label="Type" value={value} options={TYPE_CHOICES} onChange={(type) => onChange(type as AttributeType)} />;
}
