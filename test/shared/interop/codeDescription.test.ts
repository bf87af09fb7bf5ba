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
