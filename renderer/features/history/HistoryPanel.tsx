// The audit trail beside the document: every change to the open document (its codings, attributes and
// memos) or to a chosen code, who made it and when, undo and redo included. Under blind mode, other
// coders' entries are hidden like their codings: a label such as "Code “claim” applied" gives them away.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CodeRecord, CoderRecord } from '../../../shared/model';
import { useAuditTrail } from './useAuditTrail';
import type { OperationRecord } from '../../db/operationRecord';
import { useProject } from '../projects/ProjectContext';
import { useCoderView } from '../coders/CoderViewContext';
import { SelectField } from '../../ui/SelectField';
import { codeOfSubject, DOCUMENT_SUBJECT, subjectOptions } from './historySubjects';

const PAGE = 50;
const KIND_PREFIX: Record<OperationRecord['kind'], string> = { change: '', undo: 'Undo: ', redo: 'Redo: ', irreversible: '' };

interface HistoryPanelProps {
  docId: string;
  codes: readonly CodeRecord[];
  coders: readonly CoderRecord[];
}

export function HistoryPanel({ docId, codes, coders }: HistoryPanelProps) {
  const { db } = useProject();
  const {
    isVisible,
    visibility: { blind },
  } = useCoderView();
  const [expanded, setExpanded] = useState(false);
  const [subject, setSubject] = useState(DOCUMENT_SUBJECT);
  const [shown, setShown] = useState(PAGE);
  // "Show older changes" goes away once all are shown, taking the focus with it: the focus moves to
  // the first change it brought, where reading on continues.
  const listRef = useRef<HTMLOListElement>(null);
  const [focusAt, setFocusAt] = useState<number | null>(null);
  useEffect(() => {
    if (focusAt === null) return;
    (listRef.current?.children[focusAt] as HTMLElement | undefined)?.focus();
    setFocusAt(null);
  }, [focusAt]);
  const headingId = useId();
  const listId = useId();
  const codeId = codeOfSubject(subject);
  const operations = useAuditTrail(db, !expanded ? null : codeId ? { codeId } : { docId });
  const coderNames = useMemo(() => new Map(coders.map((c) => [c.id, c.name])), [coders]);
  const visible = (operations ?? []).filter((op) => isVisible(op.coderId));
  const hiddenCount = (operations?.length ?? 0) - visible.length;

  return (
    <section className="panel history-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <button type="button" className="disclosure" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded(!expanded)}>
          History
        </button>
      </h2>
      {expanded ? (
        <div id={listId}>
          <SelectField
            label="Changes to"
            layout="inline"
            value={subject}
            options={subjectOptions(codes, codeId, operations)}
            onChange={(next) => {
              setSubject(next);
              setShown(PAGE);
            }}
          />
          {operations === undefined ? null : visible.length === 0 ? (
            <p className="hint">No changes yet.</p>
          ) : (
            <ol ref={listRef} className="history-list" aria-label={codeId ? 'Changes to the code' : 'Changes to this document'}>
              {visible.slice(0, shown).map((op) => (
                <li key={op.id} tabIndex={-1}>
                  <span>
                    {KIND_PREFIX[op.kind]}
                    {op.label}
                  </span>
                  <span className="meta">
                    {' '}
                    by {coderNames.get(op.coderId) ?? 'unknown coder'}, <time dateTime={op.at}>{formatWhen(op.at)}</time>
                  </span>
                </li>
              ))}
            </ol>
          )}
          {visible.length > shown ? (
            <button
              type="button"
              onClick={() => {
                setShown(shown + PAGE);
                setFocusAt(shown);
              }}
            >
              Show older changes
            </button>
          ) : null}
          {hiddenCount > 0 ? (
            <p className="hint">
              {/* In blind mode not even how many: another coder's pace and the codes they touch are theirs. */}
              {blind ? 'Other coders’ changes are hidden (blind mode).' : hiddenCount === 1 ? '1 change by a coder you hid is not shown.' : `${hiddenCount} changes by coders you hid are not shown.`}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
