// One column of retrieved passages, drawn a screenful at a time (@tanstack/react-virtual): a query
// over a large project may list thousands. Each passage shows its document, attributes, codes, coders
// and memo; "Show context" opens the paragraphs around it; the passage's own button (a click, or
// Enter) opens it at its place in the document.
import { useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { AnalysisIndex } from '../../../shared/analysis/analysisIndex';
import type { RetrievedPassage } from '../../../shared/retrieve/retrievePassages';
import { contextAround } from '../../../shared/retrieve/contextAround';
import { useFocusedItem } from './useFocusedItem';

interface Props {
  label: string;
  passages: readonly RetrievedPassage[];
  index: AnalysisIndex;
  codingMemos: ReadonlyMap<string, string>;
  onOpen(passage: RetrievedPassage): void;
}

export function PassageList({ label, passages, index, codingMemos, onOpen }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const focus = useFocusedItem();
  const virtualizer = useVirtualizer({ count: passages.length, getScrollElement: () => scroller.current, estimateSize: () => 140, overscan: 4, getItemKey: (i) => passages[i]!.key, rangeExtractor: focus.rangeExtractor });
  const items = virtualizer.getVirtualItems();
  return (
    <div ref={scroller} className="passage-scroller">
      {passages.length === 0 ? <p className="analysis-muted">No passages.</p> : null}
      <ul className="passage-list" aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const passage = passages[item.index]!;
          return (
            <li key={item.key} ref={virtualizer.measureElement} data-index={item.index} aria-setsize={passages.length} aria-posinset={item.index + 1} style={{ transform: `translateY(${item.start}px)` }} {...focus.focusProps(item.index)}>
              <PassageCard passage={passage} index={index} codingMemos={codingMemos} onOpen={onOpen} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function PassageCard({ passage, index, codingMemos, onOpen }: { passage: RetrievedPassage; index: AnalysisIndex; codingMemos: ReadonlyMap<string, string>; onOpen(passage: RetrievedPassage): void }) {
  const [context, setContext] = useState(0);
  const text = index.text(passage.docId);
  const codeName = (id: string) => index.codesById.get(id)?.name ?? '(deleted code)';
  const coderName = (id: string) => index.rows.coders.find((c) => c.id === id)?.name ?? id;
  const attributes = Object.entries(passage.attributes)
    .filter(([, value]) => value !== null && value !== '')
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join(' · ');
  const memos = [...new Set(passage.codingIds.map((id) => codingMemos.get(id)?.trim() ?? '').filter((m) => m !== ''))];
  const around = context > 0 && text !== undefined ? contextAround(text, passage.start, passage.end, context - 1, index.paragraphs(passage.docId)) : null;
  return (
    <article className="passage-card" aria-label={`${passage.title}, paragraph ${passage.paragraph + 1}`}>
      <button type="button" className="passage-open" onClick={() => onOpen(passage)} aria-label={`Open in ${passage.title}: ${passage.quote.trim().slice(0, 80)}`}>
        {around ? (
          <span className="passage-context">
            {around.moreBefore ? '… ' : ''}
            {around.text.slice(0, around.passageStart)}
            <mark>{around.text.slice(around.passageStart, around.passageEnd)}</mark>
            {around.text.slice(around.passageEnd)}
            {around.moreAfter ? ' …' : ''}
          </span>
        ) : (
          <span className="passage-quote">{passage.quote.trim()}</span>
        )}
      </button>
      <p className="passage-source">
        <strong>{passage.title}</strong>
        {attributes ? <span> · {attributes}</span> : null}
      </p>
      <p className="passage-codes">
        {passage.codeIds.map(codeName).join(', ')}
        {passage.otherCodeIds.length > 0 ? <span className="analysis-muted"> · also {passage.otherCodeIds.map(codeName).join(', ')}</span> : null}
        <span className="analysis-muted"> · {passage.coderIds.map(coderName).join(', ')}</span>
      </p>
      {memos.length > 0 ? <p className="passage-memo">Memo: {memos.join(' / ')}</p> : null}
      {text !== undefined ? (
        <div className="passage-actions">
          <button type="button" onClick={() => setContext(context + 1)} disabled={around !== null && !around.moreBefore && !around.moreAfter}>
            {context === 0 ? 'Show context' : 'More context'}
          </button>
          {context > 0 ? (
            <button type="button" onClick={() => setContext(0)}>
              Hide context
            </button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
