// The other coders' memos on the same target, read-only beneath one's own; hidden like their codings
// when they are hidden or in blind mode.
import { useLiveQuery } from 'dexie-react-hooks';
import type { CoderRecord } from '../../../shared/model';
import type { MemoTarget } from '../../../shared/changes/memoChanges';
import { memosOn } from '../../db/memos';
import { useProject } from '../projects/ProjectContext';
import { useCoderView } from '../coders/CoderViewContext';

export function OtherCodersMemos({ target, codersById }: { target: MemoTarget; codersById: ReadonlyMap<string, CoderRecord> }) {
  const { db, coder } = useProject();
  const { isVisible } = useCoderView();
  const memos = useLiveQuery(() => memosOn(db, target), [db, target.targetType, target.targetId]) ?? [];
  const others = memos.filter((memo) => memo.coderId !== coder.id && isVisible(memo.coderId));
  if (others.length === 0) return null;
  return (
    <ul className="other-memos" aria-label="Other coders’ memos">
      {others.map((memo) => (
        <li key={memo.id}>
          <p className="meta">
            {codersById.get(memo.coderId)?.name ?? 'Unknown coder'}, <time dateTime={memo.updatedAt}>{new Date(memo.updatedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</time>
          </p>
          <p className="memo-plain">{memo.text}</p>
        </li>
      ))}
    </ul>
  );
}
