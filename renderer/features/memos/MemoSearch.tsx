// Searching every memo of the project; each match names its target and opens it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useId, useState } from 'react';
import type { CoderRecord, MemoRecord } from '../../../shared/model';
import { listMemos, matchMemos } from '../../db/memos';
import { useProject } from '../projects/ProjectContext';
import { useCoderView } from '../coders/CoderViewContext';
import { excerpt } from '../../../shared/text/excerpt';
import { describeTarget } from './memoTargets';

const MAX_RESULTS = 50;

interface MemoSearchProps {
  codersById: ReadonlyMap<string, CoderRecord>;
  onOpen(memo: MemoRecord): void;
}

export function MemoSearch({ codersById, onOpen }: MemoSearchProps) {
  const { db } = useProject();
  const { isVisible } = useCoderView();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const resultsId = useId();
  const found = useLiveQuery(async () => {
    if (!deferred) return null;
    const memos = matchMemos((await listMemos(db)).filter((m) => isVisible(m.coderId)), deferred);
    const shown = memos.slice(0, MAX_RESULTS);
    // The names of the targets, looked up for the shown results only.
    const docIds = new Set<string>();
    const codingIds = shown.filter((m) => m.targetType === 'coding').map((m) => m.targetId);
    const codings = new Map((await db.codings.bulkGet(codingIds)).flatMap((c) => (c ? [[c.id, c] as const] : [])));
    for (const memo of shown) if (memo.targetType === 'document') docIds.add(memo.targetId);
    for (const coding of codings.values()) docIds.add(coding.docId);
    const titles = new Map((await db.documents.bulkGet([...docIds])).flatMap((d) => (d ? [[d.id, d.title] as const] : [])));
    const codes = new Map((await db.codes.toArray()).map((c) => [c.id, c]));
    const names = { documentTitle: (id: string) => titles.get(id), code: (id: string) => codes.get(id), coding: (id: string) => codings.get(id) };
    return {
      total: memos.length,
      results: shown.map((memo) => {
        const coding = memo.targetType === 'coding' ? codings.get(memo.targetId) : undefined;
        const where = coding ? ` in “${titles.get(coding.docId) ?? 'deleted document'}”` : '';
        return { memo, target: `${describeTarget(memo, names)}${where}` };
      }),
    };
  }, [db, deferred, isVisible]);

  // One status region, there from the start (and empty, taking no room, until a search): a live region
  // added with its words already in it is not reliably spoken, so the count is put into this one.
  const said =
    !found ? ''
    : found.results.length === 0 ? `No memo contains “${deferred}”.`
    : `${found.total === 1 ? '1 memo' : `${found.total} memos`} found${found.total > MAX_RESULTS ? `, the ${MAX_RESULTS} most recent shown` : ''}.`;
  return (
    <div className="memo-search">
      <input type="search" aria-label="Search memos" placeholder="Search memos" value={query} onChange={(event) => setQuery(event.target.value)} aria-controls={resultsId} />
      <div id={resultsId}>
        <div role="status">{said ? <p className="hint">{said}</p> : null}</div>
        {found && found.results.length > 0 ? (
          <ul className="memo-results" aria-label="Memos found">
            {found.results.map(({ memo, target }) => (
              <li key={memo.id}>
                <button type="button" onClick={() => onOpen(memo)}>
                  <span className="memo-result-target">Memo on {target}</span>
                  <span className="meta">
                    {' '}
                    by {codersById.get(memo.coderId)?.name ?? 'unknown coder'}: “{excerpt(memo.text, 80)}”
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
