// How Compare writes its numbers: counts whole, the share of text as a percentage, rates with two
// decimals. The exports keep full precision; these are for reading.
import type { CompareMeasure } from '../../../shared/stats/compare';

export function formatMeasure(measure: CompareMeasure, value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (measure === 'share') return formatPercent(value * 100);
  if (measure === 'per1000') return value.toFixed(2);
  return String(Math.round(value));
}

export function formatPercent(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(1)}%` : '–';
}

/** How the Compare table writes one of its values: the measure, or its percentage. */
export function cellText(measure: CompareMeasure, percent: boolean, value: number): string {
  return percent ? formatPercent(value) : formatMeasure(measure, value);
}
