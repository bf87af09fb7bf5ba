// The codebook beside the document: search, the code tree (apply, nest, reorder, drag), the selected
// code's details, and the codebook's commands (new code, import and export as CSV). Every change is
// one undoable operation; the only dialogs are the confirmations of a delete and a merge.
import { useCallback, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { CodeRecord } from '../../../shared/model';
import { childrenOf, treeParentOf } from '../../../shared/codebook/codeTree';
import { dropPlacement, type DropPosition, type KeyboardMove } from '../../../shared/codebook/codebookEdits';
import { useProject } from '../projects/ProjectContext';
import { MenuButton } from '../../ui/MenuButton';
import { isMacPlatform } from '../../commands/textFields';
import { CodeTree, treeKeysHint } from './CodeTree';
import { CodeDetails } from './CodeDetails';
import { DeleteCodeDialog } from './DeleteCodeDialog';
import { MergeCodeDialog } from './MergeCodeDialog';
import { rowAfterDeleting, treeRows } from './treeRows';
import { useCodebookActions } from './useCodebookActions';
import type { CodebookImportOutcome } from './codebookTransfer';

interface CodebookPanelProps {
  /** In tree order. */
  codes: readonly CodeRecord[];
  onApply(code: CodeRecord): void;
}

/** How many frames focusCode waits for a row to be drawn after the tree comes back into view. */
const ROW_DRAW_FRAMES = 10;
const NOTHING_CLOSED: ReadonlySet<string> = new Set();

type Creating = { parentId: string | null; index?: number };

export function CodebookPanel({ codes, onApply }: CodebookPanelProps) {
  const { db } = useProject();
  const actions = useCodebookActions();
  const [search, setSearch] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState<Creating | null>(null);
  const [dialog, setDialog] = useState<{ kind: 'delete' | 'merge'; code: CodeRecord } | null>(null);
  const [renameTick, setRenameTick] = useState(0);
  // The entry's fields are long: open on request (F2, or its summary), so that coding keeps the room.
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [report, setReport] = useState<CodebookImportOutcome | null>(null);
  const treeRef = useRef<HTMLDivElement>(null);
  const newCodeRef = useRef<HTMLButtonElement>(null);

  // What is shown (for the focus after a delete), and what the tree holds: closed codes' children
  // too, so a closed code still says it can open.
  const rows = useMemo(() => treeRows(codes, collapsed, search), [codes, collapsed, search]);
  const allRows = useMemo(() => treeRows(codes, NOTHING_CLOSED, search), [codes, search]);
  const selected = codes.find((c) => c.id === selectedId) ?? null;

  const focusCode = useCallback((id: string) => {
    setSelectedId(id);
    // The tree is virtualised: scrolled out of view (a long entry open below it), it draws no rows.
    // Bring it back into view, then focus the row once its virtualiser has drawn it (a few frames).
    requestAnimationFrame(() => treeRef.current?.scrollIntoView({ block: 'nearest' }));
    const focusWhenDrawn = (framesLeft: number) => {
      const row = treeRef.current?.querySelector<HTMLElement>(`[data-code-id="${CSS.escape(id)}"]`);
      if (row) row.focus();
      else if (framesLeft > 0) requestAnimationFrame(() => focusWhenDrawn(framesLeft - 1));
    };
    requestAnimationFrame(() => focusWhenDrawn(ROW_DRAW_FRAMES));
  }, []);

  const toggle = useCallback((id: string, open: boolean) => {
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (open) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const startCreating = (asChild: boolean) => {
    if (asChild && selected) {
      toggle(selected.id, true);
      setCreating({ parentId: selected.id });
    } else if (selected) {
      const parentId = treeParentOf(codes, selected.id);
      setCreating({ parentId, index: childrenOf(codes, parentId).findIndex((c) => c.id === selected.id) + 1 });
    } else {
      setCreating({ parentId: null });
    }
  };

  const create = async (name: string) => {
    if (!creating) return;
    const code = await actions.create({ name, ...creating });
    if (!code) return;
    setCreating(null);
    setSearch('');
    focusCode(code.id);
  };

  const move = (code: CodeRecord, how: KeyboardMove) =>
    // Nested into a closed code, the moved code would vanish with the focus on it: open its new parent.
    void actions.keyboardMove(code, how).then((moved) => moved?.parent && toggle(moved.parent.id, true));
  const drop = (draggedId: string, targetId: string, position: DropPosition) => {
    const code = codes.find((c) => c.id === draggedId);
    if (!code) return;
    if (position === 'into') toggle(targetId, true);
    void actions.move(code, dropPlacement(codes, draggedId, targetId, position));
  };

  const parentName = creating?.parentId ? codes.find((c) => c.id === creating.parentId)?.name : null;

  return (
    <section className="panel codebook" aria-labelledby="codes-heading">
      <div className="codebook-header">
        <h2 id="codes-heading">Codes</h2>
        <button type="button" ref={newCodeRef} onClick={() => startCreating(false)}>
          New code
        </button>
        <MenuButton
          label="Codebook"
          items={[
            { label: 'Export codebook (CSV)…', onSelect: () => void actions.exportCsv() },
            { label: 'Import codebook (CSV)…', onSelect: () => void actions.importCsv().then((outcome) => setReport(outcome?.problems.length ? outcome : null)) },
          ]}
        />
      </div>
      <input type="search" className="codebook-search" aria-label="Search codes" placeholder="Search codes" value={search} onChange={(event) => setSearch(event.target.value)} />
      {creating ? (
        <NewCodeForm
          label={parentName ? `Name of the new subcode of “${parentName}”` : 'Name of the new code'}
          onCreate={create}
          onCancel={() => {
            setCreating(null);
            // The form goes with the focus in it: back to the code it was opened from, or to New code.
            if (selected) focusCode(selected.id);
            else newCodeRef.current?.focus();
          }}
        />
      ) : null}
      {report ? <ImportReport outcome={report} onDismiss={() => setReport(null)} /> : null}
      <div ref={treeRef}>
        {rows.length === 0 ? (
          <p className="hint">{search ? `No code matches “${search}”.` : 'No codes yet: create one with New code.'}</p>
        ) : (
          <CodeTree
            rows={allRows}
            collapsed={collapsed}
            searching={search !== ''}
            selectedId={selectedId}
            canMove={!search}
            onSelect={setSelectedId}
            onToggle={toggle}
            onApply={onApply}
            onMove={move}
            onDrop={drop}
            onRename={(code) => {
              setSelectedId(code.id);
              setDetailsOpen(true);
              setRenameTick((n) => n + 1);
            }}
            onOpenEntry={(code) => {
              setSelectedId(code.id);
              setDetailsOpen(true);
            }}
            onDelete={(code) => setDialog({ kind: 'delete', code })}
          />
        )}
      </div>
      <p className="meta tree-keys" id="code-tree-keys">
        {search ? 'Clear the search to move codes. ' : ''}
        {treeKeysHint(isMacPlatform())}
      </p>
      {selected ? (
        <details className="code-details-box" open={detailsOpen} onToggle={(event) => setDetailsOpen(event.currentTarget.open)}>
          <summary>
            <span className="swatch" style={{ backgroundColor: selected.color }} aria-hidden="true" />
            Codebook entry: {selected.name}
          </summary>
          <CodeDetails
            code={selected}
            focusName={renameTick}
            onRenameDone={() => focusCode(selected.id)}
            onSave={async (patch) => (await actions.update(selected, patch)) === true}
            onNewSubcode={() => startCreating(true)}
            onMerge={() => setDialog({ kind: 'merge', code: selected })}
            onDelete={() => setDialog({ kind: 'delete', code: selected })}
          />
        </details>
      ) : null}
      {dialog?.kind === 'delete' ? (
        <DeleteCodeDialog
          db={db}
          code={dialog.code}
          onClose={() => setDialog(null)}
          onConfirm={() => {
            const gone = dialog.code;
            const neighbour = rowAfterDeleting(rows, gone.id);
            void actions.remove(gone).then((done) => {
              if (!done) return;
              // The focus was on the deleted row (or in its entry): it goes to the row taking its place.
              if (neighbour) focusCode(neighbour);
              else {
                setSelectedId(null);
                requestAnimationFrame(() => newCodeRef.current?.focus());
              }
            });
          }}
        />
      ) : null}
      {dialog?.kind === 'merge' ? (
        <MergeCodeDialog
          code={dialog.code}
          codes={codes}
          onClose={() => setDialog(null)}
          onConfirm={(target) => {
            void actions.merge(dialog.code, target).then((result) => result && focusCode(target.id));
          }}
        />
      ) : null}
    </section>
  );
}


function NewCodeForm({ label, onCreate, onCancel }: { label: string; onCreate(name: string): void; onCancel(): void }) {
  const id = useId();
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCreate(name);
  };
  return (
    <form className="new-code" onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <div className="new-code-row">
        <input
          id={id}
          autoFocus
          value={name}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              onCancel();
            }
          }}
        />
        <button type="submit">Create</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ImportReport({ outcome, onDismiss }: { outcome: CodebookImportOutcome; onDismiss(): void }) {
  return (
    <section className="codebook-import-report" role="region" aria-label="Codebook import report">
      <p>
        From “{outcome.fileName}”: {outcome.created} new, {outcome.updated} updated, {outcome.unchanged} unchanged. Rows with problems (each says whether it was skipped):
      </p>
      <ul>
        {outcome.problems.map((problem) => (
          <li key={`${problem.row}-${problem.message}`}>
            Row {problem.row}: {problem.message}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
