// The code side of a Retrieve query: the codes retrieved (any of them, OR; or where all overlap, AND),
// codes whose passages are left out (NOT), codes the passages must lie near (within N paragraphs),
// and the coders whose codings count.
import type { CoderRecord } from '../../../shared/model';
import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex';
import type { RetrieveQuery } from '../../../shared/retrieve/retrieveQuery';
import { toggled } from './toggled';

interface Props {
  query: RetrieveQuery;
  onChange(query: RetrieveQuery): void;
  index: AnalysisIndex;
}

export function QueryFields({ query, onChange, index }: Props) {
  const near = query.near;
  return (
    <>
      <CodeChoices legend="Codes" index={index} chosen={query.codeIds} onToggle={(id) => onChange({ ...query, codeIds: toggled(query.codeIds, id) })} />
      <fieldset className="analysis-choices analysis-inline">
        <legend>Passages with</legend>
        <label>
          <input type="radio" name="retrieve-match" checked={query.match === 'any'} onChange={() => onChange({ ...query, match: 'any' })} />
          any of the codes (OR)
        </label>
        <label>
          <input type="radio" name="retrieve-match" checked={query.match === 'all'} onChange={() => onChange({ ...query, match: 'all' })} />
          all the codes at once (AND)
        </label>
        <label>
          <input type="checkbox" checked={query.withSubcodes} onChange={(event) => onChange({ ...query, withSubcodes: event.target.checked })} />
          Include subcodes
        </label>
      </fieldset>
      <details className="analysis-details" open={query.excludeCodeIds.length > 0 || undefined}>
        <summary>Leave out (NOT){query.excludeCodeIds.length > 0 ? ` · ${query.excludeCodeIds.length}` : ''}</summary>
        <CodeChoices legend="Leave out passages that overlap" index={index} chosen={query.excludeCodeIds} onToggle={(id) => onChange({ ...query, excludeCodeIds: toggled(query.excludeCodeIds, id) })} />
      </details>
      <details className="analysis-details" open={near !== null || undefined}>
        <summary>Near{near ? ` · ${near.codeIds.length}` : ''}</summary>
        <CodeChoices
          legend="Only passages near"
          index={index}
          chosen={near?.codeIds ?? []}
          onToggle={(id) => {
            const codeIds = toggled(near?.codeIds ?? [], id);
            onChange({ ...query, near: codeIds.length > 0 ? { codeIds, paragraphs: near?.paragraphs ?? 1 } : null });
          }}
        />
        <label className="analysis-field">
          Within paragraphs
          <input
            type="number"
            min={0}
            max={99}
            value={near?.paragraphs ?? 1}
            disabled={!near}
            onChange={(event) => near && onChange({ ...query, near: { ...near, paragraphs: Math.max(0, Math.floor(Number(event.target.value) || 0)) } })}
          />
        </label>
      </details>
      <CoderChoices coders={index.rows.coders} chosen={query.coderIds} onChange={(coderIds) => onChange({ ...query, coderIds })} />
    </>
  );
}

export function CodeChoices({ legend, index, chosen, onToggle }: { legend: string; index: AnalysisIndex; chosen: readonly string[]; onToggle(id: string): void }) {
  // A code a saved query still names after it was deleted or merged away: shown, so it can be taken out.
  const gone = chosen.filter((id) => !index.codesById.has(id));
  return (
    <fieldset className="analysis-choices analysis-codes">
      <legend>{legend}</legend>
      {index.codeOrder.length === 0 ? <p className="analysis-muted">The codebook is empty.</p> : null}
      {index.codeOrder.map((id) => (
        <label key={id} style={{ paddingInlineStart: `${(index.treeDepth.get(id) ?? 0) * 1.25}rem` }}>
          <input type="checkbox" checked={chosen.includes(id)} onChange={() => onToggle(id)} />
          {index.codesById.get(id)?.name}
        </label>
      ))}
      {gone.map((id) => (
        <label key={id}>
          <input type="checkbox" checked onChange={() => onToggle(id)} />
          (deleted code)
        </label>
      ))}
    </fieldset>
  );
}

export function CoderChoices({ coders, chosen, onChange }: { coders: readonly CoderRecord[]; chosen: readonly string[]; onChange(ids: string[]): void }) {
  // A coder the query names who is not shown (hidden in the coder view, or from another project):
  // listed, so the filter that empties the result is in view and can be taken out.
  const gone = chosen.filter((id) => !coders.some((coder) => coder.id === id));
  if (coders.length < 2 && gone.length === 0) return null;
  return (
    <fieldset className="analysis-choices">
      <legend>Coders (none ticked: all)</legend>
      {coders.map((coder) => (
        <label key={coder.id}>
          <input type="checkbox" checked={chosen.includes(coder.id)} onChange={() => onChange(toggled(chosen, coder.id))} />
          {coder.name}
        </label>
      ))}
      {gone.map((id) => (
        <label key={id}>
          <input type="checkbox" checked onChange={() => onChange(chosen.filter((c) => c !== id))} />
          (coder not shown)
        </label>
      ))}
    </fieldset>
  );
}
