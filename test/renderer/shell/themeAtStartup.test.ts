// @vitest-environment jsdom
// The theme is on the window from its first frame: the screens drawn before the workspace ("Opening
// your projects…", a startup error) and the workspace's own first frame are not light for a researcher
// whose chosen theme, or whose system, is dark.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

let systemDark = false;
beforeEach(() => {
  vi.resetModules();
  localStorage.clear();
  delete document.documentElement.dataset.theme;
  // jsdom has no media queries: the system's preference, as Chromium would answer it.
  window.matchMedia = (query: string) =>
    ({ matches: query === '(prefers-color-scheme: dark)' && systemDark, media: query, addEventListener() {}, removeEventListener() {} }) as unknown as MediaQueryList;
});
afterEach(() => {
  systemDark = false;
});

describe('the theme as the window starts', () => {
  test('a kept choice of Dark is applied as soon as the window’s code loads, before any screen is drawn', async () => {
    localStorage.setItem('framewise-theme', 'dark');
    await import('../../../renderer/shell/theme');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  test('with no choice kept, a dark system gives the dark theme from the start', async () => {
    systemDark = true;
    await import('../../../renderer/shell/theme');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  test('a kept choice of Light wins over a dark system', async () => {
    systemDark = true;
    localStorage.setItem('framewise-theme', 'light');
    await import('../../../renderer/shell/theme');
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});
