// The codings of the open document, drawn as boxes behind the text: each coding a group of boxes, one
// per line of text its passage covers, in its code's tint with its code's underline
// (highlightStyles.ts), and the chosen coding emphasised on top. The layer sits behind the text in
// the document's canvas, so the text, its selection and everything in it stay as Lexical drew them.
//
// Not CSS Custom Highlights, which this layer replaced: Chromium rebuilds the markers of every
// registered highlight, and repaints and rasters all the highlighted text, in every frame in which
// anything in the page changed (a list row, a count, an attribute), and each application of a code
// changes the side panels in two or three frames. Boxes are painted only when they change
// (test/bench/highlightRepaint.probe.ts measures both). Kept up to date by difference: applying one
// code to a document with 5,000 codings draws one group, it does not redraw 5,000.
import type { CodeRecord, CodingRecord } from '../../../shared/model';
import { ACTIVE_HIGHLIGHT_CLASS, BASELINE_PROPERTY, HIGHLIGHT_CLASS } from './highlightStyles';

/** What the layer needs of the rendered text (TextDomIndex gives it). */
export interface TextBoxes {
  readonly element: HTMLElement;
  /** The screen boxes of the text of `[start, end)`, a box per line. */
  lineBoxesOf(start: number, end: number): readonly DOMRectReadOnly[];
}

interface Passage {
  start: number;
  end: number;
}

interface Drawn extends Passage {
  codeId: string;
  group: HTMLElement;
}

export class HighlightLayer {
  private readonly drawn = new Map<string, Drawn>();
  private active: (Passage & { group: HTMLElement }) | null = null;
  private order = new Map<string, number>();
  /** The text's size when its boxes were last measured: a new size moves every line. */
  private measuredSize = '';

  constructor(
    private readonly text: TextBoxes,
    private readonly host: HTMLElement,
  ) {}

  /** Makes the boxes show exactly `codings`, layered in codebook order (later codes on top). */
  sync(codes: readonly CodeRecord[], codings: readonly CodingRecord[]): void {
    const order = new Map(codes.map((code, position) => [code.id, position]));
    const reordered = !sameOrder(order, this.order);
    this.order = order;
    const wanted = new Set<string>();
    const toDraw: CodingRecord[] = [];
    for (const coding of codings) {
      wanted.add(coding.id);
      const drawn = this.drawn.get(coding.id);
      if (drawn && drawn.codeId === coding.codeId && drawn.start === coding.start && drawn.end === coding.end) {
        if (reordered) drawn.group.style.zIndex = String(this.layerOf(drawn.codeId));
        continue;
      }
      if (drawn) this.erase(coding.id, drawn);
      toDraw.push(coding);
    }
    for (const [id, drawn] of this.drawn) if (!wanted.has(id)) this.erase(id, drawn);
    if (toDraw.length === 0) return;
    const { origin, measured } = this.measure(() => toDraw.map((coding) => this.text.lineBoxesOf(coding.start, coding.end)));
    const groups = document.createDocumentFragment();
    toDraw.forEach((coding, i) => {
      const group = groupOf(measured[i]!, origin);
      group.className = HIGHLIGHT_CLASS;
      group.dataset.coding = coding.id;
      group.dataset.code = coding.codeId;
      group.dataset.start = String(coding.start);
      group.dataset.end = String(coding.end);
      group.style.zIndex = String(this.layerOf(coding.codeId));
      this.drawn.set(coding.id, { codeId: coding.codeId, start: coding.start, end: coding.end, group });
      groups.append(group);
    });
    this.host.append(groups);
  }

  /** Emphasises the chosen coding's passage above the others (none: no emphasis). */
  setActive(passage: Passage | null): void {
    if (this.active && passage && this.active.start === passage.start && this.active.end === passage.end) return;
    this.active?.group.remove();
    this.active = null;
    if (!passage) return;
    const { origin, measured } = this.measure(() => this.text.lineBoxesOf(passage.start, passage.end));
    const group = groupOf(measured, origin);
    group.className = ACTIVE_HIGHLIGHT_CLASS;
    group.dataset.start = String(passage.start);
    group.dataset.end = String(passage.end);
    group.style.zIndex = String(this.order.size + 1);
    this.active = { start: passage.start, end: passage.end, group };
    this.host.append(group);
  }

  /**
   * Measures every drawn passage again when the text's size changed (a new reading width, a resized
   * pane, a section of a long text laid out for the first time): its lines have moved.
   */
  remeasureIfResized(): void {
    this.measure(() => null);
  }

  /** Measures every drawn passage again: the text was laid out anew, perhaps at the same size (reflowed). */
  remeasure(): void {
    this.measuredSize = '';
    this.remeasureIfResized();
  }

  /** Removes every box this layer drew. */
  clear(): void {
    for (const [id, drawn] of this.drawn) this.erase(id, drawn);
    this.active?.group.remove();
    this.active = null;
  }

  private erase(id: string, drawn: Drawn): void {
    drawn.group.remove();
    this.drawn.delete(id);
  }

  private layerOf(codeId: string): number {
    return this.order.get(codeId) ?? 0;
  }

  /**
   * Measures what `measureNew` asks for, and, when the text's size changed since the last measuring,
   * every passage drawn (and the emphasis) too, whose boxes are then moved. Everything is measured
   * before any box changes: a box added or moved first would make the next measurement lay the page
   * out again.
   */
  private measure<T>(measureNew: () => T): { origin: DOMRectReadOnly; measured: T } {
    const { origin, resized } = this.place();
    const groups = resized ? [...this.drawn.values(), ...(this.active ? [this.active] : [])] : [];
    const moved = groups.map((passage) => this.text.lineBoxesOf(passage.start, passage.end));
    const measured = measureNew();
    groups.forEach((passage, i) => passage.group.replaceChildren(...boxesOf(moved[i]!, origin)));
    return { origin, measured };
  }

  /**
   * Where the layer is on screen, and whether the text's size changed since it was last measured: if
   * so, where the baseline falls in a line's box (the underlines hang from it, as text decorations
   * do) is measured again, and every box drawn must be (`measure` does).
   */
  private place(): { origin: DOMRectReadOnly; resized: boolean } {
    const { width, height } = this.text.element.getBoundingClientRect();
    const size = `${width}x${height}`;
    const resized = size !== this.measuredSize;
    if (resized) {
      this.measuredSize = size;
      this.host.style.setProperty(BASELINE_PROPERTY, `${baselineIn(this.host, this.text.element)}px`);
    }
    return { origin: this.host.getBoundingClientRect(), resized };
  }
}

function groupOf(boxes: readonly DOMRectReadOnly[], origin: DOMRectReadOnly): HTMLElement {
  const group = document.createElement('div');
  group.append(...boxesOf(boxes, origin));
  return group;
}

function boxesOf(boxes: readonly DOMRectReadOnly[], origin: DOMRectReadOnly): HTMLElement[] {
  return boxes.map((box) => {
    const element = document.createElement('div');
    element.style.left = `${box.left - origin.left}px`;
    element.style.top = `${box.top - origin.top}px`;
    element.style.width = `${box.width}px`;
    element.style.height = `${box.height}px`;
    return element;
  });
}

/**
 * The distance from the top of a line's text box to its baseline, in the text's font: measured on a
 * probe in the layer, since no node may be added to the text itself.
 */
function baselineIn(host: HTMLElement, text: HTMLElement): number {
  const probe = document.createElement('span');
  probe.style.font = getComputedStyle(text).font;
  probe.textContent = 'x';
  // A box of no height sits on the baseline.
  const mark = document.createElement('span');
  mark.style.display = 'inline-block';
  probe.append(mark);
  host.append(probe);
  const baseline = mark.getBoundingClientRect().bottom - probe.getBoundingClientRect().top;
  probe.remove();
  return baseline;
}

function sameOrder(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, position] of a) if (b.get(id) !== position) return false;
  return true;
}
