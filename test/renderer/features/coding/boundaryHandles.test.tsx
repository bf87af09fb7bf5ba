// @vitest-environment jsdom
// The drag handles of the chosen coding: where they stand, in left-to-right and right-to-left text, and
// what letting one go moves. Dragging one while that coding goes away (undone with Ctrl+Z, removed in
// another window) and another is chosen, letting go must not move the other coding's ends to the
// passage dragged for the first. jsdom lays nothing out and has no Custom Highlights, so each of
// those browser features is given a stand-in before the plugin loads; the plugin, the document's DOM
// and its index are the real ones.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

vi.hoisted(() => {
  Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true });
  (globalThis as { CSSStyleSheet: unknown }).CSSStyleSheet = class {
    replaceSync(): void {}
  };
  (globalThis as { CSS: unknown }).CSS = { highlights: new Map() };
  (globalThis as { Highlight: unknown }).Highlight = class {
    constructor(readonly range: Range) {}
  };
  (globalThis as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    disconnect(): void {}
  };
  // Every line box of the text a 10×20 box: enough for the handles to be placed.
  const box = () => ({ left: 0, top: 0, right: 10, bottom: 20, width: 10, height: 20, x: 0, y: 0 }) as DOMRect;
  Range.prototype.getClientRects = function () {
    return [box()] as unknown as DOMRectList;
  };
  Range.prototype.getBoundingClientRect = box;
});

import { BoundaryHandlesPlugin } from '../../../../renderer/features/coding/BoundaryHandlesPlugin';
import { TextDomIndex } from '../../../../renderer/features/coding/textDomIndex';
import type { CodingRecord } from '../../../../shared/model';
import { documentDom } from './documentDom';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TEXT = 'Krasner faces numerous challenges when he takes office in January.';
const coding = (id: string, phrase: string): CodingRecord => ({
  id,
  docId: 'd',
  codeId: 'c',
  start: TEXT.indexOf(phrase),
  end: TEXT.indexOf(phrase) + phrase.length,
  quote: phrase,
  prefix: '',
  suffix: '',
  coderId: 'k',
  createdAt: '',
});

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
});
afterEach(() => {
  host.remove();
});

test('a coding that goes away mid-drag ends the drag: letting go moves no other coding', async () => {
  const { root: text, paragraphs } = documentDom(TEXT);
  const index = TextDomIndex.build(text, paragraphs)!;
  document.body.append(host);
  const root = createRoot(host);
  const onResize = vi.fn();
  const render = (chosen: CodingRecord | null) =>
    act(async () => root.render(<BoundaryHandlesPlugin index={index} text={TEXT} container={host} coding={chosen} color="#000000" onResize={onResize} />));
  const challenges = coding('a', 'numerous challenges');
  const office = coding('b', 'takes office');

  await render(challenges);
  const endHandle = host.querySelector('.boundary-end')!;
  expect(endHandle).not.toBeNull();
  await act(async () => {
    endHandle.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, button: 0 }));
  });
  expect(CSS.highlights.size).toBe(1);

  // The dragged coding is undone, and another is chosen, before the button is let go.
  await render(null);
  await render(office);
  await act(async () => {
    window.dispatchEvent(new MouseEvent('pointerup'));
  });
  expect(onResize).not.toHaveBeenCalled();
  // Nothing of the abandoned drag stays drawn over the text.
  expect(CSS.highlights.size).toBe(0);
  await act(async () => root.unmount());
});

test('a drag of the chosen coding, let go, moves that coding’s end to the character under the pointer', async () => {
  const { root: text, paragraphs } = documentDom(TEXT);
  const index = TextDomIndex.build(text, paragraphs)!;
  document.body.append(host);
  const root = createRoot(host);
  const onResize = vi.fn();
  const challenges = coding('a', 'numerous challenges');
  await act(async () => root.render(<BoundaryHandlesPlugin index={index} text={TEXT} container={host} coding={challenges} color="#000000" onResize={onResize} />));
  // The pointer is over the end of "when".
  const line = text.querySelector('.doc-paragraph span')!.firstChild!;
  const under = TEXT.indexOf(' he');
  Object.assign(document, { caretPositionFromPoint: () => ({ offsetNode: line, offset: under }) });
  await act(async () => {
    host.querySelector('.boundary-end')!.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, button: 0 }));
  });
  await act(async () => {
    window.dispatchEvent(new MouseEvent('pointermove', { clientX: 5, clientY: 5 }));
  });
  await act(async () => {
    window.dispatchEvent(new MouseEvent('pointerup'));
  });
  expect(onResize).toHaveBeenCalledWith(challenges, challenges.start, under);
  expect(TEXT.slice(challenges.start, under)).toBe('numerous challenges when');
  await act(async () => root.unmount());
});

test('in Hebrew, drawn right to left, the start handle stands at the right of the first letter and the end handle at the left of the last', async () => {
  const hebrew = 'הוא אמר שלום עולם היום';
  const { root: text, paragraphs } = documentDom(hebrew);
  const index = TextDomIndex.build(text, paragraphs)!;
  document.body.append(host);
  const root = createRoot(host);
  const passage: CodingRecord = { ...coding('h', 'numerous'), start: hebrew.indexOf('שלום'), end: hebrew.indexOf(' היום') };
  await act(async () => root.render(<BoundaryHandlesPlugin index={index} text={hebrew} container={host} coding={passage} color="#000000" onResize={() => {}} />));
  // Every character's box (the stand-in above) spans x 0 to 10.
  expect((host.querySelector('.boundary-start') as HTMLElement).style.left).toBe('10px');
  expect((host.querySelector('.boundary-end') as HTMLElement).style.left).toBe('0px');
  await act(async () => root.unmount());
});

test('in English the start handle stands at the left of the first letter and the end handle at the right of the last', async () => {
  const { root: text, paragraphs } = documentDom(TEXT);
  const index = TextDomIndex.build(text, paragraphs)!;
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(<BoundaryHandlesPlugin index={index} text={TEXT} container={host} coding={coding('a', 'numerous')} color="#000000" onResize={() => {}} />));
  expect((host.querySelector('.boundary-start') as HTMLElement).style.left).toBe('0px');
  expect((host.querySelector('.boundary-end') as HTMLElement).style.left).toBe('10px');
  await act(async () => root.unmount());
});
