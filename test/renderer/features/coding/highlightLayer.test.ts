// @vitest-environment jsdom
// The highlight layer keeps its boxes equal to the open document's codings by difference: a new coding
// adds one group of boxes and leaves the others' as they are, which is what keeps applying a code
// fast in a document with thousands of codings. jsdom lays nothing out, so the text's geometry is a
// stand-in: each passage one line box, at its offsets as pixels. Where the boxes land over real text
// is tested in Chromium (test/e2e/highlightBoxes.test.ts).
import { beforeEach, describe, expect, test, vi } from 'vitest';

// highlightStyles.ts adopts a constructed stylesheet when it loads; jsdom has none, so an empty list
// of adopted sheets stands in, before the modules load.
vi.hoisted(() => {
  Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true });
});
import { HighlightLayer, type TextBoxes } from '../../../../renderer/features/coding/highlightLayer';
import { code, coding } from '../../../shared/codebook/fixtures';

const TEXT = 'We will build 4,000 homes by 2029.\n\nThe council approved 1,150 new homes.';
const at = (phrase: string) => TEXT.indexOf(phrase);
const span = (id: string, codeId: string, phrase: string) => coding(id, codeId, 'doc', at(phrase), at(phrase) + phrase.length);
const pledge = code('pledge', 'pledge', null, 0);
const metric = code('metric', 'metric', null, 1);

let host: HTMLElement;
let text: TextBoxes & { width: number; measured: number };
beforeEach(() => {
  host = document.createElement('div');
  document.body.replaceChildren(host);
  const element = document.createElement('div');
  text = {
    element,
    width: 600,
    measured: 0,
    // A passage is one line: x from its start, as wide as it is long, on a line as deep as the text is narrow.
    lineBoxesOf(start: number, end: number) {
      this.measured++;
      return [{ left: start, top: 6000 / this.width, width: end - start, height: 20 } as DOMRectReadOnly];
    },
  };
  element.getBoundingClientRect = () => ({ left: 0, top: 0, width: text.width, height: 800 }) as DOMRect;
});

/** Each group drawn: its code, the passage's text, its layer, and its boxes' places. */
function drawn() {
  return [...host.querySelectorAll<HTMLElement>('.hl')].map((group) => ({
    code: group.dataset.code,
    text: TEXT.slice(Number(group.dataset.start), Number(group.dataset.end)),
    layer: Number(group.style.zIndex),
    boxes: [...group.children].map((box) => `${(box as HTMLElement).style.left} ${(box as HTMLElement).style.top} ${(box as HTMLElement).style.width}`),
  }));
}

describe('the highlight layer', () => {
  test('draws each coding as its code’s group of boxes, later codes of the codebook above', () => {
    new HighlightLayer(text, host).sync([pledge, metric], [span('a', 'pledge', 'We will build 4,000 homes by 2029'), span('b', 'metric', '4,000 homes')]);
    expect(drawn()).toEqual([
      { code: 'pledge', text: 'We will build 4,000 homes by 2029', layer: 0, boxes: ['0px 10px 33px'] },
      { code: 'metric', text: '4,000 homes', layer: 1, boxes: ['14px 10px 11px'] },
    ]);
  });

  test('a new coding adds one group; the groups already drawn are kept, not measured or drawn again', () => {
    const layer = new HighlightLayer(text, host);
    const first = [span('a', 'pledge', 'We will build'), span('b', 'metric', '4,000 homes')];
    layer.sync([pledge, metric], first);
    const before = [...host.querySelectorAll('.hl')];
    const measured = text.measured;
    layer.sync([pledge, metric], [...first, span('c', 'metric', '1,150 new homes')]);
    const after = [...host.querySelectorAll('.hl')];
    expect(after.slice(0, 2)).toEqual(before);
    expect(after[0]).toBe(before[0]);
    expect(text.measured).toBe(measured + 1);
    expect(drawn()[2]!.text).toBe('1,150 new homes');
  });

  test('a coding whose ends moved is drawn anew; one recoded takes its new code’s style and layer', () => {
    const layer = new HighlightLayer(text, host);
    const kept = span('a', 'pledge', 'We will build');
    layer.sync([pledge, metric], [kept, span('b', 'metric', '4,000 homes')]);
    const keptGroup = host.querySelector('[data-coding="a"]');
    layer.sync([pledge, metric], [kept, span('b', 'metric', '4,000 homes by 2029')]);
    expect(drawn().map((d) => d.text)).toEqual(['We will build', '4,000 homes by 2029']);
    layer.sync([pledge, metric], [kept, span('b', 'pledge', '4,000 homes by 2029')]);
    expect(drawn().map((d) => [d.code, d.layer])).toEqual([['pledge', 0], ['pledge', 0]]);
    expect(host.querySelector('[data-coding="a"]')).toBe(keptGroup);
  });

  test('removed codings are erased; a reordered codebook reorders the layers; clear removes only what it drew', () => {
    const layer = new HighlightLayer(text, host);
    layer.sync([pledge, metric], [span('a', 'pledge', 'We will build'), span('b', 'metric', '4,000 homes')]);
    layer.sync([metric, pledge], [span('a', 'pledge', 'We will build'), span('b', 'metric', '4,000 homes')]);
    expect(drawn().map((d) => [d.code, d.layer])).toEqual([['pledge', 1], ['metric', 0]]);
    layer.sync([metric, pledge], [span('b', 'metric', '4,000 homes')]);
    expect(drawn().map((d) => d.code)).toEqual(['metric']);
    const other = host.appendChild(document.createElement('div'));
    layer.setActive({ start: at('4,000'), end: at('4,000') + 5 });
    layer.clear();
    expect([...host.children]).toEqual([other]);
  });

  test('the chosen passage is emphasised above every code, once however often it is chosen again, and goes when none is', () => {
    const layer = new HighlightLayer(text, host);
    layer.sync([pledge, metric], [span('a', 'pledge', 'We will build')]);
    layer.setActive({ start: 0, end: 7 });
    const emphasis = host.querySelector<HTMLElement>('.hl-active')!;
    expect(Number(emphasis.style.zIndex)).toBeGreaterThan(1);
    expect([...emphasis.children].map((box) => (box as HTMLElement).style.width)).toEqual(['7px']);
    layer.setActive({ start: 0, end: 7 });
    expect(host.querySelector('.hl-active')).toBe(emphasis);
    layer.setActive({ start: 8, end: 13 });
    expect(host.querySelectorAll('.hl-active')).toHaveLength(1);
    expect((host.querySelector('.hl-active')!.firstChild as HTMLElement).style.left).toBe('8px');
    layer.setActive(null);
    expect(host.querySelector('.hl-active')).toBeNull();
  });

  test('when the text changes size every box is placed again; at the same size nothing is measured', () => {
    const layer = new HighlightLayer(text, host);
    layer.sync([pledge, metric], [span('a', 'pledge', 'We will build'), span('b', 'metric', '4,000 homes')]);
    layer.setActive({ start: 0, end: 7 });
    const measured = text.measured;
    layer.remeasureIfResized();
    expect(text.measured).toBe(measured);
    text.width = 300;
    layer.remeasureIfResized();
    expect(drawn().map((d) => d.boxes)).toEqual([['0px 20px 13px'], ['14px 20px 11px']]);
    expect((host.querySelector('.hl-active')!.firstChild as HTMLElement).style.top).toBe('20px');
  });
});
