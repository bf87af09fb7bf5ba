// The code tree, on React Aria's Tree (a treegrid: keyboard and screen-reader behaviour, virtualised
// rows, drag and drop with its keyboard and screen-reader variant). Selection follows the focus.
// Arrows move, Right/Left open and close, Enter applies the code to the passage selected in the text,
// F2 renames, Delete (on macOS Cmd+Backspace) deletes; Alt+arrows move the code itself (up/down among
// its siblings, right into the code above it, left out of its parent). Dragging a row (or its handle)
// drops it before, after or on (into) another.
import { useLayoutEffect, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { Button, Collection, ListLayout, Tree, TreeItem, TreeItemContent, Virtualizer, useDragAndDrop, type Key } from 'react-aria-components';
import { ChevronDown, ChevronRight, GripVertical, MoreHorizontal } from 'lucide-react';
import type { CodeRecord } from '../../../shared/model';
import type { DropPosition, KeyboardMove } from '../../../shared/codebook/codebookEdits';
import type { CodeUsage } from '../../db/countTotals';
import { deleteRowKey, isDeleteRowKey } from '../../../shared/commands/rowKeys';
import { formatAccelerator } from '../../../shared/commands/shortcuts';
import { isMacPlatform } from '../../commands/textFields';
import type { TreeRow } from './treeRows';
import { useCodeUsage } from '../counts/useCodingCounts';
import { DrawnFigure } from '../../ui/DrawnFigure';
import { useAnnounce } from '../../ui/Announcer';
import './codeTree.css';

interface CodeTreeProps {
  /** Every row the search lets through, those inside closed codes too (the tree hides them itself). */
  rows: readonly TreeRow[];
  collapsed: ReadonlySet<string>;
  /** While searching, every branch with a match is open, whatever was closed before. */
  searching: boolean;
  selectedId: string | null;
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

/** A shown row and the shown rows under it: the shape React Aria's Tree renders. */
interface TreeNode {
  row: TreeRow;
  children: TreeNode[];
}

const DRAG_TYPE = 'application/x-framewise-code';
/** Fixed, so the virtualiser places rows without measuring them. */
const ROW_HEIGHT = 30;
const ALT_MOVES: Record<string, KeyboardMove> = { ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'in', ArrowLeft: 'out' };
const DROP_POSITIONS = { before: 'before', after: 'after', on: 'into' } as const;

/** The tree's keys, as described beside it (and read with it by a screen reader), on this platform. */
export function treeKeysHint(isMac: boolean): string {
  // A Mac's keyboard names Alt ⌥ (Option); its menus write keys as symbols.
  const alt = isMac ? '⌥' : 'Alt+';
  const deleteKey = formatAccelerator(deleteRowKey(isMac), isMac);
  return `${alt}↑/↓ reorder · ${alt}→ nest under the code above · ${alt}← move out · Enter apply · F2 rename · ${deleteKey === 'Delete' ? deleteKey : `${deleteKey} delete`}`;
}

/** The flat rows (in tree order, each knowing its parent) nested again. */
function nest(rows: readonly TreeRow[]): TreeNode[] {
  const top: TreeNode[] = [];
  const nodes = new Map<string, TreeNode>();
  for (const row of rows) {
    const node: TreeNode = { row, children: [] };
    nodes.set(row.code.id, node);
    const parent = row.parentId ? nodes.get(row.parentId) : undefined;
    (parent ? parent.children : top).push(node);
  }
  return top;
}

export function CodeTree(props: CodeTreeProps) {
  const { rows, collapsed, searching, selectedId, canMove, onSelect, onToggle, onApply, onMove, onDrop, onRename, onOpenEntry, onDelete } = props;
  const holder = useRef<HTMLDivElement>(null);
  const refocus = useRef<string | null>(null);
  const announce = useAnnounce();
  const items = useMemo(() => nest(rows), [rows]);
  const byId = useMemo(() => new Map(rows.map((row) => [row.code.id, row])), [rows]);
  const expandedKeys = useMemo(
    () => new Set(rows.filter((row) => row.childIds.length > 0 && (searching || !collapsed.has(row.code.id))).map((row) => row.code.id)),
    [rows, collapsed, searching],
  );

  // A moved row is put back in another place, which can take the focus away: give it back. Only
  // while the focus is still in the tree or was dropped, so a later render never pulls it back from
  // wherever the researcher went.
  useLayoutEffect(() => {
    const id = refocus.current;
    if (!id) return;
    refocus.current = null;
    const focus = document.activeElement;
    if (focus && focus !== document.body && !holder.current?.contains(focus)) return;
    holder.current?.querySelector<HTMLElement>(`[data-code-id="${CSS.escape(id)}"]`)?.focus();
  });

  // The rows a reader sees (those inside closed codes are not): the tree's height, given rather than
  // taken from its content, because the virtualiser draws only the rows that fit in that height.
  const shownCount = useMemo(() => {
    const shown = new Set<string>();
    for (const row of rows) if (!row.parentId || (shown.has(row.parentId) && expandedKeys.has(row.parentId))) shown.add(row.code.id);
    return shown.size;
  }, [rows, expandedKeys]);

  // React Aria's Tree passes no description on: the keys documented beside the tree describe it.
  useLayoutEffect(() => {
    holder.current?.querySelector('[role="treegrid"]')?.setAttribute('aria-describedby', 'code-tree-keys');
  });

  const { dragAndDropHooks } = useDragAndDrop<TreeNode>({
    isDisabled: !canMove,
    getItems: (keys) => [...keys].map((key) => ({ [DRAG_TYPE]: String(key), 'text/plain': byId.get(String(key))?.code.name ?? '' })),
    getAllowedDropOperations: () => ['move'],
    // Every drop is passed on, even into the code's own branch: the move then says why it cannot be.
    onMove(event) {
      const [dragged] = [...event.keys].map(String);
      const target = String(event.target.key);
      if (!dragged || dragged === target) return;
      refocus.current = dragged;
      onDrop(dragged, target, DROP_POSITIONS[event.target.dropPosition]);
    },
  });

  // Keys React Aria's tree has no meaning for, read before it sees them (Alt+arrows would otherwise
  // move the focus too).
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    const rowElement = (event.target as HTMLElement).closest<HTMLElement>('[data-code-id]');
    if (!rowElement || event.target !== rowElement) return;
    const row = byId.get(rowElement.dataset.codeId!);
    if (!row) return;
    const { code } = row;
    if (event.altKey && event.key.startsWith('Arrow')) {
      event.preventDefault();
      event.stopPropagation();
      const how = ALT_MOVES[event.key];
      if (!how) return;
      if (!canMove) {
        announce(`“${code.name}” was not moved: codes are not moved while a search hides some of them. Clear the search to move it.`);
        return;
      }
      refocus.current = code.id;
      onMove(code, how);
      return;
    }
    if (isDeleteRowKey(event, isMacPlatform())) {
      event.preventDefault();
      event.stopPropagation();
      onDelete(code);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const act = ({ Enter: onApply, F2: onRename } as Record<string, ((code: CodeRecord) => void) | undefined>)[event.key];
    if (!act) return;
    event.preventDefault();
    event.stopPropagation();
    act(code);
  };

  const onExpandedChange = (keys: Set<Key>) => {
    for (const row of rows) {
      if (row.childIds.length === 0) continue;
      const open = keys.has(row.code.id);
      if (open !== expandedKeys.has(row.code.id)) onToggle(row.code.id, open);
    }
  };

  return (
    <div ref={holder} className="code-tree-holder" onKeyDownCapture={onKeyDownCapture}>
      <Virtualizer layout={ListLayout} layoutOptions={{ rowHeight: ROW_HEIGHT }}>
        <Tree
          aria-label="Codes"
          aria-describedby="code-tree-keys"
          className="code-tree"
          style={{ height: shownCount * ROW_HEIGHT }}
          items={items}
          // The Tree keeps rendered rows until these change: without them a row would apply a code
          // with the handler (and so the passage) of the render that first drew it.
          dependencies={[onApply, onSelect, onOpenEntry, canMove]}
          selectionMode="single"
          selectionBehavior="replace"
          disallowEmptySelection
          selectedKeys={selectedId && byId.has(selectedId) ? [selectedId] : []}
          onSelectionChange={(keys) => {
            if (keys === 'all') return;
            const [id] = [...keys].map(String);
            if (id && id !== selectedId) onSelect(id);
          }}
          expandedKeys={expandedKeys}
          onExpandedChange={onExpandedChange}
          dragAndDropHooks={dragAndDropHooks}
        >
          {function renderNode(node: TreeNode) {
            return (
              <TreeItem
                key={node.row.code.id}
                id={node.row.code.id}
                textValue={node.row.code.name}
                data-code-id={node.row.code.id}
                className={`code-tree-row${node.row.match ? '' : ' context'}`}
              >
                <TreeItemContent>
                  {({ isExpanded, hasChildItems }) => (
                    <CodeRowContent row={node.row} open={hasChildItems ? isExpanded : undefined} canMove={canMove} onSelect={onSelect} onApply={onApply} onOpenEntry={onOpenEntry} />
                  )}
                </TreeItemContent>
                <Collection items={node.children}>{renderNode}</Collection>
              </TreeItem>
            );
          }}
        </Tree>
      </Virtualizer>
    </div>
  );
}

interface CodeRowContentProps {
  row: TreeRow;
  open: boolean | undefined;
  canMove: boolean;
  onSelect(id: string): void;
  onApply(code: CodeRecord): void;
  onOpenEntry(code: CodeRecord): void;
}

function CodeRowContent({ row, open, canMove, onSelect, onApply, onOpenEntry }: CodeRowContentProps) {
  const { code } = row;
  const anchor = useRef<HTMLSpanElement>(null);
  const describedBy = row.parentPath ? `code-place-${code.id} code-usage-${code.id}` : `code-usage-${code.id}`;
  // React Aria's TreeItem does not pass a description or key shortcut on to its row: set them on the
  // row itself, so the row says where the code sits and how much it is used (codes of one name under
  // different parents are told apart by ear, as by their place on screen), and which key applies it.
  useLayoutEffect(() => {
    const rowElement = anchor.current?.closest('[role="row"]');
    if (!rowElement) return;
    rowElement.setAttribute('aria-describedby', describedBy);
    if (row.key) rowElement.setAttribute('aria-keyshortcuts', String(row.key));
    else rowElement.removeAttribute('aria-keyshortcuts');
  });
  return (
    <div className="code-tree-line" style={{ paddingLeft: `${row.depth * 1.1}rem` }}>
      <span ref={anchor} hidden />
      {canMove ? (
        <Button slot="drag" className="code-drag" aria-label={`Move ${code.name}`}>
          <GripVertical size={12} aria-hidden="true" />
        </Button>
      ) : null}
      {open === undefined ? (
        <span className="twisty" aria-hidden="true" />
      ) : (
        <Button slot="chevron" className="twisty">
          {open ? <ChevronDown size={14} aria-hidden="true" /> : <ChevronRight size={14} aria-hidden="true" />}
        </Button>
      )}
      {/* Plain buttons out of the tab order (the row is the tree's one tab stop, Enter applies); a
          pointer press on them is kept from the row, so a click applies without starting a drag. */}
      <button
        type="button"
        tabIndex={-1}
        className="code-button"
        aria-label={`Apply ${code.name}`}
        aria-describedby={row.parentPath ? `code-place-${code.id} code-def-${code.id}` : `code-def-${code.id}`}
        aria-keyshortcuts={row.key ? String(row.key) : undefined}
        onPointerDown={keepFromRow}
        onClick={() => {
          onSelect(code.id);
          onApply(code);
        }}
      >
        <span className="swatch" style={{ backgroundColor: code.color }} aria-hidden="true" />
        <span className="code-name">{code.name}</span>
        {row.key ? <DrawnFigure as="kbd" figure={String(row.key)} /> : null}
      </button>
      <CodeUsageBadge codeId={code.id} />
      <button type="button" tabIndex={-1} className="code-entry-button" aria-label={`Codebook entry for ${code.name}`} title="Codebook entry: definition, criteria, example" onPointerDown={keepFromRow} onClick={() => onOpenEntry(code)}>
        <MoreHorizontal size={14} aria-hidden="true" />
      </button>
      <span id={`code-def-${code.id}`} className="visually-hidden">
        {code.definition}
      </span>
      {row.parentPath ? (
        <span id={`code-place-${code.id}`} className="visually-hidden">
          in {row.parentPath},
        </span>
      ) : null}
    </div>
  );
}

const keepFromRow = (event: PointerEvent<HTMLButtonElement>) => event.stopPropagation();

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
