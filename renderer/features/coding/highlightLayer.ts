// The codings of the open document as CSS Custom Highlights, one Highlight per code. Kept up to date
// by difference: applying one code to a document with 5,000 codings adds one range, it does not
// rebuild 5,000 (the big-document benchmark in test/bench measures this).
import type { CodeRecord, CodingRecord } from '../../../shared/model';
import type { TextDomIndex } from './textDomIndex';
import { highlightName } from './highlightStyles';

interface Drawn {
  codeId: string;
  start: number;
  end: number;
  range: Range;
}

export class HighlightLayer {
  private readonly drawn = new Map<string, Drawn>();
  private readonly byCode = new Map<string, Highlight>();
  private order = new Map<string, number>();

  constructor(private readonly index: TextDomIndex) {}

  /** Makes the highlights show exactly `codings`, layered in codebook order (later codes on top). */
  sync(codes: readonly CodeRecord[], codings: readonly CodingRecord[]): void {
    this.order = new Map(codes.map((code, order) => [code.id, order]));
    for (const [codeId, highlight] of this.byCode) highlight.priority = this.order.get(codeId) ?? 0;
    const wanted = new Set<string>();
    for (const coding of codings) {
      wanted.add(coding.id);
      const drawn = this.drawn.get(coding.id);
      if (drawn && drawn.codeId === coding.codeId && drawn.start === coding.start && drawn.end === coding.end) continue;
      if (drawn) this.erase(coding.id, drawn);
      const range = this.index.rangeOf(coding.start, coding.end);
      if (!range) continue;
      this.highlightOf(coding.codeId).add(range);
      this.drawn.set(coding.id, { codeId: coding.codeId, start: coding.start, end: coding.end, range });
    }
    for (const [id, drawn] of this.drawn) if (!wanted.has(id)) this.erase(id, drawn);
    // A code with nothing to show has no highlight registered.
    for (const [codeId, highlight] of this.byCode) {
      if (highlight.size === 0) {
        CSS.highlights.delete(highlightName(codeId));
        this.byCode.delete(codeId);
      }
    }
  }

  /** Removes every highlight this layer registered. */
  clear(): void {
    for (const codeId of this.byCode.keys()) CSS.highlights.delete(highlightName(codeId));
    this.byCode.clear();
    this.drawn.clear();
  }

  private erase(id: string, drawn: Drawn): void {
    this.byCode.get(drawn.codeId)?.delete(drawn.range);
    this.drawn.delete(id);
  }

  private highlightOf(codeId: string): Highlight {
    let highlight = this.byCode.get(codeId);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = this.order.get(codeId) ?? 0;
      this.byCode.set(codeId, highlight);
      CSS.highlights.set(highlightName(codeId), highlight);
    }
    return highlight;
  }
}
