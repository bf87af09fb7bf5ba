// The key that deletes the focused row (a code in the code tree): Delete on Windows and Linux, and on
// macOS, whose keyboards have no forward Delete, Cmd+Backspace as in the Finder, shown as the Finder's
// menu shows it.
import { describe, expect, test } from 'vitest';
import { deleteRowKey, isDeleteRowKey } from '../../../shared/commands/rowKeys';
import { ariaKeyShortcut, formatAccelerator } from '../../../shared/commands/shortcuts';

const press = (key: string, modifiers: { metaKey?: boolean; ctrlKey?: boolean } = {}) => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers });

describe('deleting a row by keyboard', () => {
  test('on macOS it is Cmd+Backspace, shown ⌘⌫, and a full keyboard’s Delete', () => {
    expect(formatAccelerator(deleteRowKey(true), true)).toBe('⌘⌫');
    expect(ariaKeyShortcut(deleteRowKey(true), true)).toBe('Meta+Backspace');
    expect(isDeleteRowKey(press('Backspace', { metaKey: true }), true)).toBe(true);
    expect(isDeleteRowKey(press('Delete'), true)).toBe(true);
    expect(isDeleteRowKey(press('Backspace'), true)).toBe(false);
  });

  test('elsewhere it is Delete alone', () => {
    expect(formatAccelerator(deleteRowKey(false), false)).toBe('Delete');
    expect(isDeleteRowKey(press('Delete'), false)).toBe(true);
    expect(isDeleteRowKey(press('Backspace', { ctrlKey: true }), false)).toBe(false);
    expect(isDeleteRowKey(press('Delete', { ctrlKey: true }), false)).toBe(false);
  });
});
