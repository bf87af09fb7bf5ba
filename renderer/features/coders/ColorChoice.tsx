// A coder's colour, picked from named colours with the arrow keys (a radio group).
import { useId } from 'react';
import { CODER_PALETTE } from './coderColors';

export function ColorChoice({ value, onChange, legend = 'Colour' }: { value: string; onChange(color: string): void; legend?: string }) {
  const name = useId();
  return (
    <fieldset className="color-choice">
      <legend>{legend}</legend>
      {CODER_PALETTE.map((option) => (
        <label key={option.color} className="color-option">
          <input type="radio" name={name} value={option.color} checked={value.toLowerCase() === option.color} onChange={() => onChange(option.color)} />
          <span className="swatch" style={{ backgroundColor: option.color }} aria-hidden="true" />
          {option.name}
        </label>
      ))}
    </fieldset>
  );
}
