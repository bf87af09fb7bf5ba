// A Compare table drawn with Observable Plot: grouped bars (one cluster per row, a bar per group, with
// the 95% interval as a rule when there is one), stacked bars (a bar per group, rows stacked in it) or
// the heatmap (rows × groups, each cell filled by its value and written on it). Plot returns a detached
// SVG; the <style> it adds is taken out before the SVG reaches the page, since the Content-Security-
// Policy refuses inline styles (the same rules live in analysis.css), and the categorical legend is
// drawn into the SVG itself, so that a saved chart carries it.
import * as Plot from '@observablehq/plot';
import type { ChartDatum } from './compareChartData';

export const CHART_KINDS = ['grouped', 'stacked', 'heatmap'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];
export const CHART_KIND_LABELS: Record<ChartKind, string> = { grouped: 'Grouped bars', stacked: 'Stacked bars', heatmap: 'Heatmap' };

export interface ChartSpec {
  kind: ChartKind;
  data: ChartDatum[];
  /** The measure as the axis names it: “Passages”, “Passages, % of the row”. */
  measureLabel: string;
  width: number;
  height: number;
}

const LEGEND_WIDTH = 150;
const LEGEND_LINE = 16;

export function renderChart({ kind, data, measureLabel, width, height }: ChartSpec): SVGSVGElement {
  const rowLabel = labelsOf(data, 'rowKey', 'row');
  const groupLabel = labelsOf(data, 'groupKey', 'group');
  const drawn = data.filter((d) => Number.isFinite(d.value));
  const label = (d: ChartDatum) => `${d.row}, ${d.group}: ${d.text}`;
  const rowKeys = [...rowLabel.keys()];
  const groupKeys = [...groupLabel.keys()];
  let svg: SVGSVGElement;
  let legend: Map<string, string> | null = null;
  if (kind === 'heatmap') {
    const largest = Math.max(0, ...drawn.map((d) => d.value));
    svg = Plot.plot({
      width,
      height,
      marginLeft: 140,
      x: { domain: groupKeys, tickFormat: (k: string) => groupLabel.get(k), label: null, axis: 'top' },
      y: { domain: rowKeys, tickFormat: (k: string) => rowLabel.get(k), label: null },
      color: { type: 'linear', scheme: 'blues', label: measureLabel },
      marks: [
        Plot.cell(drawn, { x: 'groupKey', y: 'rowKey', fill: 'value', inset: 0.5, ariaLabel: label }),
        // Dark text on the light cells, light on the dark ones, whatever the app's theme.
        Plot.text(data, { x: 'groupKey', y: 'rowKey', text: 'text', fill: (d: ChartDatum) => (d.value > largest / 2 ? 'white' : 'black'), ariaHidden: 'true' }),
      ],
    }) as SVGSVGElement;
  } else if (kind === 'stacked') {
    svg = Plot.plot({
      width,
      height,
      marginRight: LEGEND_WIDTH,
      x: { domain: groupKeys, tickFormat: (k: string) => groupLabel.get(k), label: null },
      y: { label: measureLabel, grid: true },
      color: { domain: rowKeys, tickFormat: (k: string) => rowLabel.get(k) },
      marks: [Plot.barY(drawn, Plot.stackY({ x: 'groupKey', y: 'value', fill: 'rowKey', order: rowKeys, ariaLabel: label })), Plot.ruleY([0])],
    }) as SVGSVGElement;
    legend = rowLabel;
  } else {
    const intervals = drawn.filter((d) => d.low !== null && d.high !== null);
    svg = Plot.plot({
      width,
      height,
      marginRight: LEGEND_WIDTH,
      fx: { domain: rowKeys, tickFormat: (k: string) => rowLabel.get(k), label: null, padding: 0.15 },
      x: { domain: groupKeys, axis: null },
      y: { label: measureLabel, grid: true },
      color: { domain: groupKeys },
      marks: [
        Plot.barY(drawn, { fx: 'rowKey', x: 'groupKey', y: 'value', fill: 'groupKey', ariaLabel: label }),
        Plot.ruleX(intervals, { fx: 'rowKey', x: 'groupKey', y1: 'low', y2: 'high', stroke: 'currentColor', strokeWidth: 1.5, ariaHidden: 'true' }),
        Plot.ruleY([0]),
      ],
    }) as SVGSVGElement;
    legend = groupLabel;
  }
  for (const style of svg.querySelectorAll('style')) style.remove();
  if (legend) drawLegend(svg, legend, width);
  return svg;
}

/** Each key's label, in the order the data first gives them. */
function labelsOf(data: ChartDatum[], key: 'rowKey' | 'groupKey', name: 'row' | 'group'): Map<string, string> {
  const labels = new Map<string, string>();
  for (const d of data) if (!labels.has(d[key])) labels.set(d[key], d[name]);
  return labels;
}

/** A swatch and a name per colour, in the right margin, with the colours the plot's scale gave. */
function drawLegend(svg: SVGSVGElement & { scale?: (name: 'color') => { apply(value: string): string } | undefined }, labels: Map<string, string>, width: number): void {
  const color = svg.scale?.('color');
  if (!color) return;
  const ns = 'http://www.w3.org/2000/svg';
  const group = document.createElementNS(ns, 'g');
  group.setAttribute('aria-label', 'Legend');
  group.setAttribute('transform', `translate(${width - LEGEND_WIDTH + 16}, 20)`);
  group.setAttribute('text-anchor', 'start');
  [...labels].forEach(([key, name], i) => {
    const swatch = document.createElementNS(ns, 'rect');
    swatch.setAttribute('x', '0');
    swatch.setAttribute('y', String(i * LEGEND_LINE));
    swatch.setAttribute('width', '10');
    swatch.setAttribute('height', '10');
    swatch.setAttribute('fill', color.apply(key));
    const text = document.createElementNS(ns, 'text');
    text.setAttribute('x', '15');
    text.setAttribute('y', String(i * LEGEND_LINE + 9));
    text.textContent = name;
    group.append(swatch, text);
  });
  svg.append(group);
}
