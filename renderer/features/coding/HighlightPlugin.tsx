// Draws codings as boxes behind the text (highlightLayer.ts), in the layer the workspace gives: never
// nodes in the text, so that its offsets, selection and Lexical's DOM stay as they are. Their colours
// are set by the workspace as the codebook loads (see setCodeColors), never here.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { CodeRecord, CodingRecord } from '../../../shared/model';
import type { TextDomIndex } from './textDomIndex';
import { HighlightLayer } from './highlightLayer';
import { watchTextLayout } from '../../ui/textLayout';

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
    // Measured again when the lines move (ui/textLayout.ts), after the browser's layout and before its
    // paint; a size reported unchanged (as each is when the watch starts) moves nothing.
    const stop = watchTextLayout(index.element, (change) => (change === 'resized' ? current.remeasureIfResized() : current.remeasure()));
    return () => {
      stop();
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
