// Saving the query under a name, and loading or deleting a saved one. Saved queries are also rows
// Compare can show.
import { useState } from 'react';
import type { RetrieveQuery } from '../../../shared/retrieve/retrieveQuery';
import { savedQueryNameProblem } from '../../../shared/changes/savedQueryChanges';
import { sameRow } from '../../../shared/rowEquality';
import { useSavedQueries } from './useSavedQueries';
import { AnalysisProblem } from './AnalysisProblem';

export function SavedQueries({ query, onLoad }: { query: RetrieveQuery; onLoad(query: RetrieveQuery): void }) {
  const saved = useSavedQueries();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // The saved query a save would replace, held until the researcher confirms.
  const [replacing, setReplacing] = useState<string | null>(null);
  const store = async (as: string) => {
    setReplacing(null);
    if (!(await saved.save(as, query))) return;
    // What was saved is now the query shown: the list marks it, the exports carry its name.
    onLoad({ ...query, name: as.trim() });
    setName('');
  };
  const save = () => {
    const as = name || query.name;
    const wrong = query.codeIds.length === 0 ? 'Choose a code before saving the query.' : savedQueryNameProblem(as);
    setProblem(wrong);
    if (wrong) return;
    // Saving over another saved query loses it: only the one loaded is saved again without asking.
    const taken = saved.queries.find((entry) => sameName(entry.name, as));
    if (taken && !sameName(taken.name, query.name)) setReplacing(taken.name);
    else void store(as);
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
            onChange={(event) => {
              setName(event.target.value);
              setReplacing(null);
            }}
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
      {replacing !== null ? (
        <div className="analysis-inline" role="alert">
          <p>A saved query is already named “{replacing}”: replace it with this query?</p>
          <button type="button" onClick={() => void store(name || query.name)}>
            Replace “{replacing}”
          </button>
          <button type="button" onClick={() => setReplacing(null)}>
            Cancel
          </button>
        </div>
      ) : null}
      {saved.queries.length > 0 ? (
        <ul className="saved-queries" aria-label="Saved queries">
          {saved.queries.map((entry) => (
            <li key={entry.id}>
              <button type="button" onClick={() => onLoad(entry.query)} aria-current={(entry.name === query.name && sameRow(entry.query, query)) || undefined}>
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

/** Names of saved queries are unique with case ignored (savedQueryChanges.ts). */
function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}
