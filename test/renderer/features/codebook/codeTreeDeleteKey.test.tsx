// @vitest-environment jsdom
// Deleting a code from the tree by keyboard on each platform: Delete on Windows and Linux; on macOS,
// whose keyboards have no forward Delete key, Cmd+Backspace as in the Finder (and the forward Delete
// of a full keyboard). A lone Backspace deletes nothing, there as in the Finder. The keys described
// beside the tree are the platform's.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ProjectDatabase } from '../../../../renderer/db/projectDatabase';
import { createCode } from '../../../../renderer/db/codes';
import { freshProject } from '../../db/projectDb';
import { projectValue, KIM, type Screen } from '../memos/memoHarness';

const project = vi.hoisted(() => ({ value: null as unknown }));
vi.mock('../../../../renderer/features/projects/ProjectContext', () => ({ useProject: () => project.value }));
vi.mock('../../../../renderer/features/backups/BackupsContext', () => ({ useBackups: () => ({ backupBefore: async () => true }) }));
const { renderCodebook, row, press, settle } = await import('./codebookHarness');

const MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Framewise Chrome/130.0.0.0 Electron/33.0.0 Safari/537.36';
const LINUX = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Framewise Chrome/130.0.0.0 Electron/33.0.0 Safari/537.36';

let db: ProjectDatabase;
let view: Screen;
async function open(userAgent: string) {
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(userAgent);
  view = await renderCodebook(db);
  row(view.host, 'pledge').focus();
}
beforeEach(async () => {
  db = await freshProject();
  await createCode(db, { name: 'pledge', parentId: null }, KIM.id);
  project.value = projectValue(db);
});
afterEach(async () => {
  await view.unmount();
  vi.restoreAllMocks();
  db.close();
});

const deleteDialog = () => document.querySelector('[role="dialog"]')?.querySelector('h2')?.textContent ?? null;
const keysHint = () => document.getElementById('code-tree-keys')!.textContent!;

describe('on macOS', () => {
  test('Cmd+Backspace on a code’s row asks to delete it', async () => {
    await open(MAC);
    await press('Backspace', { metaKey: true });
    await settle();
    expect(deleteDialog()).toBe('Delete the code “pledge”?');
  });

  test('so does the forward Delete of a full keyboard', async () => {
    await open(MAC);
    await press('Delete');
    await settle();
    expect(deleteDialog()).toBe('Delete the code “pledge”?');
  });

  test('a lone Backspace deletes nothing', async () => {
    await open(MAC);
    await press('Backspace');
    await settle();
    expect(deleteDialog()).toBeNull();
  });

  test('the keys beside the tree say ⌘⌫ (and ⌥ for Alt)', async () => {
    await open(MAC);
    expect(keysHint()).toBe('⌥↑/↓ reorder · ⌥→ nest under the code above · ⌥← move out · Enter apply · F2 rename · ⌘⌫ delete');
  });
});

describe('on Windows and Linux', () => {
  test('Delete on a code’s row asks to delete it, and the keys beside the tree say so', async () => {
    await open(LINUX);
    expect(keysHint()).toBe('Alt+↑/↓ reorder · Alt+→ nest under the code above · Alt+← move out · Enter apply · F2 rename · Delete');
    await press('Delete');
    await settle();
    expect(deleteDialog()).toBe('Delete the code “pledge”?');
  });

  test('Ctrl+Backspace deletes nothing', async () => {
    await open(LINUX);
    await press('Backspace', { ctrlKey: true });
    await settle();
    expect(deleteDialog()).toBeNull();
  });
});
