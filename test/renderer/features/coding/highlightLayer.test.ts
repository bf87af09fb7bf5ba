// @vitest-environment jsdom
// The highlight layer keeps the CSS Custom Highlights of the open document equal to its codings by
// difference: a new coding adds one range and leaves the others' ranges as they are, which is what
// keeps applying a code fast in a document with thousands of codings. jsdom has no Custom Highlight
// API; a registry of the same shape stands in for it (a Highlight is a set of ranges with a priority).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

// highlightStyles.ts, which names the highlights, adopts a constructed stylesheet when it loads;
// jsdom has neither, so an empty list of adopted sheets stands in, before the modules load.
vi.hoisted(() => {
  Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true });
});
import { HighlightLayer } from '../../../../renderer/features/coding/highlightLayer';
import { TextDomIndex } from '../../../../renderer/features/coding/textDomIndex';
import { code, coding } from '../../../shared/codebook/fixtures';
import { documentDom } from './documentDom';

class StandInHighlight extends Set<Range> {
  priority = 0;
}

let registry: Map<string, StandInHighlight>;
beforeEach(() => {
  registry = new Map();
  vi.stubGlobal('Highlight', StandInHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
});
afterEach(() => vi.unstubAllGlobals());

const TEXT = 'We will build 4,000 homes by 2029.\n\nThe council approved 1,150 new homes.';
const at = (phrase: string) => TEXT.indexOf(phrase);
const span = (id: string, codeId: string, phrase: string) => coding(id, codeId, 'doc', at(phrase), at(phrase) + phrase.length);
const pledge = code('pledge', 'pledge', null, 0);
const metric = code('metric', 'metric', null, 1);

function layer(): HighlightLayer {
  const { root, paragraphs } = documentDom(TEXT);
  return new HighlightLayer(TextDomIndex.build(root, paragraphs)!);
}

/** What each code's highlight covers, as text, and its priority. */
function drawn(): Record<string, { texts: string[]; priority: number }> {
  return Object.fromEntries([...registry].map(([name, highlight]) => [name, { texts: [...highlight].map((r) => r.toString()).sort(), priority: highlight.priority }]));
}

describe('the highlight layer', () => {
  test('draws each coding in its code’s highlight, later codes of the codebook on top', () => {
    layer().sync([pledge, metric], [span('a', 'pledge', 'We will build 4,000 homes by 2029'), span('b', 'metric', '4,000 homes'), span('c', 'metric', '1,150 new homes')]);
    expect(drawn()).toEqual({
      'fw-code-pledge': { texts: ['We will build 4,000 homes by 2029'], priority: 0 },
      'fw-code-metric': { texts: ['1,150 new homes', '4,000 homes'], priority: 1 },
    });
  });

  test('a new coding adds one range; the ranges already drawn are kept, not drawn again', () => {
    const highlights = layer();
    const first = [span('a', 'pledge', 'We will build'), span('b', 'metric', '4,000 homes')];
    highlights.sync([pledge, metric], first);
    const before = [...registry.get('fw-code-metric')!];
    highlights.sync([pledge, metric], [...first, span('c', 'metric', '1,150 new homes')]);
    const after = [...registry.get('fw-code-metric')!];
    expect(after).toHaveLength(2);
    expect(after[0]).toBe(before[0]);
    expect(after[1]!.toString()).toBe('1,150 new homes');
  });

  test('a coding whose ends moved is drawn anew; one recoded moves to the other code, whose highlight goes when empty', () => {
    const highlights = layer();
    const kept = span('a', 'pledge', 'We will build');
    highlights.sync([pledge, metric], [kept, span('b', 'metric', '4,000 homes')]);
    const keptRange = [...registry.get('fw-code-pledge')!][0];
    highlights.sync([pledge, metric], [kept, span('b', 'metric', '4,000 homes by 2029')]);
    expect(drawn()['fw-code-metric']!.texts).toEqual(['4,000 homes by 2029']);
    highlights.sync([pledge, metric], [kept, span('b', 'pledge', '4,000 homes by 2029')]);
    expect(drawn()).toEqual({ 'fw-code-pledge': { texts: ['4,000 homes by 2029', 'We will build'], priority: 0 } });
    expect([...registry.get('fw-code-pledge')!]).toContain(keptRange);
  });

  test('removed codings are erased; a reordered codebook reorders the layers; clear removes everything it drew', () => {
    const highlights = layer();
    highlights.sync([pledge, metric], [span('a', 'pledge', 'We will build'), span('b', 'metric', '4,000 homes')]);
    highlights.sync([metric, pledge], [span('a', 'pledge', 'We will build'), span('b', 'metric', '4,000 homes')]);
    expect([drawn()['fw-code-metric']!.priority, drawn()['fw-code-pledge']!.priority]).toEqual([0, 1]);
    highlights.sync([metric, pledge], [span('b', 'metric', '4,000 homes')]);
    expect(Object.keys(drawn())).toEqual(['fw-code-metric']);
    registry.set('fw-active', new StandInHighlight()); // another layer's highlight: not this one's to remove
    highlights.clear();
    expect([...registry.keys()]).toEqual(['fw-active']);
  });
});
