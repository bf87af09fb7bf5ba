// Find a phrase in the open document; Enter selects the next match and returns to the text, ready to
// code it with a number key. The quickest way to select a passage without a mouse.
import { forwardRef, useRef, useState } from 'react';
import { useAnnounce } from '../../ui/Announcer';
import { foldTextWithOffsets } from '../../../shared/search/foldText';
import type { FoldedText } from '../../../shared/text/searchFold';
import { findInText } from './findInText';
import { commandKeys } from '../../commands/shownKeys';

interface FindInDocumentProps {
  text: string;
  /** Where to start looking: just after the current selection. */
  from: number;
  onFound(start: number, end: number): void;
  onLeave(): void;
}

export const FindInDocument = forwardRef<HTMLInputElement, FindInDocumentProps>(function FindInDocument({ text, from, onFound, onLeave }, ref) {
  const [query, setQuery] = useState('');
  const announce = useAnnounce();
  // The text folded for search, made at the first search in it (not as it opens: a long text takes a
  // moment) and kept while it is the one shown.
  const folded = useRef<{ text: string; folded: FoldedText } | null>(null);
  const find = () => {
    if (!query) return;
    if (folded.current?.text !== text) folded.current = { text, folded: foldTextWithOffsets(text) };
    const found = findInText(text, folded.current.folded, query, from);
    if (!found) {
      announce(`“${query}” is not in this document.`);
      return;
    }
    onFound(found.start, found.end);
  };
  return (
    <input
      ref={ref}
      type="search"
      className="find-input"
      aria-label="Find in document"
      placeholder={`Find in document (${commandKeys('findInDocument')})`}
      value={query}
      onChange={(event) => setQuery(event.target.value)}
      onKeyDown={(event) => {
        // While an input method composes (Chinese, Japanese, Korean), Enter and Escape are its keys.
        if (event.nativeEvent.isComposing) return;
        if (event.key === 'Enter') {
          event.preventDefault();
          find();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          onLeave();
        }
      }}
    />
  );
});
