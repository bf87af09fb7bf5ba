import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { couldNotSave, failureReason, isQuotaExceeded } from '../../../renderer/db/writeFailure';
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

  test('a full disk reported row by row, inside the error Dexie gives a bulk write or a modify', () => {
    // A browser that refuses each request (not the transaction as it commits) fails Dexie's bulkAdd,
    // bulkPut or modify with one error listing the failures.
    const dom = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const bulk = new Dexie.BulkError('codings.bulkAdd(): 2 of 2 operations failed', { 0: dom, 1: dom });
    expect(failureReason(bulk)).toMatch(/^there is no room left to store the project/);
    expect(isQuotaExceeded(bulk)).toBe(true);
    const modify = new Dexie.ModifyError('documents.modify(): 1 of 3 operations failed', [dom], 2, []);
    expect(isQuotaExceeded(modify)).toBe(true);
    expect(isQuotaExceeded(new Dexie.BulkError('codings.bulkAdd(): 1 of 1 operations failed', { 0: new DOMException('Key already exists', 'ConstraintError') }))).toBe(false);
  });

  test('a closed database, and a row that is gone or changed', () => {
    expect(failureReason(new Dexie.DatabaseClosedError())).toMatch(/storage was closed/);
    expect(failureReason(new ChangeConflictError('target-gone', 'codings', 'c1', undefined, {}))).toMatch(/no longer exists/);
    expect(failureReason(new ChangeConflictError('changed', 'codings', 'c1', {}, {}))).toMatch(/changed elsewhere/);
  });

  test('a write refused because it would repeat a coding, or a code’s name, says so', () => {
    expect(failureReason(new ChangeConflictError('duplicate', 'codings', 'c1', {}, {}))).toMatch(/passage is already coded with that code by that coder/);
    expect(failureReason(new ChangeConflictError('name-taken', 'codes', 'k1', {}, {}))).toMatch(/another code of that name/);
  });

  test('anything else keeps its own message, or says it is unknown', () => {
    expect(failureReason('plain')).toBe('plain');
    expect(failureReason(undefined)).toBe('an unknown error');
  });
});
