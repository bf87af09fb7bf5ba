// The document filter shared by the Library and the Code place's document list: an attribute chosen in
// a combo box, its values ticked in a list box beside it. Its popover lists sit outside `scope`.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Filters the documents of `scope` (the page, or the Code place's document list) by an attribute's values; `null`: no filter. */
export async function filterDocuments(scope: Page | Locator, attribute: string | null, values: readonly string[] = []): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  const field = scope.getByRole('combobox', { name: 'Filter by attribute' });
  const name = attribute ?? 'No filter';
  if ((await field.inputValue()) !== name) {
    await field.fill(name);
    await page.getByRole('listbox', { name: 'Filter by attribute' }).getByRole('option', { name, exact: true }).click();
    await expect.poll(() => field.inputValue()).toBe(name);
  }
  if (attribute === null) return;
  const options = valueList(scope, attribute).getByRole('option');
  for (const option of await options.all()) {
    const chosen = values.includes(await valueOf(option));
    if ((await option.getAttribute('aria-selected')) !== String(chosen)) await option.click();
    await expect.poll(() => option.getAttribute('aria-selected')).toBe(String(chosen));
  }
}

/** The list box of an attribute's values. */
export const valueList = (scope: Page | Locator, attribute: string) => scope.getByRole('listbox', { name: `${attribute} is any of` });

/** An option's value, as its label says it (its description is the count of documents). */
export const valueOf = (option: Locator) => option.evaluate((el) => document.getElementById(el.getAttribute('aria-labelledby')?.split(' ')[0] ?? '')?.textContent ?? '');
