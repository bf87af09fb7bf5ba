import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { couldNotSave, failureReason } from '../../../renderer/db/writeFailure';
import { ChangeConflictError } from '../../../renderer/db/changes';

describe('telling the researcher that a write failed', () => {
  test('says which action failed, why, and that nothing was changed', () => {
    expect(couldNotSave('save the coding', new Error('Something broke.'))).toBe('Could not save the coding: Something broke. Nothing was changed.');
  });

  test('a full disk, as IndexedDB and as Dexie report it', () => {
    const dom = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(failureReason(dom)).toMatch(/^there is no room left to store the project/);
    expect(failureReason(new Dexie.AbortError('Transaction aborted', dom))).toMatch(/^there is no room left to store the project/);
  });

  test('a closed database, and a row that is gone or changed', () => {
    expect(failureReason(new Dexie.DatabaseClosedError())).toMatch(/storage was closed/);
    expect(failureReason(new ChangeConflictError('target-gone', 'codings', 'c1', undefined, {}))).toMatch(/no longer exists/);
    expect(failureReason(new ChangeConflictError('changed', 'codings', 'c1', {}, {}))).toMatch(/changed elsewhere/);
  });

  test('anything else keeps its own message, or says it is unknown', () => {
    expect(failureReason('plain')).toBe('plain');
    expect(failureReason(undefined)).toBe('an unknown error');
  });
});
