// Every coded passage of the document, in text order: a way to reach each highlight from the
// keyboard, and an overview of what has been coded.
import type { CodeRecord, CodingRecord } from '../../../shared/model';
import { excerpt } from './useCodingActions';

interface PassageListProps {
  codings: readonly CodingRecord[];
  codesById: ReadonlyMap<string, CodeRecord>;
  activeId: string | null;
  onSelect(coding: CodingRecord): void;
}

export function PassageList({ codings, codesById, activeId, onSelect }: PassageListProps) {
  return (
    <section className="panel" aria-labelledby="passages-heading">
      <h2 id="passages-heading">Coded passages ({codings.length})</h2>
      <ul className="passage-list">
        {codings.map((coding) => {
          const code = codesById.get(coding.codeId);
          return (
            <li key={coding.id}>
              <button type="button" aria-current={coding.id === activeId ? 'true' : undefined} onClick={() => onSelect(coding)}>
                <span className="swatch" style={{ backgroundColor: code?.color ?? '#888' }} aria-hidden="true" />
                {code?.name ?? 'deleted code'}: {excerpt(coding.quote, 70)}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
