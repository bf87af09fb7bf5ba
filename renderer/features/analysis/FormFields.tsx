// The two fields every analysis toolbar is made of: a labelled choice among a few options, and a
// labelled tick box. One shape, so each toolbar reads (and is named for screen readers) the same way.
import type { ReactNode } from 'react';

export interface Choice {
  value: string;
  label: string;
}

interface SelectProps {
  /** The words beside the list. */
  label: ReactNode;
  /** Its accessible name, where the words beside it are too short to say what it chooses. */
  name: string;
  value: string;
  options: readonly Choice[];
  onChange(value: string): void;
  disabled?: boolean;
}

export function SelectField({ label, name, value, options, onChange, disabled }: SelectProps) {
  return (
    <label className="analysis-field">
      {label}
      <select aria-label={name} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function CheckField({ checked, onChange, children }: { checked: boolean; onChange(checked: boolean): void; children: ReactNode }) {
  return (
    <label className="analysis-field analysis-inline">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {children}
    </label>
  );
}
