// @vitest-environment jsdom
// The status line is the app's one live region: what is said in it is heard. A screen reader speaks
// the nodes added to a live region, so every message must arrive as a node of its own, even when two
// are said in the same moment (a code applied and the memo saved by the same press), and even when
// they are the same words.
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { AnnouncerProvider, StatusBar, useAnnounce } from '../../../renderer/ui/Announcer';
import { screen, type Screen } from '../features/memos/memoHarness';

let view: Screen;
let say: (message: string) => void;
function Speaker() {
  say = useAnnounce();
  return null;
}

/** Records each node added to the live region, as a screen reader hears them. */
function listen(): { heard: string[]; stop(): void } {
  const region = document.querySelector('[role="status"][aria-label="Status"]')!;
  const heard: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) heard.push(node.textContent!.trim());
  });
  observer.observe(region, { childList: true, subtree: true });
  return { heard, stop: () => observer.disconnect() };
}

const shown = () => document.querySelector('[role="status"][aria-label="Status"]')!.textContent!.trim();

beforeEach(async () => {
  view = screen();
  await view.render(
    <AnnouncerProvider>
      <Speaker />
      <StatusBar />
    </AnnouncerProvider>,
  );
});
afterEach(async () => {
  await view.unmount();
});

describe('the status line as a live region', () => {
  test('two messages said in the same moment are both heard, in order', async () => {
    const ear = listen();
    await act(async () => {
      say('Coded as pledge');
      say('Memo saved');
    });
    await act(async () => {});
    ear.stop();
    expect(ear.heard).toEqual(['Coded as pledge', 'Memo saved']);
    expect(shown()).toContain('Coded as pledge');
    expect(shown()).toContain('Memo saved');
  });

  test('the same words said twice in the same moment are heard twice', async () => {
    const ear = listen();
    await act(async () => {
      say('Saved');
      say('Saved');
    });
    ear.stop();
    expect(ear.heard).toEqual(['Saved', 'Saved']);
  });

  test('the same words said again later are heard again, and only the latest moment is shown', async () => {
    await act(async () => {
      say('Coded as pledge');
      say('Memo saved');
    });
    const ear = listen();
    await act(async () => say('Memo saved'));
    ear.stop();
    expect(ear.heard).toEqual(['Memo saved']);
    expect(shown()).toBe('Memo saved');
  });

  test('an empty message clears the line', async () => {
    await act(async () => say('Coded as pledge'));
    await act(async () => say(''));
    expect(shown()).toBe('');
  });
});
