// The coding screen for one document: the text with its highlights, and beside it the codes, the
// codes at the cursor and the list of coded passages.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { CodeRecord, CodingRecord } from '../../../shared/model';
import { useProject } from '../projects/ProjectContext';
import { CodeList } from '../codebook/CodeList';
import { MenuPopup } from '../../ui/MenuPopup';
import { useLiveQuery } from 'dexie-react-hooks';
import { listCoders } from '../../db/coders';
import { DocumentView } from './DocumentView';
import { HighlightPlugin } from './HighlightPlugin';
import { SelectionPlugin, currentSelection, selectInDocument } from './SelectionPlugin';
import { KeyboardPlugin } from './KeyboardPlugin';
import { CaretMarker } from './CaretMarker';
import { CodesHerePanel, codingsAt } from './CodesHerePanel';
import { PassageList } from './PassageList';
import { FindInDocument } from './FindInDocument';
import { useCodes, useCodings, type DocumentData } from './useDocumentData';
import { useCodingActions } from './useCodingActions';
import type { TextDomIndex, TextRange } from './textDomIndex';

export function CodingWorkspace({ data }: { data: DocumentData }) {
  const { db } = useProject();
  const { document: doc, text, paragraphs } = data;
  const codes = useCodes(db);
  const codings = useCodings(db, doc.id);
  const coders = useLiveQuery(() => listCoders(db), [db]) ?? [];
  const { applyCode, removeCoding } = useCodingActions(doc.id, text, codings);

  const [index, setIndex] = useState<TextDomIndex | null>(null);
  const [selection, setSelection] = useState<TextRange | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const findRef = useRef<HTMLInputElement>(null);

  const codesById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const codersById = useMemo(() => new Map(coders.map((c) => [c.id, c])), [coders]);
  const activeCoding = codings.find((c) => c.id === activeId) ?? codingsAt(codings, selection)[0] ?? null;

  const onSelection = useCallback((range: TextRange | null) => {
    setSelection(range);
    setActiveId(null);
  }, []);
  // Buttons and menus apply to the passage last selected in the text: focusing them can move the
  // browser's selection. Keys pressed in the text read the selection as it is at that moment.
  const apply = useCallback((code: CodeRecord) => void applyCode(code, selection), [applyCode, selection]);
  const onCodeKey = useCallback(
    (position: number) => {
      const code = codes[position];
      if (code) void applyCode(code, (index && currentSelection(index)) ?? selection);
    },
    [codes, applyCode, index, selection],
  );
  const backToText = useCallback(() => {
    if (!index) return;
    if (selection) selectInDocument(index, selection.start, selection.end, { scroll: false });
    index.element.focus({ preventScroll: true });
  }, [index, selection]);
  const onMenuKey = useCallback(
    (at: { x: number; y: number }) => {
      // Keep the passage as it is now: focusing the menu moves the browser's selection.
      const now = index && currentSelection(index);
      if (now) setSelection(now);
      setMenuAt(at);
    },
    [index],
  );

  const goTo = (start: number, end: number) => {
    if (!index) return;
    selectInDocument(index, start, end);
    setSelection({ start, end });
    index.element.focus({ preventScroll: true });
  };
  const selectCoding = (coding: CodingRecord) => {
    goTo(coding.start, coding.end);
    setActiveId(coding.id);
  };

  return (
    <div className="coding-workspace">
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
        <div
          className="document-scroll"
          ref={scrollRef}
          onKeyDown={(event) => {
            if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
              event.preventDefault();
              findRef.current?.focus();
            }
          }}
          onContextMenu={(event) => {
            if (selection && selection.start !== selection.end) {
              event.preventDefault();
              setMenuAt({ x: event.clientX, y: event.clientY });
            }
          }}
        >
          <DocumentView key={doc.id} paragraphs={paragraphs} label={`Text of ${doc.title}`} onIndex={setIndex}>
            {index ? (
              <>
                <HighlightPlugin index={index} codes={codes} codings={codings} activeCoding={activeCoding} />
                <SelectionPlugin index={index} onSelection={onSelection} />
                <KeyboardPlugin index={index} onCodeKey={onCodeKey} onMenuKey={onMenuKey} />
              </>
            ) : null}
          </DocumentView>
          {index ? <CaretMarker index={index} container={scrollRef.current} /> : null}
        </div>
      </section>
      <aside className="coding-side" aria-label="Coding">
        <CodeList codes={codes} onApply={apply} />
        <CodesHerePanel
          selection={selection}
          codings={codings}
          codesById={codesById}
          codersById={codersById}
          onRemove={(coding) => void removeCoding(coding, codesById.get(coding.codeId))}
        />
        <PassageList codings={codings} codesById={codesById} activeId={activeCoding?.id ?? null} onSelect={selectCoding} />
      </aside>
      {menuAt ? (
        <MenuPopup
          label="Apply a code"
          position={menuAt}
          onClose={() => setMenuAt(null)}
          restoreFocus={backToText}
          items={codes.map((code, i) => ({ label: `Apply ${code.name}`, ...(i < 9 ? { hint: String(i + 1) } : {}), onSelect: () => apply(code) }))}
        />
      ) : null}
    </div>
  );
}
