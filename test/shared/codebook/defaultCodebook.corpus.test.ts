// The default codebook's definitions are the ones agreed for the reference corpus (its manifest's
// "codes"): a project started on the corpus codes it as the corpus's readers did.
import { expect, test } from 'vitest';
import { DEFAULT_CODEBOOK } from '../../../shared/codebook/defaultCodebook';
import { referenceDefinitions } from '../../fixtures/referenceCorpus';

test('every default code carries the reference corpus’s definition of it, and no code is missing', () => {
  expect(Object.fromEntries(DEFAULT_CODEBOOK.map((code) => [code.name, code.definition]))).toEqual(referenceDefinitions());
});
