import { describe, expect, test } from 'vitest';
import { inVivoName, IN_VIVO_NAME_LENGTH } from '../../../shared/codebook/codeNames';

describe('in-vivo code names', () => {
  test('are the selected words on one line, without surrounding quotes and trailing punctuation', () => {
    expect(inVivoName('  “wider array of\nexcuses,”  ')).toBe('wider array of excuses');
    expect(inVivoName('"NOT prosecute"')).toBe('NOT prosecute');
  });

  test('long selections are cut at a word boundary with an ellipsis', () => {
    const name = inVivoName('looking for a wider array of excuses to NOT prosecute actual criminals in this city');
    expect(name.length).toBeLessThanOrEqual(IN_VIVO_NAME_LENGTH);
    expect(name).toBe('looking for a wider array of excuses to NOT…');
  });

  test('never carry the path separator', () => {
    expect(inVivoName('rents > wages')).toBe('rents – wages');
  });
});
