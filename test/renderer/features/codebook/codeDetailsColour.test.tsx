// @vitest-environment jsdom
// Choosing a code's colour in its codebook entry, by keyboard as by mouse: once the colour is saved the
// focus is still on the colour field (not thrown back to the top of the window), and a colour changed
// elsewhere (Undo) shows in the field.
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { CodeRecord } from '../../../../shared/model';
import type { CodeFields } from '../../../../shared/codebook/codebookEdits';
import { code } from '../../../shared/codebook/fixtures';

// How much a code is used comes from the project's counts store, which this test has no project for.
vi.mock('../../../../renderer/features/counts/useCodingCounts', () => ({ useCodeUsage: () => undefined }));
const { CodeDetails } = await import('../../../../renderer/features/codebook/CodeDetails');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
let setFromOutside: (patch: Partial<CodeRecord>) => void = () => {};
const saves: Array<Partial<CodeFields>> = [];

function Entry() {
  const [current, setCurrent] = useState(code('p', 'pledge', null, 0, { color: '#332288' }));
  setFromOutside = (patch) => setCurrent((c) => ({ ...c, ...patch }));
  return (
    <CodeDetails
      code={current}
      focusName={0}
      onSave={async (patch) => {
        saves.push(patch);
        setCurrent((c) => ({ ...c, ...patch }));
        return true;
      }}
      onNewSubcode={() => {}}
      onMerge={() => {}}
      onDelete={() => {}}
    />
  );
}

const colourField = () => host.querySelector<HTMLInputElement>('input[type="color"]')!;

beforeEach(async () => {
  saves.length = 0;
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(<Entry />));
});
afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
});

describe('the colour field of a codebook entry', () => {
  test('keeps the focus once the chosen colour is saved', async () => {
    colourField().focus();
    colourField().value = '#117733';
    await act(async () => {
      colourField().dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(saves).toEqual([{ color: '#117733' }]);
    expect(document.activeElement).toBe(colourField());
    expect(colourField().value).toBe('#117733');
  });

  test('shows a colour changed elsewhere, and saves the next choice once', async () => {
    await act(async () => setFromOutside({ color: '#cc6677' }));
    expect(colourField().value).toBe('#cc6677');
    colourField().value = '#44aa99';
    await act(async () => {
      colourField().dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(saves).toEqual([{ color: '#44aa99' }]);
  });
});
