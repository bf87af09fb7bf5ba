// One section of the report as a table: a row per code and one for all codes pooled, each figure
// with its bootstrap interval under it, the units it rests on, and the warnings below the table.
import type { AgreementFigure, AgreementSection } from '../../../shared/agreement/agreementReport';
import { coefficient, intervalText, percent } from './agreementFormat';

const COLUMNS: Array<{ name: string; figure(row: AgreementSection['rows'][number]): AgreementFigure | null; format(value: number): string }> = [
  { name: 'Percent agreement', figure: (row) => row.percentAgreement, format: percent },
  { name: 'Cohen’s kappa', figure: (row) => row.cohenKappa, format: coefficient },
  { name: 'Fleiss’ kappa', figure: (row) => row.fleissKappa, format: coefficient },
  { name: 'Bennett’s S', figure: (row) => row.bennettS, format: coefficient },
  { name: 'Krippendorff’s alpha', figure: (row) => row.krippendorffAlpha, format: coefficient },
  { name: 'Unitized alpha', figure: (row) => row.unitizedAlpha, format: coefficient },
];

export function AgreementTable({ caption, section, unitNoun }: { caption: string; section: AgreementSection; unitNoun: string }) {
  const columns = COLUMNS.filter((c) => section.rows.some((row) => c.figure(row) !== null));
  const warned = section.rows.filter((row) => row.warnings.length > 0);
  return (
    <div className="agreement-section">
      <table className="agreement-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Prevalence</th>
            {columns.map((c) => (
              <th key={c.name} scope="col">
                {c.name}
              </th>
            ))}
            <th scope="col">Units ({unitNoun})</th>
            <th scope="col">Characters (unitized)</th>
          </tr>
        </thead>
        <tbody>
          {section.rows.map((row) => (
            <tr key={row.codeId ?? 'all'}>
              <th scope="row">{row.label}</th>
              <td>{percent(row.prevalence)}</td>
              {columns.map((c) => {
                const figure = c.figure(row);
                return (
                  <td key={c.name}>
                    {figure ? c.format(figure.value) : ''}
                    {figure?.interval ? <span className="agreement-interval"> {intervalText(figure, c.format)}</span> : null}
                  </td>
                );
              })}
              <td>
                {row.percentAgreement.units.toLocaleString('en-US')}
                {/* The pooled row counts each code at each unit (segments are each one code's already). */}
                {row.codeId === null && unitNoun !== 'segments' ? <span className="agreement-interval"> codes × {unitNoun}</span> : null}
              </td>
              <td>{row.unitizedAlpha.units.toLocaleString('en-US')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {warned.length > 0 || section.notes.length > 0 ? (
        <ul className="agreement-warnings" aria-label={`Warnings: ${caption}`}>
          {section.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
          {warned.flatMap((row) =>
            row.warnings.map((warning) => (
              <li key={`${row.label}:${warning}`}>
                <strong>{row.label}:</strong> {warning}
              </li>
            )),
          )}
        </ul>
      ) : null}
    </div>
  );
}
