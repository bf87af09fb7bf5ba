import { describe, expect, it } from 'vitest';
import { composeCodeDescription, splitCodeDescription } from '../../../shared/interop/codeDescription';

const fields = (definition = '', inclusion = '', exclusion = '', example = '') => ({ definition, inclusion, exclusion, example });

describe('code descriptions in REFI-QDA', () => {
  it('writes a definition alone as it is, as other tools write descriptions', () => {
    expect(composeCodeDescription(fields('Talk about money.'))).toBe('Talk about money.');
    expect(splitCodeDescription('Talk about money.')).toEqual(fields('Talk about money.'));
  });

  it('labels the four texts so that they split back, each with several paragraphs', () => {
    const all = fields('Money.\n\nAnd work.', 'Jobs, prices.', 'Personal budgets.', '“Jobs first”');
    expect(splitCodeDescription(composeCodeDescription(all))).toEqual(all);
    const some = fields('', 'Only employment.', '', 'A line.');
    expect(composeCodeDescription(some)).toBe('Inclusion criteria: Only employment.\n\nExample: A line.');
    expect(splitCodeDescription(composeCodeDescription(some))).toEqual(some);
  });

  it('keeps a definition that begins like a label', () => {
    const tricky = fields('Example: this is how we use it.');
    expect(splitCodeDescription(composeCodeDescription(tricky))).toEqual(tricky);
  });

  it('reads another tool’s description whole as the definition, CRLF or not', () => {
    expect(splitCodeDescription('Apply when the study\r\nuses affordances.')).toEqual(fields('Apply when the study\nuses affordances.'));
  });
});

describe('code descriptions whose fields contain label-like paragraphs', () => {
  it('brings back a definition with an “Example:” paragraph, and criteria with a label inside, unchanged', () => {
    const definition = fields('Talk about money.\n\nExample: “jobs first” counts.');
    expect(splitCodeDescription(composeCodeDescription(definition))).toEqual(definition);
    const criteria = fields('', 'Prices.\n\nExclusion criteria: none stated', 'Personal');
    expect(splitCodeDescription(composeCodeDescription(criteria))).toEqual(criteria);
  });

  it('escapes such a paragraph so that a person reading the description in another tool sees it is not a label', () => {
    expect(composeCodeDescription(fields('', 'Prices.\n\nExclusion criteria: none stated', 'Personal'))).toBe(
      'Inclusion criteria: Prices.\n\n\\Exclusion criteria: none stated\n\nExclusion criteria: Personal',
    );
  });

  it('splits back every combination of paragraphs that read as labels, escaped labels and plain text (compose → split is the identity)', () => {
    const paragraphs = [
      'Plain words.',
      'Definition: a',
      'Inclusion criteria: b',
      'Exclusion criteria: none stated',
      'Example: “jobs first” counts.',
      'Example:',
      '\\Example: already escaped',
      '\\\\Definition: twice',
      'Examples: not a label',
      'Line one\nExample: on a second line',
      'Inclusion criteria:\n\n',
    ];
    // A fixed-seed generator, so that a failure names the same case on every run.
    let seed = 20261207;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 16) % n;
    };
    const field = () =>
      Array.from({ length: next(4) }, () => paragraphs[next(paragraphs.length)]!)
        .join('\n\n')
        .trim();
    for (let i = 0; i < 3000; i++) {
      const original = fields(field(), field(), field(), field());
      expect(splitCodeDescription(composeCodeDescription(original)), JSON.stringify(original)).toEqual(original);
    }
  });

  it('still reads other tools’ descriptions as before: no labels, or labels at paragraph starts', () => {
    expect(splitCodeDescription('Apply when money is discussed.\n\nExample: “jobs first”')).toEqual(fields('Apply when money is discussed.', '', '', '“jobs first”'));
    expect(splitCodeDescription('Definition: Money.\nInclusion criteria: not a paragraph start')).toEqual(fields('Money.\nInclusion criteria: not a paragraph start'));
  });
});
