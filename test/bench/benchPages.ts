// The baseline pages (test/bench/pages), built once per bench run and opened in the same Chromium
// build and flags as the app.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/app';
import { serveFolder } from '../e2e/staticFiles';
import { allowEvaluatedFunctions } from '../e2e/evaluatedFunctions';

const BENCH_ORIGIN = 'https://bench.framewise.test';
let built: string | null = null;

function buildPages(): string {
  if (built) return built;
  const out = mkdtempSync(join(tmpdir(), 'fw-bench-pages-'));
  execFileSync('npx', ['vite', 'build', '--config', join(import.meta.dirname, 'pages', 'vite.config.ts'), '--outDir', out], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  built = out;
  process.once('exit', () => rmSync(out, { recursive: true, force: true }));
  return out;
}

export interface BenchPage {
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
}

/** Opens `<name>.html` of the bench pages in a fresh Chromium profile. */
export async function openBenchPage(name: string): Promise<BenchPage> {
  const root = buildPages();
  const profile = mkdtempSync(join(tmpdir(), 'fw-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  await serveFolder(context, BENCH_ORIGIN, root);
  await allowEvaluatedFunctions(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${BENCH_ORIGIN}/${name}.html`);
  return {
    page,
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
