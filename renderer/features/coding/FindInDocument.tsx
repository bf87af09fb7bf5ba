// Find a phrase in the open document; Enter selects the next match and returns to the text, ready to
// code it with a number key. The quickest way to select a passage without a mouse.
import { forwardRef, useState } from 'react';
import { useAnnounce } from '../../ui/Announcer';

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
  const find = () => {
    if (!query) return;
    // A case-insensitive regular expression, not lower-cased copies: lower-casing can change a
    // string's length ("İ" becomes two units) and the match's offsets with it. Spaces typed match any
    // run of white space, line breaks included: a hard-wrapped phrase reads (and, reflowed, is drawn)
    // with a space where the text has "\n", and the match covers the text as stored.
    const pattern = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/gu, '\\s+'), 'giu');
    pattern.lastIndex = from;
    const match = pattern.exec(text) ?? ((pattern.lastIndex = 0), pattern.exec(text));
    if (!match) {
      announce(`“${query}” is not in this document.`);
      return;
    }
    onFound(match.index, match.index + match[0].length);
  };
  return (
    <input
      ref={ref}
      type="search"
      className="find-input"
      aria-label="Find in document"
      placeholder="Find in document (Ctrl+F)"
      value={query}
      onChange={(event) => setQuery(event.target.value)}
      onKeyDown={(event) => {
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
