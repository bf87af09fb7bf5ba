// @vitest-environment jsdom
// Naming a project (New project…, Rename project…): a name of nothing but spaces, or the name of
// another project, is refused in the dialog, which says why and keeps what was typed.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { act } from 'react';
import { addProject, listProjects, RegistryDatabase } from '../../../../renderer/db/registry';
import { ProjectBar } from '../../../../renderer/features/projects/ProjectBar';
import { settle } from '../memos/memoHarness';
import { openWindow, type OpenWindow } from './projectHarness';

let window_: OpenWindow;
beforeEach(async () => {
  window_ = await openWindow(<ProjectBar backUpBeforeDeleting={async () => true} />);
});
afterEach(async () => {
  await window_.view.unmount();
});

const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]');
const nameField = () => dialog()!.querySelector('input')!;
const names = async () => (await listProjects(new RegistryDatabase())).map((p) => p.name);

async function typeName(text: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(nameField(), text);
    nameField().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit(label: string): Promise<void> {
  await act(async () => [...dialog()!.querySelectorAll('button')].find((b) => b.textContent === label)!.click());
  await settle();
}

test('a new project named with spaces only is refused with the reason, and no project is made', async () => {
  const before = await names();
  await window_.chooseFromMenu('newProject');
  await typeName('   ');
  await submit('Create project');
  expect(dialog()).not.toBeNull();
  expect(dialog()!.querySelector('[role="alert"]')?.textContent).toBe('Give the project a name.');
  expect(nameField().getAttribute('aria-invalid')).toBe('true');
  expect(await names()).toEqual(before);
});

test('renaming the open project to the name of another project is refused, keeping what was typed', async () => {
  await addProject(new RegistryDatabase(), 'Housing pledges');
  await settle();
  const open = window_.opened().project.name;
  await window_.chooseFromMenu('renameProject');
  await typeName('housing pledges ');
  await submit('Rename');
  expect(dialog()).not.toBeNull();
  expect(nameField().value).toBe('housing pledges ');
  expect(dialog()!.querySelector('[role="alert"]')?.textContent).toBe('There is already a project named “Housing pledges”: choose another name.');
  expect(window_.opened().project.name).toBe(open);

  await typeName('Housing pledges 2019');
  await submit('Rename');
  expect(dialog()).toBeNull();
  expect(window_.opened().project.name).toBe('Housing pledges 2019');
  expect(await names()).toContain('Housing pledges 2019');
});

test('renaming the open project to its own name with another case is allowed', async () => {
  const open = window_.opened().project.name;
  await window_.chooseFromMenu('renameProject');
  await typeName(open.toUpperCase());
  await submit('Rename');
  expect(dialog()).toBeNull();
  expect(window_.opened().project.name).toBe(open.toUpperCase());
});
