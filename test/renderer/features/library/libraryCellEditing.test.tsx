// @vitest-environment jsdom
// Editing cells of the library's table: what cannot be read as a number is refused with a message and
// kept as typed; left that way, the editor stays open but gives the arrow keys back to the table
// (otherwise they moved nowhere in the whole table until the researcher found that cell again). A cell
// opened and left unchanged closes as it was, even when it holds text its type does not read.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { act, useContext } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader, TableStateContext } from 'react-aria-components';
import type { AttributeValue } from '../../../../shared/model';
import { EditableCell } from '../../../../renderer/features/library/EditableCell';
import { screen, type Screen } from '../memos/memoHarness';

// jsdom has no CSS.escape, which React Aria calls: the CSSOM's rule for identifiers, simply.
(globalThis as { CSS?: { escape(value: string): string } }).CSS ??= { escape: (value) => value.replace(/[^\w-]/gu, (c) => `\\${c}`) };

/** Says, in the page, whether the table's arrow-key navigation is switched off. */
function ArrowsOff() {
  const grid = useContext(TableStateContext);
  return <i data-arrows-off={String(grid?.isKeyboardNavigationDisabled)} />;
}

let view: Screen;
const commits: AttributeValue[] = [];
beforeEach(async () => {
  commits.length = 0;
  view = screen();
  await view.render(
    <Table aria-label="Documents">
      <TableHeader>
        <Column isRowHeader>Title</Column>
        <Column>age</Column>
        <Column>published</Column>
      </TableHeader>
      <TableBody>
        {['Courier', 'Ledger'].map((title) => (
          <Row key={title} id={title}>
            <Cell>
              {title}
              <ArrowsOff />
            </Cell>
            <Cell>
              <EditableCell name={`age of ${title}`} value={42} type="number" onCommit={(value) => void commits.push(value)} />
            </Cell>
            <Cell>
              <EditableCell name={`published of ${title}`} value="spring 2017" type="date" onCommit={(value) => void commits.push(value)} />
            </Cell>
          </Row>
        ))}
      </TableBody>
    </Table>,
  );
});
afterEach(() => view.unmount());

const cellButton = (title: string, column = 'age') => view.host.querySelector<HTMLButtonElement>(`[aria-label^="Edit ${column} of ${title}"]`)!;
const editor = () => view.host.querySelector<HTMLInputElement>('input[aria-label="age of Courier"]');
const arrowsOff = () => view.host.querySelector('[data-arrows-off]')!.getAttribute('data-arrows-off');

test('a value that is no number is kept as typed with a message; leaving it gives the arrows back to the table', async () => {
  // A click focuses the cell's button, then opens its editor.
  await act(async () => cellButton('Courier').focus());
  await act(async () => cellButton('Courier').click());
  await act(async () => {
    editor()!.focus();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(editor(), 'forty-two');
    editor()!.dispatchEvent(new Event('input', { bubbles: true }));
  });
  expect(arrowsOff()).toBe('true');

  // The researcher clicks another row's cell.
  await act(async () => cellButton('Ledger').focus());
  expect(commits).toEqual([]);
  expect(editor()?.value).toBe('forty-two');
  expect(view.host.querySelector('[role="alert"]')?.textContent).toBe('Enter a number, such as 2017 or 3.5.');
  expect(arrowsOff()).toBe('false');

  // Back in the editor, the arrows move the caret again; a number is saved.
  await act(async () => editor()!.focus());
  expect(arrowsOff()).toBe('true');
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(editor(), '42.5');
    editor()!.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => editor()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })));
  expect(commits).toEqual([42.5]);
  expect(editor()).toBeNull();
  expect(arrowsOff()).toBe('false');
});

test('a cell holding text its type does not read (a date kept as "spring 2017"), opened and left unchanged, closes as it was', async () => {
  await act(async () => cellButton('Courier', 'published').focus());
  await act(async () => cellButton('Courier', 'published').click());
  const published = view.host.querySelector<HTMLInputElement>('input[aria-label="published of Courier"]')!;
  expect(published.value).toBe('spring 2017');
  await act(async () => published.focus());
  await act(async () => cellButton('Ledger').focus());
  expect(view.host.querySelector('input[aria-label="published of Courier"]')).toBeNull();
  expect(view.host.querySelector('[role="alert"]')).toBeNull();
  expect(commits).toEqual([]);
  expect(arrowsOff()).toBe('false');
});
