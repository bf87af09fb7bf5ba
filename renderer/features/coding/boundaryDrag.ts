// Dragging one end of a coding with the mouse: where the end lands for the point under the pointer.
// The coding keeps at least one whole character, and its ends fall between characters as a reader
// sees them (shared/text/graphemes.ts): never between the two halves of an emoji (the CSV export
// counts code points, which such an end has not), nor inside a flag or a letter with its accent.
// Pure: offsets in, offsets out.
import { graphemeCeil, graphemeFloor, nextGrapheme, previousGrapheme } from '../../../shared/text/graphemes';
import type { Edge } from './boundaryNudge';

export interface Extent {
  start: number;
  end: number;
}

/** The extent with `edge` moved to `offset` (a UTF-16 offset of `text`, as the pointer gives it). */
export function draggedExtent(text: string, extent: Extent, edge: Edge, offset: number): Extent {
  const at = Math.max(0, Math.min(text.length, offset));
  // Inside a character, the end moves to take the whole character in.
  if (edge === 'start') return { start: Math.min(graphemeFloor(text, at), previousGrapheme(text, extent.end)), end: extent.end };
  return { start: extent.start, end: Math.max(graphemeCeil(text, at), nextGrapheme(text, extent.start)) };
}
