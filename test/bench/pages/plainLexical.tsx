// Baseline for opening a document: Lexical showing the same paragraphs, read-only, with no
// highlights, no codings query and no side panels. `window.renderPlain(text)` resolves with the time
// from the call to the end of the first frame painted after Lexical has drawn the text.
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { createRoot } from 'react-dom/client';
import { splitParagraphs } from '../../../shared/text/paragraphs';
import { $appendParagraphs } from '../../../renderer/features/coding/documentNodes';

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
      const check = () => {
        // Two frames: the first callback runs before that frame's layout and paint, the second once
        // they are done, so the time includes laying out and painting the text.
        if (element.children.length === paragraphs.length) requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
        else requestAnimationFrame(check);
      };
      check();
    };
    root.render(
      <LexicalComposer
        initialConfig={{
          namespace: 'baseline',
          editable: false,
          theme: { paragraph: 'doc-paragraph' },
          onError: (error: Error) => {
            throw error;
          },
          editorState: () => $appendParagraphs(paragraphs),
        }}
      >
        <div className="document-scroll" style={{ height: '800px' }}>
          <ContentEditable ref={onRoot} className="doc-text" role="document" aria-label="Baseline text" />
        </div>
      </LexicalComposer>,
    );
  });
