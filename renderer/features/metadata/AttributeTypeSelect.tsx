// Choosing an attribute's type (REFI-QDA's variable types), wherever a new attribute is declared.
import type { AttributeType } from '../../../shared/model';
import { TYPE_LABELS } from './attributeInput';

export function AttributeTypeSelect({ value, onChange }: { value: AttributeType; onChange(type: AttributeType): void }) {
  return (
    <label>
      Type
      <select value={value} onChange={(event) => onChange(event.target.value as AttributeType)}>
        {Object.entries(TYPE_LABELS).map(([type, label]) => (
          <option key={type} value={type}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
