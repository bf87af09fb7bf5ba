// Draws codings as CSS Custom Highlights: ranges over the rendered text, never nodes in it, so that
// thousands of overlapping codings cost no DOM (ARCHITECTURE.md has the measurement). Their colours
// are set by the workspace as the codebook loads (see setCodeColors), never here: setting them as a
// document opens would make the browser restyle the whole text once more.
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { CodeRecord, CodingRecord } from '../../../shared/model';
import type { TextDomIndex } from './textDomIndex';
import { ACTIVE_HIGHLIGHT } from './highlightStyles';
import { HighlightLayer } from './highlightLayer';

interface HighlightPluginProps {
  index: TextDomIndex;
  codes: readonly CodeRecord[];
  codings: readonly CodingRecord[];
  activeCoding: CodingRecord | null;
}

export function HighlightPlugin({ index, codes, codings, activeCoding }: HighlightPluginProps) {
  // One layer per rendering of the text; each change of the codings is applied as a difference.
  const layer = useRef<HighlightLayer | null>(null);
  useLayoutEffect(() => {
    const current = new HighlightLayer(index);
    layer.current = current;
    return () => {
      current.clear();
      layer.current = null;
    };
  }, [index]);
  // Before the browser paints: the text's first frame shows its highlights, and no frame shows the
  // text with the previous ones.
  useLayoutEffect(() => {
    layer.current?.sync(codes, codings);
  }, [index, codes, codings]);

  useEffect(() => {
    if (!activeCoding) return;
    const range = index.rangeOf(activeCoding.start, activeCoding.end);
    if (!range) return;
    const highlight = new Highlight(range);
    highlight.priority = codes.length + 1;
    CSS.highlights.set(ACTIVE_HIGHLIGHT, highlight);
    return () => {
      CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    };
  }, [index, activeCoding, codes.length]);

  return null;
}
