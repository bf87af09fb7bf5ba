// The chart of the Compare table, under it: grouped bars, stacked bars or the heatmap of the measure
// shown, at a size the researcher chooses, saved as SVG or PNG at that size. Its numbers are also a
// table, hidden to the eye but read by screen readers, and shown on request.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useExport } from '../../files/exportFile';
import { chartData, type ChartDatum, type ChartSource } from './compareChartData';
import { chartExport } from './compareChartExport';
import { CheckField } from './CheckField';
import { SelectField, type Choice } from '../../ui/SelectField';
import { ResultTable, type ResultColumn } from './ResultTable';
import { CHART_KINDS, CHART_KIND_LABELS, renderChart, type ChartKind } from './compareChartPlot';

/** More bars than this are unreadable (and slow to draw): the researcher narrows the table first. */
const MOST_CELLS = 600;
const SIZE_LIMITS = { min: 200, max: 4000 };
const CHART_CHOICES: readonly Choice[] = [{ value: 'none', label: 'No chart' }, ...CHART_KINDS.map((k) => ({ value: k, label: CHART_KIND_LABELS[k] }))];

type ChartRow = ChartSource['table']['rows'][number];

interface Props extends ChartSource {
  kind: ChartKind | 'none';
  width: number;
  height: number;
  /** “Passages”, “Passages, % of the row”. */
  measureLabel: string;
  projectName: string;
  onChange(part: { chart?: ChartKind | 'none'; chartWidth?: number; chartHeight?: number }): void;
}

export function CompareChart({ kind, width, height, measureLabel, projectName, onChange, ...source }: Props) {
  const runExport = useExport();
  const data = useMemo(() => chartData(source), [source.table, source.values, source.measure, source.percent, source.intervals]);
  const [showTable, setShowTable] = useState(false);
  const tooMany = data.length > MOST_CELLS;
  const spec = kind === 'none' || tooMany ? null : { kind, data, measureLabel, width, height };
  const title = kind === 'none' ? '' : `${measureLabel}, ${CHART_KIND_LABELS[kind].toLowerCase()}`;
  const size = (value: string) => Math.min(SIZE_LIMITS.max, Math.max(SIZE_LIMITS.min, Math.round(Number(value) || 0)));

  return (
    <section className="compare-chart" aria-label="Chart">
      <div className="analysis-toolbar">
        <SelectField label="Chart" value={kind} options={CHART_CHOICES} onChange={(next) => onChange({ chart: next as ChartKind | 'none' })} />
        {kind === 'none' ? null : (
          <>
            <label className="analysis-field">
              Width (px)
              <input type="number" min={SIZE_LIMITS.min} max={SIZE_LIMITS.max} step={10} defaultValue={width} key={`w${width}`} onBlur={(event) => onChange({ chartWidth: size(event.target.value) })} onKeyDown={(event) => event.key === 'Enter' && onChange({ chartWidth: size(event.currentTarget.value) })} />
            </label>
            <label className="analysis-field">
              Height (px)
              <input type="number" min={SIZE_LIMITS.min} max={SIZE_LIMITS.max} step={10} defaultValue={height} key={`h${height}`} onBlur={(event) => onChange({ chartHeight: size(event.target.value) })} onKeyDown={(event) => event.key === 'Enter' && onChange({ chartHeight: size(event.currentTarget.value) })} />
            </label>
            {spec ? (
              <>
                <button type="button" onClick={() => void runExport(chartExport({ projectName, title, format: 'svg', draw: () => renderChart(spec), width, height }))}>
                  Save chart as SVG…
                </button>
                <button type="button" onClick={() => void runExport(chartExport({ projectName, title, format: 'png', draw: () => renderChart(spec), width, height }))}>
                  Save chart as PNG…
                </button>
              </>
            ) : null}
            <CheckField checked={showTable} onChange={setShowTable}>
              Show the chart’s numbers as a table
            </CheckField>
          </>
        )}
      </div>
      {kind === 'none' ? null : tooMany ? (
        <p className="analysis-problem">
          The table has {data.length} cells, too many to chart: choose fewer codes or groups.
        </p>
      ) : spec ? (
        <ChartFigure spec={spec} title={title} />
      ) : null}
      {kind === 'none' ? null : <ChartDataTable table={source.table} data={data} caption={`Chart data: ${measureLabel}`} visible={showTable} />}
    </section>
  );
}

function ChartFigure({ spec, title }: { spec: Parameters<typeof renderChart>[0]; title: string }) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const svg = renderChart(spec);
    // The numbers are in the data table; the drawing is named as a whole.
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', title);
    holder.current?.replaceChildren(svg);
  }, [spec.kind, spec.data, spec.measureLabel, spec.width, spec.height, title]);
  return (
    <figure className="compare-chart-figure" aria-label={title}>
      <div ref={holder} />
    </figure>
  );
}

/** The chart's numbers, as the Compare table writes them: rows, then a column per group. */
function ChartDataTable({ table, data, caption, visible }: { table: ChartSource['table']; data: ChartDatum[]; caption: string; visible: boolean }) {
  const columns = useMemo(() => {
    const width = table.columns.length;
    const rowColumn: ResultColumn<ChartRow> = { key: 'row', header: 'Row', rowHeader: true, cell: (row) => row.label };
    const groupColumns = table.columns.map(
      (column, c): ResultColumn<ChartRow> => ({
        key: column.key,
        header: column.label,
        cell: (_row, r) => {
          const d = data[r * width + c]!;
          return `${d.text}${d.intervalText ? ` [${d.intervalText}]` : ''}`;
        },
      }),
    );
    return [rowColumn, ...groupColumns];
  }, [table, data]);
  return <ResultTable caption={caption} className={visible ? 'compare-table compare-chart-data' : 'visually-hidden'} columns={columns} rows={table.rows} rowKey={(row) => row.key} whole />;
}
