// The file channels as the window uses them, through the harness's bridge: bytes go out and come back
// exactly (every byte value, in the save dialog, the open dialog and the data folder), as Electron's
// structured clone carries them in the app.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { launchApp } from './app';

/** Every byte value, twice, and a run long enough to cross the bridge's 32 KiB chunks. */
const allBytes = () => Uint8Array.from({ length: 256 * 2 + 70_000 }, (_, i) => (i * 7 + (i >> 8)) % 256);

test('bytes cross the bridge both ways: saved through the dialog, opened through it, kept in and read back from the data folder', async () => {
  const app = await launchApp();
  const { page } = app;
  const expected = [...allBytes()];

  // Out through the save dialog.
  const png = join(app.dataDir, 'chart.png');
  app.dialog.willSaveTo(png);
  const saved = await page.evaluate(async (values) => {
    const result = await window.framewise.saveFile({ purpose: 'chartPng', suggestedName: 'Codes by leaning.png', content: Uint8Array.from(values) });
    return result;
  }, expected);
  expect(saved).toEqual({ ok: true, value: { path: png, fileName: 'chart.png', bytes: expected.length } });
  expect([...(await readFile(png))]).toEqual(expected);

  // In through the open dialog: a Uint8Array in the page.
  const project = join(app.dataDir, 'Study.framewise');
  await writeFile(project, allBytes());
  app.dialog.willOpen([project]);
  const opened = await page.evaluate(async () => {
    const result = await window.framewise.openFile({ purpose: 'projectFile', as: 'bytes' });
    if (!result.ok || !result.value || result.value.as !== 'bytes') return result;
    return { isUint8Array: result.value.bytes instanceof Uint8Array, values: [...result.value.bytes], size: result.value.size };
  });
  expect(opened).toEqual({ isUint8Array: true, values: expected, size: expected.length });

  // Into the data folder and back, and listed.
  const kept = await page.evaluate(async (values) => {
    const folder = { area: 'backups' as const, subfolders: ['5f0c9b1e-2c1d-4c39-9f7e-0d8f6c2b9a11'] };
    const written = await window.framewise.writeDataFile({ folder, name: 'latest.framewise', content: Uint8Array.from(values) });
    const listed = await window.framewise.listDataFiles(folder);
    const read = await window.framewise.readDataFile({ folder, name: 'latest.framewise', as: 'bytes' });
    const bytes = read.ok && read.value.as === 'bytes' ? read.value.bytes : null;
    return { written: written.ok, listed: listed.ok ? listed.value.map((f) => [f.name, f.size]) : listed, isUint8Array: bytes instanceof Uint8Array, values: bytes ? [...bytes] : [] };
  }, expected);
  expect(kept).toEqual({ written: true, listed: [['latest.framewise', expected.length]], isUint8Array: true, values: expected });
  expect([...(await readFile(join(app.dataDir, 'backups', '5f0c9b1e-2c1d-4c39-9f7e-0d8f6c2b9a11', 'latest.framewise')))]).toEqual(expected);
  expect(app.pageErrors).toEqual([]);
});
