// Shows a hard-wrapped document's lines reflowed (each break inside a paragraph drawn as a space) or
// as stored. A toggle button, named "Reflow lines", pressed while reflowed; disabled for a document
// with no line break inside a paragraph, where it would change nothing. Self-contained: it assumes
// nothing of the toolbar it sits in.
export function ReflowToggle({ reflowed, available, onChange }: { reflowed: boolean; available: boolean; onChange(reflowed: boolean): void }) {
  return (
    <button
      type="button"
      className="reflow-toggle"
      aria-pressed={available && reflowed}
      disabled={!available}
      title={available ? 'Draw the line breaks inside paragraphs as spaces; the text itself is not changed' : 'This document has no line breaks inside its paragraphs'}
      // The passage selected in the text stays selected.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onChange(!reflowed)}
    >
      Reflow lines
    </button>
  );
}
