// @vitest-environment jsdom
// The New code form of the codebook, used by keyboard: leaving it with Escape (or Cancel) puts the
// focus back where the researcher came from, never on nothing.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { code } from '../../../shared/codebook/fixtures';

// The panel's project, its writes and its usage counts are not what this test is about: no write
// happens when the form is left.
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => ({ db: null }) }));
vi.mock('../../../../renderer/features/codebook/useCodebookActions', () => ({ useCodebookActions: () => ({}) }));
vi.mock('../../../../renderer/features/counts/useCodingCounts', () => ({ useCodeUsage: () => undefined }));
const { CodebookPanel } = await import('../../../../renderer/features/codebook/CodebookPanel');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
});

const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name)!;
const nextFrames = () => act(async () => new Promise((resolve) => setTimeout(resolve, 50)));

describe('leaving the New code form', () => {
  test.each([
    ['an empty codebook', []],
    ['a codebook where no code is selected yet', [code('p', 'pledge', null, 0)]],
  ])('by Escape in %s puts the focus back on New code', async (_, codes) => {
    await act(async () => root.render(<CodebookPanel codes={codes} onApply={() => {}} />));
    button('New code').focus();
    await act(async () => button('New code').click());
    const input = host.querySelector<HTMLInputElement>('form.new-code input')!;
    expect(document.activeElement).toBe(input);
    await act(async () => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await nextFrames();
    expect(host.querySelector('form.new-code')).toBeNull();
    expect(document.activeElement).toBe(button('New code'));
  });
});
