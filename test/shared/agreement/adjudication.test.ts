// What a decision may write into the consensus coder: only a passage a coder could have coded, and
// only when the codings it was made on are still as the list showed them.
import { describe, expect, test } from 'vitest';
import { settleDisagreement } from '../../../shared/agreement/adjudication';
import { listDisagreements } from '../../../shared/agreement/disagreements';
import { agreementInput } from './fixtures';

// "🏠" is two UTF-16 units (offsets 4–6).
const text = 'New 🏠 homes, rents rose.';
const input = agreementInput({ documents: [{ id: 'd', text }], codings: [['A', 'd', 'X', 0, 12], ['B', 'd', 'X', 4, 12]] });
const [boundaries] = listDisagreements(input);
const context = { consensusCoderId: 'consensus', text, newId: () => 'new', now: '2026-02-02T10:00:00.000Z' };

describe('an edited passage', () => {
  test('that starts or ends inside an emoji is refused, as the coding screen refuses it', () => {
    expect(boundaries!.kind).toBe('boundaries');
    expect(() => settleDisagreement(boundaries!, { take: 'edited', start: 5, end: 12 }, context)).toThrow(/splits a character/);
    expect(() => settleDisagreement(boundaries!, { take: 'edited', start: 0, end: 5 }, context)).toThrow(/splits a character/);
    expect(settleDisagreement(boundaries!, { take: 'edited', start: 4, end: 12 }, context).map((c) => c.quote)).toEqual(['🏠 homes']);
  });

  test('that is empty or runs past the text’s end is refused', () => {
    expect(() => settleDisagreement(boundaries!, { take: 'edited', start: 6, end: 6 }, context)).toThrow(/holds no text/);
    expect(() => settleDisagreement(boundaries!, { take: 'edited', start: 20, end: text.length + 1 }, context)).toThrow(/not a stretch of this document/);
  });

  test('refused, says where it lies and how long the text is in characters as a reader counts them (the emoji is one)', () => {
    // 25 UTF-16 units, 24 characters; offsets 5–12 are the second half of "🏠" (character 5) to "s" (character 11).
    expect(() => settleDisagreement(boundaries!, { take: 'edited', start: 20, end: text.length + 1 }, context)).toThrow(/\(24 characters\)/);
    expect(() => settleDisagreement(boundaries!, { take: 'edited', start: 5, end: 12 }, context)).toThrow(/^The edited passage \(characters 5–11\) splits a character/);
  });
});
