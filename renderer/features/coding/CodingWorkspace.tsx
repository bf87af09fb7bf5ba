// The coding screen for one document: the text with its highlights, and beside it the codes, the
// codes at the cursor and the list of coded passages.
import { useCallback, useDeferredValue, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { CodeRecord, CoderRecord, CodingRecord, DocumentFormat } from '../../../shared/model';
import { useProject } from '../projects/ProjectContext';
import { CodebookPanel } from '../codebook/CodebookPanel';
import { MenuPopup } from '../../ui/MenuPopup';
import { useLiveQuery } from 'dexie-react-hooks';
import { listCoders } from '../../db/coders';
import { DocumentView } from './DocumentView';
import { HighlightPlugin } from './HighlightPlugin';
import { SelectionPlugin, currentSelection, selectInDocument } from './SelectionPlugin';
import { KeyboardPlugin } from './KeyboardPlugin';
import { CaretMarker } from './CaretMarker';
import { CodesHerePanel } from './CodesHerePanel';
import { codingsAt } from '../../../shared/codings/overlap';
import { PassageList } from './PassageList';
import { FindInDocument } from './FindInDocument';
import { useCodings, useCodingsRead, useVisibleCodingsNow, type DocumentData } from './useDocumentData';
import { useCodingActions } from './useCodingActions';
import { useCodingTools } from './useCodingTools';
import { CodingToolbar } from './CodingToolbar';
import { CodingMemoPanel, PanelCodingsContext } from './panelCodings';
import { BoundaryHandlesPlugin } from './BoundaryHandlesPlugin';
import type { TextDomIndex, TextRange } from './textDomIndex';
import { useVisibleCodings } from '../coders/CoderViewContext';
import { useRevealCoding } from '../memos/MemoNavigation';
import { HistoryPanel } from '../history/HistoryPanel';
import { PanelTabs } from '../../ui/PanelTabs';
import { DocumentInfoPanel } from '../metadata/DocumentInfoPanel';
import { CodingStripes } from '../stripes/CodingStripes';
import { AfterFirstPaint } from '../../ui/AfterFirstPaint';
import { codingsInWindow, useVisibleTextWindow } from './useVisibleTextWindow';
import { READING_WIDTHS, useReadingPreferences } from './readingPreferences';
import { ReadingWidthControl } from './ReadingWidthControl';
import { ReflowToggle } from './ReflowToggle';
import { hasJoinableBreak, looksHardWrapped } from '../../../shared/text/hardWrap';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { useCommandHandler, useCommands } from '../../commands/CommandContext';

interface CodingWorkspaceProps {
  data: DocumentData;
  /** The codebook, in tree order: the workspace has read it before any document opens. */
  codes: readonly CodeRecord[];
}

export function CodingWorkspace({ data, codes }: CodingWorkspaceProps) {
  const { db, project } = useProject();
  const { document: doc, text, paragraphs } = data;
  const [reading, setReading] = useReadingPreferences(project.id);
  // Reflowed by default: plain text whose lines look wrapped at a fixed column. The reader's choice
  // for this document, once made, wins.
  const canReflow = useMemo(() => paragraphs.some((p) => hasJoinableBreak(p.text)), [paragraphs]);
  const wrappedByDefault = useMemo(() => REFLOWED_FORMATS.has(doc.format) && canReflow && looksHardWrapped(text), [doc.format, canReflow, text]);
  const reflowed = canReflow && (reading.reflow[doc.id] ?? wrappedByDefault);
  const readingTrack = READING_WIDTHS.find((w) => w.width === reading.width)?.track;
  // The codings of this document, other coders' left out when hidden or in blind mode: highlights,
  // lists and counts alike. Their read was asked for as the text came (useDocumentData): the text is
  // drawn at once, and they are read while it is laid out; the highlights follow as they come.
  const everyCoding = useCodings(db, doc.id);
  const codings = useVisibleCodings(everyCoding);
  const codingsRead = useCodingsRead(db, doc.id);
  const codingsNow = useVisibleCodingsNow(db, doc.id);
  const coders = useLiveQuery(() => listCoders(db), [db]) ?? NO_CODERS;
  const actions = useCodingActions(doc.id, text, codingsNow);
  const { applyCode, removeCoding } = actions;

  const [index, setIndex] = useState<TextDomIndex | null>(null);
  const [selection, setSelectionState] = useState<TextRange | null>(null);
  // The same passage for the commands that act on it: they read it when run, so they stay the same
  // functions as the selection moves, and the codebook they are handed to is not drawn again per key.
  const selectionNow = useRef<TextRange | null>(null);
  const setSelection = useCallback((range: TextRange | null) => {
    selectionNow.current = range;
    // A selection change that leaves the passage where it was (focus moving) renders nothing again.
    setSelectionState((previous) => (previous && range && previous.start === range.start && previous.end === range.end ? previous : range));
  }, []);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [hovered, setHovered] = useState<CodingRecord | null>(null);
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const highlightsRef = useRef<HTMLDivElement>(null);
  const findRef = useRef<HTMLInputElement>(null);

  const codesById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const codersById = useMemo(() => new Map(coders.map((c) => [c.id, c])), [coders]);
  const activeCoding = codings.find((c) => c.id === activeId) ?? codingsAt(codings, selection)[0] ?? null;
  // The hovered stripe's coding as it is now (its extent may have changed under the pointer).
  const hoveredCoding = hovered ? (codings.find((c) => c.id === hovered.id) ?? null) : null;
  // Highlights and stripes are drawn for the codings near the screen only (see useVisibleTextWindow).
  const textWindow = useVisibleTextWindow(index, scrollRef.current);
  const drawnCodings = useMemo(() => codingsInWindow(codings, textWindow), [codings, textWindow]);
  // The side panels follow a change a moment after the highlight: a key press repaints the text
  // first, and panels that go through thousands of codings catch up in the next, interruptible
  // render. The passage list draws only its rows in view, so it keeps up at once: its count is
  // right in the same frame as the highlight.
  const panelCodings = useDeferredValue(codings);

  // The coding chosen in a list, a stripe or a memo, with the extent it was chosen with. Choosing it
  // selects exactly that extent, and the selection change that follows must not un-choose it: among
  // nested codings, or several codes on one passage, the one under the selection is not the one meant.
  const chosen = useRef<{ id: string; start: number; end: number } | null>(null);
  const onSelection = useCallback((range: TextRange | null) => {
    setSelection(range);
    const kept = chosen.current;
    if (kept && range && range.start === kept.start && range.end === kept.end) return;
    chosen.current = null;
    setActiveId(null);
  }, [setSelection]);
  const choose = useCallback((id: string, range: TextRange) => {
    chosen.current = { id, start: range.start, end: range.end };
    setActiveId(id);
  }, []);
  // A coding whose boundaries are being moved by key stays the chosen one as its extent changes.
  const tools = useCodingTools({ index, text, selection, activeId, codingsNow, codesById, actions, onNudged: choose });
  // Buttons and menus apply to the passage last selected in the text: focusing them can move the
  // browser's selection. Keys pressed in the text read the selection as it is at that moment.
  const apply = useCallback((code: CodeRecord) => void applyCode(code, selectionNow.current), [applyCode]);
  const onCodeKey = useCallback(
    (position: number) => {
      const code = codes[position];
      if (code) void applyCode(code, (index && currentSelection(index)) ?? selectionNow.current);
    },
    [codes, applyCode, index],
  );
  const backToText = useCallback(() => {
    if (!index) return;
    const passage = selectionNow.current;
    if (passage) selectInDocument(index, passage.start, passage.end, { scroll: false });
    index.element.focus({ preventScroll: true });
  }, [index]);
  const onMenuKey = useCallback(
    (at: { x: number; y: number }) => {
      // Keep the passage as it is now: focusing the menu moves the browser's selection.
      const now = index && currentSelection(index);
      if (now) setSelection(now);
      setMenuAt(at);
    },
    [index, setSelection],
  );

  const goTo = useCallback(
    (start: number, end: number) => {
      if (!index) return;
      selectInDocument(index, start, end);
      setSelection({ start, end });
      index.element.focus({ preventScroll: true });
    },
    [index, setSelection],
  );
  // Stable, so that the memoised passage list and stripes do not re-render on every selection change.
  const selectCoding = useCallback(
    (coding: CodingRecord) => {
      choose(coding.id, coding);
      goTo(coding.start, coding.end);
    },
    [goTo, choose],
  );
  // Every coder's codings: a coding asked for from elsewhere may be a hidden coder's (useRevealCoding).
  useRevealCoding(doc.id, index !== null, everyCoding, selectCoding);
  // Find and Select all, from anywhere in the Code place (the command table's keys act window-wide).
  useCommandHandler('findInDocument', () => {
    findRef.current?.focus();
    findRef.current?.select();
  });
  useCommandHandler('selectAll', () => goTo(0, text.length), index !== null);
  useCommandHandler('quickCode', tools.openQuickCode, index !== null);
  useCommandHandler('codeInVivo', tools.inVivo, index !== null);
  useCommandHandler('codeWholeDocument', () => tools.openPalette('document'), index !== null);
  // The side panels that follow a write a moment later (panelCodings) are made again only when what
  // they show changed: a key press renders the text's highlights and the passage list, not them.
  const panelActiveCoding = useDeferredValue(activeCoding);
  const { openPalette } = tools;
  const codebook = useMemo(() => <CodebookPanel codes={codes} onApply={apply} />, [codes, apply]);
  const codesHere = useMemo(
    () => (
      <CodesHerePanel
        selection={selection}
        codings={panelCodings}
        codesById={codesById}
        codersById={codersById}
        onRemove={(coding) => removeCoding(coding, codesById.get(coding.codeId))}
        onNoneLeft={backToText}
        renderTools={(coding, named) => (
          <button
            type="button"
            aria-label={`Recode ${named.code} on ${named.passage}`}
            onClick={(event) => openPalette('recode', event.currentTarget, coding)}
          >
            Recode…
          </button>
        )}
      />
    ),
    [selection, panelCodings, codesById, codersById, removeCoding, backToText, openPalette],
  );
  const sideTabs = useMemo(
    () => (
      <PanelTabs
        label="Side panels"
        storageKey="framewise-coding-side-tab"
        tabs={[
          {
            id: 'memos',
            name: 'Memos',
            content: (
              <AfterFirstPaint>
                <CodingMemoPanel doc={doc} codes={codes} codesById={codesById} codersById={codersById} onSelectCoding={selectCoding} />
              </AfterFirstPaint>
            ),
          },
          {
            id: 'info',
            name: 'Document info',
            content: (
              <AfterFirstPaint>
                <DocumentInfoPanel document={doc} />
              </AfterFirstPaint>
            ),
          },
          {
            id: 'history',
            name: 'History',
            content: (
              <AfterFirstPaint>
                <HistoryPanel key={doc.id} docId={doc.id} codes={codes} coders={coders} />
              </AfterFirstPaint>
            ),
          },
        ]}
      />
    ),
    [doc, codes, codesById, codersById, selectCoding, coders],
  );
  const panelState = useMemo(() => ({ codings: panelCodings, activeCoding: panelActiveCoding }), [panelCodings, panelActiveCoding]);
  const textCommands = useCommands(TEXT_COMMANDS);
  const layout = useDefaultLayout({ id: `framewise-coding-${project.id}`, storage: localStorage });
  const sideLayout = useDefaultLayout({ id: `framewise-coding-side-${project.id}`, storage: localStorage });

  return (
    <Group className="coding-workspace" orientation="horizontal" defaultLayout={layout.defaultLayout} onLayoutChanged={layout.onLayoutChanged}>
      <Panel id="document" className="pane" minSize="35">
      <section className="document-pane" aria-labelledby="document-title">
        <header className="document-header">
          <h2 id="document-title">{doc.title}</h2>
          <FindInDocument
            ref={findRef}
            text={text}
            from={selection?.end ?? 0}
            onFound={goTo}
            onLeave={() => index?.element.focus()}
          />
        </header>
        <CodingToolbar tools={tools} codes={codes}>
          <ReadingWidthControl value={reading.width} onChange={(width) => setReading((current) => ({ ...current, width }))} />
          <ReflowToggle
            reflowed={reflowed}
            available={canReflow}
            onChange={(on) => setReading((current) => ({ ...current, reflow: { ...current.reflow, [doc.id]: on } }))}
          />
        </CodingToolbar>
        <div
          className="document-scroll"
          ref={scrollRef}
          onContextMenu={(event) => {
            if (selection && selection.start !== selection.end) {
              event.preventDefault();
              setMenuAt({ x: event.clientX, y: event.clientY });
            }
          }}
        >
          {/* The width is a custom property the canvas's grid reads: changing it lays the text out once,
              at its new width, and renders nothing of the document again. */}
          <div className="document-canvas" style={{ '--reading-width': readingTrack } as CSSProperties}>
            {/* The codings' highlights, drawn behind the text (HighlightPlugin). */}
            <div ref={highlightsRef} className="highlight-layer" data-document={doc.id} aria-hidden="true" />
            <DocumentView key={doc.id} paragraphs={paragraphs} label={`Text of ${doc.title}`} reflowed={reflowed} onIndex={setIndex}>
              {index ? (
                <>
                  <HighlightPlugin index={index} layer={highlightsRef} codes={codes} codings={drawnCodings} activeCoding={hoveredCoding ?? activeCoding} />
                  <SelectionPlugin index={index} onSelection={onSelection} />
                  <KeyboardPlugin index={index} onCodeKey={onCodeKey} onMenuKey={onMenuKey} onPaletteKey={tools.openQuickCode} onInVivoKey={tools.inVivo} onNudgeKey={tools.nudge} />
                </>
              ) : null}
            </DocumentView>
            {index && scrollRef.current ? (
              <CodingStripes
                index={index}
                codings={drawnCodings}
                codesById={codesById}
                activeId={activeCoding?.id ?? null}
                onHover={setHovered}
                onSelect={selectCoding}
              />
            ) : (
              // The margin is there from the first frame: appearing later, it would narrow the text
              // and make the browser lay out a long document a second time.
              <div className="coding-stripes" aria-hidden="true" />
            )}
          </div>
          {index ? <CaretMarker index={index} container={scrollRef.current} /> : null}
          {index ? (
            <BoundaryHandlesPlugin
              index={index}
              text={text}
              container={scrollRef.current}
              coding={activeCoding}
              color={(activeCoding && codesById.get(activeCoding.codeId)?.color) ?? '#111827'}
              onResize={tools.resizeTo}
            />
          ) : null}
        </div>
      </section>
      </Panel>
      <Separator className="pane-separator" aria-label="Resize the coding panels" />
      <Panel id="side" className="pane" defaultSize="320px" minSize="220px" collapsible collapsedSize={0}>
      <aside className="coding-side split" aria-label="Coding">
        {/* The codebook, the codes on the passage and the coded passages stay in view while coding; memos,
            document info and history take turns in tabs below, so none is below the fold at 1280x800.
            Each pane scrolls inside itself and can be resized or collapsed from its separator, sizes
            kept per project. */}
        <Group orientation="vertical" className="side-split" defaultLayout={sideLayout.defaultLayout} onLayoutChanged={sideLayout.onLayoutChanged}>
          <Panel id="codebook" className="pane side-pane" defaultSize="28" minSize="8" collapsible collapsedSize={0}>
            {codebook}
          </Panel>
          <Separator className="pane-separator horizontal" aria-label="Resize the codebook and codes here" />
          <Panel id="here" className="pane side-pane" defaultSize="14" minSize="6" collapsible collapsedSize={0}>
            {codesHere}
          </Panel>
          <Separator className="pane-separator horizontal" aria-label="Resize codes here and the coded passages" />
          <Panel id="passages" className="pane side-pane" defaultSize="18" minSize="6" collapsible collapsedSize={0}>
            <PassageList codings={codings} read={codingsRead} codesById={codesById} activeId={activeCoding?.id ?? null} onSelect={selectCoding} />
          </Panel>
          <Separator className="pane-separator horizontal" aria-label="Resize the coded passages and the tabs below" />
          <Panel id="tabs" className="pane side-pane side-tabs" defaultSize="40" minSize="12" collapsible collapsedSize={0}>
            <PanelCodingsContext.Provider value={panelState}>{sideTabs}</PanelCodingsContext.Provider>
          </Panel>
        </Group>
      </aside>
      </Panel>
      {menuAt ? (
        <MenuPopup
          label="Apply a code"
          position={menuAt}
          onClose={() => setMenuAt(null)}
          restoreFocus={backToText}
          items={[
            ...codes.map((code, i) => ({ label: `Apply ${code.name}`, ...(i < 9 ? { hint: String(i + 1), key: String(i + 1) } : {}), onSelect: () => apply(code) })),
            // Then the command table's commands on the text, with their keys.
            ...textCommands.map((command) => ({ label: command.spec.name, ...(command.shortcut ? { hint: command.shortcut } : {}), onSelect: () => void command.run('menu') })),
          ]}
        />
      ) : null}
    </Group>
  );
}

const NO_CODERS: readonly CoderRecord[] = [];
/** The command table's commands the document's context menu offers after the codes. */
const TEXT_COMMANDS = ['findInDocument', 'selectAll'] as const;
/** Formats whose line breaks are the source's own typing (not a layout's): plain text and Markdown. */
const REFLOWED_FORMATS: ReadonlySet<DocumentFormat> = new Set(['txt', 'md']);
