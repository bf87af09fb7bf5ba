// End-to-end tests drive the built app. Each run builds its own copy into a temporary folder (named
// by FW_BUILD_DIR for the tests), so that two runs at once never serve each other a half-written
// bundle, and a test never runs against a stale one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  console.log(`End-to-end tests run in ${execFileSync(chromium, ['--version'], { encoding: 'utf8' }).trim()} (${chromium})`);
  const out = mkdtempSync(join(tmpdir(), 'fw-build-'));
  buildApp(out);
  process.env.FW_BUILD_DIR = out;
  return () => rmSync(out, { recursive: true, force: true });
}

/** Builds renderer, main and preload into `out` (as `npm run build` does into dist/). */
export function buildApp(out: string): void {
  // Vitest sets NODE_ENV=test, which Vite would honour with React's development build: the app under
  // test must be the production one.
  const env = { ...process.env, NODE_ENV: 'production' };
  const vite = (args: string[]) => execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], { stdio: 'inherit', env });
  vite(['--config', 'vite.renderer.config.ts', '--outDir', join(out, 'renderer'), '--emptyOutDir']);
  vite(['--config', 'vite.electron.config.ts', '--outDir', join(out, 'electron'), '--emptyOutDir']);
  vite(['--config', 'vite.electron.config.ts', '--mode', 'preload', '--outDir', join(out, 'electron')]);
}
