// A document, read-only, in Lexical: one paragraph node per paragraph of the canonical text, its line
// breaks kept as "\n" characters, in sections the browser draws only near the screen
// (documentNodes.ts). Nothing is ever written back, so offsets computed from the DOM stay offsets into
// the canonical text. Behaviours (highlights, selection, keys) are plugins passed as children; they
// receive the DOM index once Lexical has drawn the text.
//
// Reflowed, the breaks inside paragraphs are drawn as spaces: a class on the text, no new nodes, so
// switching redraws nothing and every offset, range and highlight stays as it was.
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { useLayoutEffect, useMemo, type ReactNode } from 'react';
import type { Paragraph } from '../../../shared/text/paragraphs';
import { TextDomIndex } from './textDomIndex';
import { $appendParagraphs, DOCUMENT_NODES, PARAGRAPH_CLASS } from './documentNodes';

interface DocumentViewProps {
  paragraphs: readonly Paragraph[];
  label: string;
  /** Line breaks inside paragraphs drawn as spaces (hard-wrapped text shown as running prose). */
  reflowed?: boolean;
  onIndex(index: TextDomIndex | null): void;
  children?: ReactNode;
}

export function DocumentView({ paragraphs, label, reflowed = false, onIndex, children }: DocumentViewProps) {
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'framewise-document',
      editable: false,
      theme: { paragraph: PARAGRAPH_CLASS },
      nodes: [...DOCUMENT_NODES],
      onError: (error: Error) => {
        throw error;
      },
      editorState: () => $appendParagraphs(paragraphs),
    }),
    [paragraphs],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ContentEditable className={reflowed ? 'doc-text reflowed' : 'doc-text'} role="document" aria-label={label} tabIndex={0} spellCheck={false} />
      <DomIndexPlugin paragraphs={paragraphs} onIndex={onIndex} />
      {children}
    </LexicalComposer>
  );
}

/** Rebuilds the offset index whenever Lexical (re)draws the document. */
function DomIndexPlugin({ paragraphs, onIndex }: { paragraphs: readonly Paragraph[]; onIndex(index: TextDomIndex | null): void }) {
  const [editor] = useLexicalComposerContext();
  useLayoutEffect(() => {
    let first = true;
    const build = () => {
      const root = editor.getRootElement();
      // Lexical marks a read-only editor aria-readonly and aria-autocomplete="none", which a
      // role="document" may not carry (axe: aria-allowed-attr); the text is a document to read.
      root?.removeAttribute('aria-readonly');
      root?.removeAttribute('aria-autocomplete');
      onIndex(root ? TextDomIndex.build(root, paragraphs) : null);
    };
    return mergeRegister(
      // Lexical also commits an update when only its selection moves; the DOM (and the index) only
      // change when nodes do.
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size > 0 || dirtyLeaves.size > 0) build();
      }),
      editor.registerRootListener(() => {
        // Lexical calls a root listener at once, with the root it has drawn the text into: that index
        // is built now, in the commit that drew the text, so that the screen measures it and draws the
        // highlights before the text's first paint (set from a later task, it came a frame late).
        // Built once: each index makes the screen render, measure and draw its highlights again. A
        // root set later is indexed once Lexical has drawn into it.
        if (first) build();
        else queueMicrotask(build);
        first = false;
      }),
      () => onIndex(null),
    );
  }, [editor, paragraphs, onIndex]);
  return null;
}
