// How the place writes the report's figures: proportions as percentages, coefficients to three
// decimals (the precision methods sections use), an undefined figure as a dash a screen reader names.
import type { AgreementFigure } from '../../../shared/agreement/agreementReport';

export const UNDEFINED_FIGURE = '—';

export function coefficient(value: number): string {
  return Number.isFinite(value) ? value.toFixed(3) : UNDEFINED_FIGURE;
}

export function percent(value: number): string {
  return Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : UNDEFINED_FIGURE;
}

export function intervalText(figure: AgreementFigure | null, format: (value: number) => string): string {
  return figure?.interval ? `[${format(figure.interval.low)}, ${format(figure.interval.high)}]` : '';
}
