// The width of the text column: a group of radio buttons, named "Reading width", one per width (the
// arrow keys move between them, as in any radio group). Self-contained: it assumes nothing of the
// toolbar it sits in.
import { useId } from 'react';
import { READING_WIDTHS, type ReadingWidth } from './readingPreferences';

export function ReadingWidthControl({ value, onChange }: { value: ReadingWidth; onChange(width: ReadingWidth): void }) {
  const name = useId();
  return (
    <div role="radiogroup" aria-label="Reading width" className="reading-width">
      {READING_WIDTHS.map(({ width, label }) => (
        <label key={width} className="reading-width-option">
          <input type="radio" name={name} value={width} checked={value === width} onChange={() => onChange(width)} />
          {label}
        </label>
      ))}
    </div>
  );
}
