// Saving the query under a name, and loading or deleting a saved one. Saved queries are also rows
// Compare can show.
import { useState } from 'react';
import type { RetrieveQuery } from '../../../shared/retrieve/retrieveQuery';
import { savedQueryNameProblem } from '../../../shared/changes/savedQueryChanges';
import { useSavedQueries } from './useSavedQueries';
import { AnalysisProblem } from './AnalysisProblem';

export function SavedQueries({ query, onLoad }: { query: RetrieveQuery; onLoad(query: RetrieveQuery): void }) {
  const saved = useSavedQueries();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = () => {
    const wrong = query.codeIds.length === 0 ? 'Choose a code before saving the query.' : savedQueryNameProblem(name || query.name);
    setProblem(wrong);
    if (!wrong) void saved.save(name || query.name, query);
  };
  return (
    <fieldset className="analysis-fieldset">
      <legend>Saved queries</legend>
      <div className="analysis-inline analysis-save">
        <label className="analysis-field">
          Name
          <input
            type="text"
            value={name}
            placeholder={query.name || 'criticism, right and left'}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                save();
              }
            }}
            aria-invalid={problem !== null || undefined}
          />
        </label>
        <button type="button" onClick={save}>
          Save query
        </button>
      </div>
      <AnalysisProblem message={problem} />
      {saved.queries.length > 0 ? (
        <ul className="saved-queries" aria-label="Saved queries">
          {saved.queries.map((entry) => (
            <li key={entry.id}>
              <button type="button" onClick={() => onLoad(entry.query)} aria-current={entry.name === query.name || undefined}>
                {entry.name}
              </button>
              <button type="button" aria-label={`Delete the saved query ${entry.name}`} onClick={() => void saved.remove(entry)}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {saved.problems.map((text) => (
        <p key={text} className="analysis-problem">
          {text}
        </p>
      ))}
    </fieldset>
  );
}
