// A colour picked from named colours with the arrow keys (a radio group): read out by name, it works
// from the keyboard and with a screen reader, unlike a colour picker.
import { useId } from 'react';
import type { NamedColor } from '../../shared/coders/coderColors';

interface ColorChoiceProps {
  value: string;
  onChange(color: string): void;
  options: readonly NamedColor[];
  legend?: string;
}

export function ColorChoice({ value, onChange, options, legend = 'Colour' }: ColorChoiceProps) {
  const name = useId();
  return (
    <fieldset className="color-choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.color} className="color-option">
          <input type="radio" name={name} value={option.color} checked={value.toLowerCase() === option.color} onChange={() => onChange(option.color)} />
          <span className="swatch" style={{ backgroundColor: option.color }} aria-hidden="true" />
          {option.name}
        </label>
      ))}
    </fieldset>
  );
}
