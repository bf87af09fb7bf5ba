// The Code place: the documents beside the open document (or the codebook while none is open), in
// panes the researcher can resize and collapse, sizes kept per project.
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import type { CodeRecord } from '../../shared/model';
import { useProject } from '../features/projects/ProjectContext';
import { DocumentList } from '../features/library/DocumentList';
import { CodingWorkspace } from '../features/coding/CodingWorkspace';
import { CodebookWithoutDocument } from '../features/codebook/CodebookWithoutDocument';
import type { DocumentData } from '../features/coding/useDocumentData';

interface CodePlaceProps {
  openDocId: string | null;
  onOpen(docId: string): void;
  data: DocumentData | null | undefined;
  codes: readonly CodeRecord[];
}

export function CodePlace({ openDocId, onOpen, data, codes }: CodePlaceProps) {
  const { project } = useProject();
  const layout = useDefaultLayout({ id: `framewise-code-${project.id}`, storage: localStorage });
  return (
    <main className="code-main" aria-label="Code">
    <Group className="main" orientation="horizontal" defaultLayout={layout.defaultLayout} onLayoutChanged={layout.onLayoutChanged}>
      <Panel id="documents" className="pane" defaultSize="250px" minSize="120px" collapsible collapsedSize={0}>
        <DocumentList openId={openDocId} onOpen={onOpen} />
      </Panel>
      <Separator className="pane-separator" aria-label="Resize the documents pane" />
      <Panel id="work" className="pane" minSize="40">
        {data ? <CodingWorkspace key={data.document.id} data={data} codes={codes} /> : <CodebookWithoutDocument />}
      </Panel>
    </Group>
    </main>
  );
}
