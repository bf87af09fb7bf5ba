// What a code may be called, where the rules meet the code path: a name is what a codebook CSV and a
// REFI-QDA file name a code by, so two names that look the same must be the same name, and no name may
// make a path read two ways.
import { describe, expect, test } from 'vitest';
import { createCodeChange, updateCodeChange } from '../../../shared/codebook/codebookEdits';
import { checkCodeName, codeNameKey, inVivoName, sameName } from '../../../shared/codebook/codeNames';
import { codebookToCsv, parseCodebookCsv } from '../../../shared/codebook/codebookCsv';
import { planCodebookImport } from '../../../shared/codebook/codebookImport';
import { code, counter } from './fixtures';

const CAFE_COMPOSED = 'caf\u00e9';
const CAFE_DECOMPOSED = 'cafe\u0301';

describe('code names that look alike', () => {
  test('an accented name typed in decomposed form is the same name as the composed one', () => {
    expect(sameName(CAFE_COMPOSED, CAFE_DECOMPOSED)).toBe(true);
    expect(() => createCodeChange([code('c', CAFE_COMPOSED, null, 0)], { name: CAFE_DECOMPOSED, parentId: null }, counter())).toThrow(
      'There is already a code “café” at the top level',
    );
  });

  test('the name key that lookups use is one for names that are the same name, and only for them', () => {
    const names = [CAFE_COMPOSED, CAFE_DECOMPOSED, ' Café ', 'CAFÉ', 'cafe', 'café  bar', 'café bar'];
    for (const a of names) for (const b of names) expect(codeNameKey(a) === codeNameKey(b)).toBe(sameName(a, b));
    expect(codeNameKey(' Café  ')).toBe(codeNameKey(CAFE_DECOMPOSED));
  });

  test('names are stored composed (NFC), so exports and searches see one spelling', () => {
    const { code: created } = createCodeChange([], { name: CAFE_DECOMPOSED, parentId: null }, counter());
    expect(created.name).toBe(CAFE_COMPOSED);
    expect(checkCodeName(` ${CAFE_DECOMPOSED} `)).toBe(CAFE_COMPOSED);
  });
});

describe('code names and the path separator', () => {
  test('a name cannot end in " >": under it, a subcode’s path would read two ways', () => {
    expect(() => createCodeChange([], { name: 'income >', parentId: null }, counter())).toThrow('cannot end with');
    expect(() => updateCodeChange([code('i', 'income', null, 0)], 'i', { name: 'income  >' })).toThrow('cannot end with');
    // ">" alone, and ">" against a word, read one way only.
    expect(checkCodeName('>')).toBe('>');
    expect(checkCodeName('> 50%')).toBe('> 50%');
    expect(checkCodeName('income->')).toBe('income->');
  });

  test('every name the rules allow keeps its place through a codebook CSV', () => {
    const names = ['>', '> 50%', 'a >b', '->', 'x>'];
    // Each allowed name, as a parent and as a child of every other, round-trips by path.
    for (const parent of names) {
      for (const child of names) {
        const codes = [code('p', parent, null, 0), code('c', child, 'p', 0), code('g', 'leaf', 'c', 0)];
        const plan = planCodebookImport([], parseCodebookCsv(codebookToCsv(codes)), 'import', counter());
        expect(plan.problems, `${parent} / ${child}`).toEqual([]);
        expect(plan.created).toBe(3);
      }
    }
  });

  test('an in-vivo name never ends in " >"', () => {
    const name = inVivoName('incomes rose >');
    expect(() => checkCodeName(name)).not.toThrow();
    expect(name).toBe('incomes rose');
  });

  test('an in-vivo name of a selection with separators side by side holds none', () => {
    const name = inVivoName('rents > > wages');
    expect(() => checkCodeName(name)).not.toThrow();
    expect(name).toBe('rents – – wages');
  });
});
