// The labelled tick box of the analysis toolbars (their other field, a choice, is ui/SelectField.tsx):
// one shape, so each toolbar reads (and is named for screen readers) the same way.
import type { ReactNode } from 'react';

export function CheckField({ checked, onChange, children }: { checked: boolean; onChange(checked: boolean): void; children: ReactNode }) {
  return (
    <label className="analysis-field analysis-inline">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {children}
    </label>
  );
}
