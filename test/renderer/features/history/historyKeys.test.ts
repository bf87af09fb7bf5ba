import { describe, expect, test } from 'vitest';
import { historyCommandOf } from '../../../../renderer/features/history/historyKeys';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('undo and redo keys', () => {
  test('Windows and Linux: Ctrl+Z undoes, Shift+Ctrl+Z and Ctrl+Y redo', () => {
    expect(historyCommandOf(press('z', { ctrlKey: true }), false)).toBe('undo');
    expect(historyCommandOf(press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo');
    expect(historyCommandOf(press('y', { ctrlKey: true }), false)).toBe('redo');
  });

  test('macOS: Cmd+Z undoes, Shift+Cmd+Z redoes; Ctrl+Z and Cmd+Y do nothing', () => {
    expect(historyCommandOf(press('z', { metaKey: true }), true)).toBe('undo');
    expect(historyCommandOf(press('z', { metaKey: true, shiftKey: true }), true)).toBe('redo');
    expect(historyCommandOf(press('z', { ctrlKey: true }), true)).toBeNull();
    expect(historyCommandOf(press('y', { metaKey: true }), true)).toBeNull();
  });

  test('other keys and combinations are not undo', () => {
    expect(historyCommandOf(press('z'), false)).toBeNull();
    expect(historyCommandOf(press('z', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(historyCommandOf(press('x', { ctrlKey: true }), false)).toBeNull();
  });
});
