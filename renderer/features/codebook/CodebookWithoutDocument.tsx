// The coding screen before a document is open: the codebook is there all the same, so that a
// researcher can build it (or import it) before the first document arrives.
import { useCallback } from 'react';
import type { CodeRecord } from '../../../shared/model';
import { useProject } from '../projects/ProjectContext';
import { useAnnounce } from '../../ui/Announcer';
import { useCodes } from '../codes/useCodes';
import { CodebookPanel } from './CodebookPanel';
import { ProjectMemosPanel } from '../memos/ProjectMemosPanel';

export function CodebookWithoutDocument() {
  const { db } = useProject();
  const codes = useCodes(db);
  const announce = useAnnounce();
  const apply = useCallback((code: CodeRecord) => announce(`Open a document and select a passage to code it as ${code.name}.`), [announce]);
  return (
    <div className="coding-workspace without-document">
      <section className="document-pane empty" aria-label="Document">
        <p className="hint">Open a document from the list to read and code it.</p>
      </section>
      <aside className="coding-side" aria-label="Codebook">
        <CodebookPanel codes={codes} onApply={apply} />
        <ProjectMemosPanel />
      </aside>
    </div>
  );
}
