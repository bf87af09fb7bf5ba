// The header's project controls as a researcher uses them: the switcher (a combo box whose field shows
// the open project) and the menu beside it (New project…, Rename project…, Open sample project).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const projectSwitcher = (page: Page) => page.getByRole('combobox', { name: 'Project' });
const projectList = (page: Page) => page.getByRole('listbox', { name: 'Project' });

/** The open project's name, as the switcher shows it. */
export const openProjectName = (page: Page) => projectSwitcher(page).inputValue();

/** Runs a command of the project menu beside the switcher. */
export async function projectMenu(page: Page, command: 'New project…' | 'Rename project…' | 'Open sample project'): Promise<void> {
  await page.getByRole('button', { name: 'Project actions' }).click();
  await page.getByRole('menu', { name: 'Project actions' }).getByRole('menuitem', { name: command }).click();
}

/** The projects the switcher lists, in its order: opened from the keyboard (all of them), left with Tab. */
export async function listedProjects(page: Page): Promise<string[]> {
  await projectSwitcher(page).focus();
  await page.keyboard.press('ArrowDown');
  await projectList(page).waitFor();
  const names = await projectList(page).getByRole('option').allInnerTexts();
  await page.keyboard.press('Tab');
  await projectList(page).waitFor({ state: 'detached' });
  return names;
}

/** Switches to a project: its name typed in the switcher, then chosen in the list. */
export async function switchToProject(page: Page, name: string): Promise<void> {
  const switcher = projectSwitcher(page);
  await switcher.fill(name);
  await projectList(page).getByRole('option', { name, exact: true }).click();
  // The list closes once the project is open, and the field shows its name.
  await projectList(page).waitFor({ state: 'detached' });
  await expect.poll(() => switcher.inputValue()).toBe(name);
}
