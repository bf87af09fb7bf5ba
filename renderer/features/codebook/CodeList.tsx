// The codebook beside the document: each code applies to the selected passage by a click, or by its
// number key (1 to 9) from the document.
import type { CodeRecord } from '../../../shared/model';

interface CodeListProps {
  codes: readonly CodeRecord[];
  onApply(code: CodeRecord): void;
}

export function CodeList({ codes, onApply }: CodeListProps) {
  return (
    <section className="panel" aria-labelledby="codes-heading">
      <h2 id="codes-heading">Codes</h2>
      <ul className="code-list">
        {codes.map((code, i) => (
          <li key={code.id}>
            <button
              type="button"
              className="code-button"
              aria-label={`Apply ${code.name}`}
              aria-describedby={`code-def-${code.id}`}
              aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
              onClick={() => onApply(code)}
            >
              <span className="swatch" style={{ backgroundColor: code.color }} aria-hidden="true" />
              <span className="code-name">{code.name}</span>
              {i < 9 ? <kbd aria-hidden="true">{i + 1}</kbd> : null}
            </button>
            <p id={`code-def-${code.id}`} className="code-definition">
              {code.definition}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
