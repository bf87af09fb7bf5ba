// Baseline for opening a document: Lexical showing the same paragraphs, read-only, with no
// highlights, no codings query and no side panels: the app's paragraph nodes, straight under the root
// (not in the app's sections, which the browser draws only near the screen). `window.renderPlain(text)`
// resolves with the time from the call to the first task after the frame that paints the text Lexical
// has drawn.
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { createRoot } from 'react-dom/client';
import { splitParagraphs } from '../../../shared/text/paragraphs';
import { $getRoot } from 'lexical';
import { $paragraphNode, DOCUMENT_NODES, PARAGRAPH_CLASS } from '../../../renderer/features/coding/documentNodes';

declare global {
  interface Window {
    renderPlain(text: string): Promise<number>;
  }
}

window.renderPlain = (text) =>
  new Promise((resolve) => {
    const t0 = performance.now();
    const paragraphs = splitParagraphs(text);
    const container = document.getElementById('root')!;
    container.replaceChildren();
    const root = createRoot(container);
    const onRoot = (element: HTMLDivElement | null) => {
      if (!element) return;
      const done = () => resolve(performance.now() - t0);
      // Until the first task after the frame that paints the text: inside a frame callback, that
      // frame's layout and paint come next; outside one, the next frame's.
      const check = (inFrame: boolean) => {
        if (element.children.length !== paragraphs.length) requestAnimationFrame(() => check(true));
        else if (inFrame) setTimeout(done, 0);
        else requestAnimationFrame(() => setTimeout(done, 0));
      };
      check(false);
    };
    root.render(
      <LexicalComposer
        initialConfig={{
          namespace: 'baseline',
          editable: false,
          theme: { paragraph: PARAGRAPH_CLASS },
          nodes: [...DOCUMENT_NODES],
          onError: (error: Error) => {
            throw error;
          },
          editorState: () => $getRoot().append(...paragraphs.map($paragraphNode)),
        }}
      >
        <div className="document-scroll" style={{ height: '800px' }}>
          <ContentEditable ref={onRoot} className="doc-text" role="document" aria-label="Baseline text" />
        </div>
      </LexicalComposer>,
    );
  });
