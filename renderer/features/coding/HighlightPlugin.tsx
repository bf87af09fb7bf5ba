// Draws codings as CSS Custom Highlights: ranges over the rendered text, never nodes in it, so that
// thousands of overlapping codings cost no DOM (ARCHITECTURE.md has the measurement).
import { useEffect } from 'react';
import type { CodeRecord, CodingRecord } from '../../../shared/model';
import type { TextDomIndex } from './textDomIndex';
import { ACTIVE_HIGHLIGHT, highlightName, setCodeColors } from './highlightStyles';

interface HighlightPluginProps {
  index: TextDomIndex;
  codes: readonly CodeRecord[];
  codings: readonly CodingRecord[];
  activeCoding: CodingRecord | null;
}

export function HighlightPlugin({ index, codes, codings, activeCoding }: HighlightPluginProps) {
  useEffect(() => {
    setCodeColors(codes);
  }, [codes]);

  useEffect(() => {
    const rangesByCode = new Map<string, Range[]>();
    for (const coding of codings) {
      const range = index.rangeOf(coding.start, coding.end);
      if (!range) continue;
      const ranges = rangesByCode.get(coding.codeId);
      if (ranges) ranges.push(range);
      else rangesByCode.set(coding.codeId, [range]);
    }
    const names: string[] = [];
    codes.forEach((code, order) => {
      const ranges = rangesByCode.get(code.id);
      if (!ranges) return;
      const highlight = new Highlight(...ranges);
      highlight.priority = order;
      const name = highlightName(code.id);
      CSS.highlights.set(name, highlight);
      names.push(name);
    });
    return () => names.forEach((name) => CSS.highlights.delete(name));
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
