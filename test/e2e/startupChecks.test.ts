// The checks the window makes once at start (renderer/features/backups/startupChecks.ts): when the
// look for lost projects fails, the researcher is told in the status line, not only the console,
// since a project whose data is missing would otherwise never be offered back.
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { launchApp } from './app';
import { scratchFolder } from './teardown';

test('a backups folder Framewise cannot use is said at start, with what to do about it', async () => {
  const dataDir = await scratchFolder('fw-data-');
  // Main refuses a backups folder that links outside the data folder: the look cannot list it.
  await symlink(await scratchFolder('fw-elsewhere-'), join(dataDir, 'backups'));
  const app = await launchApp({ dataDir });

  await app.page
    .getByRole('status', { name: 'Status' })
    .filter({ hasText: 'Framewise could not look for projects whose data is missing from its storage' })
    .filter({ hasText: 'backups folder is a link to a place outside its data folder; it was not used. Remove the link' })
    .waitFor();
  // The console keeps the error with its cause, for a bug report.
  await expect.poll(() => app.pageErrors.join('\n')).toMatch(/Could not look for lost projects[\s\S]*caused by Error: Framewise's backups folder is a link/u);
});
