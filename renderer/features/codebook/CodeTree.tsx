// The code tree (WAI-ARIA tree pattern, flat: each row says its level). One row takes Tab (roving
// tabindex) and selection follows focus. Arrows move, Right/Left open and close, Enter applies the
// code to the passage selected in the text, F2 renames, Delete deletes; Alt+arrows move the code
// itself (up/down among its siblings, right into the code above it, left out of its parent). The
// mouse drags a code before, after or into another.
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { CodeRecord } from '../../../shared/model';
import type { DropPosition, KeyboardMove } from '../../../shared/codebook/codebookEdits';
import type { CodeUsage } from '../../db/codingCounts';
import type { TreeRow } from './treeRows';
import { useCodeUsage } from '../counts/useCodingCounts';
import { DrawnFigure } from '../../ui/DrawnFigure';

interface CodeTreeProps {
  rows: readonly TreeRow[];
  selectedId: string | null;
  collapsed: ReadonlySet<string>;
  /** False while searching: moving codes in a filtered tree would be moving them blind. */
  canMove: boolean;
  onSelect(id: string): void;
  onToggle(id: string, open: boolean): void;
  onApply(code: CodeRecord): void;
  onMove(code: CodeRecord, how: KeyboardMove): void;
  onDrop(draggedId: string, targetId: string, position: DropPosition): void;
  onRename(code: CodeRecord): void;
  /** Opens the code's codebook entry (definition, criteria) below the tree. */
  onOpenEntry(code: CodeRecord): void;
  onDelete(code: CodeRecord): void;
}

const DRAG_TYPE = 'application/x-framewise-code';
export const TREE_KEYS_HINT = 'Alt+↑/↓ reorder · Alt+→ nest under the code above · Alt+← move out · Enter apply · F2 rename · Delete';

export function CodeTree(props: CodeTreeProps) {
  const { rows, selectedId, collapsed, canMove, onSelect, onToggle, onApply, onMove, onDrop, onRename, onOpenEntry, onDelete } = props;
  const list = useRef<HTMLUListElement>(null);
  const refocus = useRef<string | null>(null);
  const [dropAt, setDropAt] = useState<{ id: string; position: DropPosition } | null>(null);
  const dragged = useRef<string | null>(null);
  const tabStop = rows.some((r) => r.code.id === selectedId) ? selectedId : (rows[0]?.code.id ?? null);

  // A moved row is re-inserted in the DOM, which takes the focus away: give it back. Only while the
  // focus is still in the tree or was dropped: a move that did nothing leaves no re-render to consume
  // the request, and a later render must not pull the focus back from wherever the researcher went.
  useEffect(() => {
    const id = refocus.current;
    if (!id) return;
    refocus.current = null;
    const focus = document.activeElement;
    if (focus && focus !== document.body && !list.current?.contains(focus)) return;
    list.current?.querySelector<HTMLElement>(`[data-code-id="${CSS.escape(id)}"]`)?.focus();
  });

  const focusRow = (id: string | undefined) => {
    if (!id) return;
    onSelect(id);
    list.current?.querySelector<HTMLElement>(`[data-code-id="${CSS.escape(id)}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, row: TreeRow, at: number) => {
    if (event.target !== event.currentTarget) return;
    const { code } = row;
    const open = row.childIds.length > 0 && !collapsed.has(code.id);
    if (event.altKey && event.key.startsWith('Arrow')) {
      event.preventDefault();
      if (!canMove) return;
      const how = ({ ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'in', ArrowLeft: 'out' } as const)[event.key as 'ArrowUp'];
      if (!how) return;
      refocus.current = code.id;
      onMove(code, how);
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        focusRow(rows[at + 1]?.code.id);
        break;
      case 'ArrowUp':
        focusRow(rows[at - 1]?.code.id);
        break;
      case 'Home':
        focusRow(rows[0]?.code.id);
        break;
      case 'End':
        focusRow(rows.at(-1)?.code.id);
        break;
      case 'ArrowRight':
        if (row.childIds.length === 0) break;
        if (open) focusRow(rows[at + 1]?.code.id);
        else onToggle(code.id, true);
        break;
      case 'ArrowLeft':
        if (open) onToggle(code.id, false);
        else if (row.parentId) focusRow(row.parentId);
        break;
      case 'Enter':
        onApply(code);
        break;
      case 'F2':
        onRename(code);
        break;
      case 'Delete':
        onDelete(code);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const positionIn = (event: DragEvent<HTMLElement>): DropPosition => {
    const rect = event.currentTarget.getBoundingClientRect();
    const y = (event.clientY - rect.top) / rect.height;
    return y < 0.3 ? 'before' : y > 0.7 ? 'after' : 'into';
  };

  return (
    <ul ref={list} role="tree" aria-label="Codes" aria-describedby="code-tree-keys" className="code-tree">
      {rows.map((row, at) => {
        const { code } = row;
        const open = row.childIds.length > 0 ? !collapsed.has(code.id) : undefined;
        const drop = dropAt?.id === code.id ? dropAt.position : null;
        return (
          <li
            key={code.id}
            data-code-id={code.id}
            role="treeitem"
            aria-label={code.name}
            aria-level={row.depth + 1}
            aria-posinset={row.position}
            aria-setsize={row.siblings}
            aria-expanded={open}
            aria-selected={code.id === selectedId}
            // Where the code sits, then how much it is used: codes of one name under different
            // parents are told apart by ear, as by their place on screen.
            aria-describedby={row.parentPath ? `code-place-${code.id} code-usage-${code.id}` : `code-usage-${code.id}`}
            aria-keyshortcuts={row.key ? String(row.key) : undefined}
            tabIndex={code.id === tabStop ? 0 : -1}
            className={`code-tree-row${row.match ? '' : ' context'}${drop ? ` drop-${drop}` : ''}`}
            draggable={canMove}
            onKeyDown={(event) => onKeyDown(event, row, at)}
            onFocus={(event) => {
              if (event.target === event.currentTarget && code.id !== selectedId) onSelect(code.id);
            }}
            onClick={() => onSelect(code.id)}
            onDragStart={(event) => {
              dragged.current = code.id;
              event.dataTransfer.setData(DRAG_TYPE, code.id);
              event.dataTransfer.effectAllowed = 'move';
            }}
            onDragEnd={() => {
              dragged.current = null;
              setDropAt(null);
            }}
            onDragOver={(event) => {
              if (!dragged.current || dragged.current === code.id) return;
              event.preventDefault();
              event.stopPropagation();
              event.dataTransfer.dropEffect = 'move';
              const position = positionIn(event);
              if (drop !== position) setDropAt({ id: code.id, position });
            }}
            onDragLeave={() => setDropAt((current) => (current?.id === code.id ? null : current))}
            onDrop={(event) => {
              const id = event.dataTransfer.getData(DRAG_TYPE) || dragged.current;
              // Not a file: keep the window's drop-to-import away from it.
              event.preventDefault();
              event.stopPropagation();
              setDropAt(null);
              if (id && id !== code.id) onDrop(id, code.id, positionIn(event));
            }}
          >
            <div className="code-tree-line" style={{ paddingLeft: `${row.depth * 1.1}rem` }}>
              <span
                className="twisty"
                aria-hidden="true"
                onClick={(event) => {
                  event.stopPropagation();
                  if (open !== undefined) onToggle(code.id, !open);
                }}
              >
                {open === undefined ? '' : open ? '▾' : '▸'}
              </span>
              <button
                type="button"
                tabIndex={-1}
                className="code-button"
                aria-label={`Apply ${code.name}`}
                aria-describedby={row.parentPath ? `code-place-${code.id} code-def-${code.id}` : `code-def-${code.id}`}
                aria-keyshortcuts={row.key ? String(row.key) : undefined}
                onClick={(event) => {
                  event.stopPropagation();
                  onSelect(code.id);
                  onApply(code);
                }}
              >
                <span className="swatch" style={{ backgroundColor: code.color }} aria-hidden="true" />
                <span className="code-name">{code.name}</span>
                {row.key ? <DrawnFigure as="kbd" figure={String(row.key)} /> : null}
              </button>
              <CodeUsageBadge codeId={code.id} />
              <button
                type="button"
                tabIndex={-1}
                className="code-entry-button"
                aria-label={`Codebook entry for ${code.name}`}
                title="Codebook entry: definition, criteria, example"
                onClick={(event) => {
                  event.stopPropagation();
                  onOpenEntry(code);
                }}
              >
                ⋯
              </button>
            </div>
            <span id={`code-def-${code.id}`} className="visually-hidden">
              {code.definition}
            </span>
            {row.parentPath ? (
              <span id={`code-place-${code.id}`} className="visually-hidden">
                in {row.parentPath},
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** "12 · 3 docs": the code's codings and documents, counted for this row alone (see useCodeUsage). */
function CodeUsageBadge({ codeId }: { codeId: string }) {
  const used = useCodeUsage(codeId);
  return (
    <span className="code-usage" id={`code-usage-${codeId}`} title={usageText(used)}>
      <DrawnFigure figure={used?.codings ? `${used.codings} · ${used.documents} doc${used.documents === 1 ? '' : 's'}` : '0'} />
      <span className="visually-hidden">{usageText(used)}</span>
    </span>
  );
}

export function usageText(used: CodeUsage | undefined): string {
  if (!used?.codings) return 'No codings';
  return `${used.codings} coding${used.codings === 1 ? '' : 's'} in ${used.documents} document${used.documents === 1 ? '' : 's'}`;
}
