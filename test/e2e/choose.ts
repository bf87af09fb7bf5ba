// Choosing in a field of the app (renderer/ui/SelectField.tsx) as a researcher does: open the field
// found by its name, pick the option by its name in the list that opens.
//
// What Playwright sees: the field is a button named by its value and then its label ("By leaning
// Columns"), with aria-expanded; the list is a listbox named by the label alone, in a popover at the
// end of the page (outside `scope`), its entries options named by their text.
import type { Locator, Page } from 'playwright-core';

/** The field named `name` (its label, or its full name where the label is shorter), whatever it shows. */
export function selectField(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('button', { name: new RegExp(`^.+ ${escapeRegExp(name)}$`), expanded: false });
}

/** The list of the field named `name`, while it is open. */
export function selectList(scope: Page | Locator, name: string): Locator {
  return pageOf(scope).getByRole('listbox', { name, exact: true });
}

/** Opens the field named `name` inside `scope` and picks `option`; returns once the field shows it. */
export async function chooseOption(scope: Page | Locator, name: string, option: string): Promise<void> {
  await selectField(scope, name).click();
  const list = selectList(scope, name);
  await list.getByRole('option', { name: option, exact: true }).click();
  await list.waitFor({ state: 'hidden' });
  await scope.getByRole('button', { name: `${option} ${name}`, exact: true }).waitFor();
}

function pageOf(scope: Page | Locator): Page {
  return 'keyboard' in scope ? scope : scope.page();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
