// Draws codings as boxes behind the text (highlightLayer.ts), in the layer the workspace gives: never
// nodes in the text, so that its offsets, selection and Lexical's DOM stay as they are. Their colours
// are set by the workspace as the codebook loads (see setCodeColors), never here.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { CodeRecord, CodingRecord } from '../../../shared/model';
import type { TextDomIndex } from './textDomIndex';
import { HighlightLayer } from './highlightLayer';

interface HighlightPluginProps {
  index: TextDomIndex;
  /** The element behind the text, covering it, that the boxes are drawn in. */
  layer: RefObject<HTMLElement | null>;
  codes: readonly CodeRecord[];
  codings: readonly CodingRecord[];
  activeCoding: CodingRecord | null;
}

export function HighlightPlugin({ index, layer: host, codes, codings, activeCoding }: HighlightPluginProps) {
  // One layer per rendering of the text; each change of the codings is applied as a difference.
  const layer = useRef<HighlightLayer | null>(null);
  useLayoutEffect(() => {
    if (!host.current) return;
    const current = new HighlightLayer(index, host.current);
    layer.current = current;
    // Lines move when the text's size changes (a reading width, a reflow, a section of a long text laid
    // out): measured again after the browser's layout, before its paint.
    const resize = new ResizeObserver(() => current.remeasureIfResized());
    resize.observe(index.element);
    return () => {
      resize.disconnect();
      current.clear();
      layer.current = null;
    };
  }, [index, host]);
  // Before the browser paints: the text's first frame shows its highlights, and no frame shows the
  // text with the previous ones.
  useLayoutEffect(() => {
    layer.current?.sync(codes, codings);
  }, [index, codes, codings]);

  useEffect(() => {
    layer.current?.setActive(activeCoding);
  }, [index, activeCoding]);

  return null;
}
