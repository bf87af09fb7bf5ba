// Closing the window while an import still has documents to add asks first; otherwise it closes.
import { describe, expect, test } from 'vitest';
import { CloseGuard } from '../../electron/closeGuard';

const answering = (answer: boolean, asked: string[] = []) => ({
  confirm: async (message: string, detail: string) => {
    asked.push(`${message} ${detail}`);
    return answer;
  },
});

describe('closing the window', () => {
  test('closes at once when no work would be lost', () => {
    expect(new CloseGuard().mayClose()).toBe(true);
  });

  test('while an import adds documents, asks first, saying why; "keep open" keeps it open', async () => {
    const guard = new CloseGuard();
    guard.hold('An import still has 40 documents to add.');
    expect(guard.mayClose()).toBe(false);
    const asked: string[] = [];
    let closed = false;
    expect(await guard.ask(answering(false, asked), () => (closed = true))).toBe(false);
    expect(closed).toBe(false);
    expect(asked[0]).toContain('An import still has 40 documents to add.');
    expect(asked[0]).toContain('offers to resume it');
  });

  test('"close anyway" closes it, and the close that follows is not asked again', async () => {
    const guard = new CloseGuard();
    guard.hold('An import is running.');
    let closed = false;
    await guard.ask(answering(true), () => (closed = true));
    expect(closed).toBe(true);
    expect(guard.mayClose()).toBe(true);
  });

  test('once the import is done, closes without asking', () => {
    const guard = new CloseGuard();
    guard.hold('An import is running.');
    guard.hold(null);
    expect(guard.mayClose()).toBe(true);
  });
});
