// A runnable extraction worker for tests. Node 20 cannot run TypeScript in a worker thread, so the
// worker is bundled with the app's own main-process build config, into a temporary folder of this run
// (never the shared dist/). The bundle keeps the runtime dependencies external, as the app does; a
// `node_modules` link beside it lets Node resolve them from the project.
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { build, type InlineConfig } from 'vite';
import electronConfig from '../../../vite.electron.config';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The worker entry of a build folder (`<build>/electron/extractWorker.js`), made loadable. */
export async function workerInBuild(buildDir: string): Promise<string> {
  await linkNodeModules(buildDir);
  return join(buildDir, 'electron', 'extractWorker.js');
}

/** Bundles the worker alone into a new temporary folder. */
export async function buildWorker(): Promise<{ workerPath: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'fw-worker-'));
  const base = (typeof electronConfig === 'function' ? electronConfig({ mode: 'production', command: 'build' }) : electronConfig) as InlineConfig;
  await build({
    ...base,
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      ...base.build,
      outDir: join(dir, 'electron'),
      emptyOutDir: true,
      rollupOptions: { ...base.build?.rollupOptions, input: { extractWorker: join(ROOT, 'electron', 'extract', 'extractWorker.ts') } },
    },
  });
  return { workerPath: await workerInBuild(dir), remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Inside the project (`dist/`), Node finds node_modules and the package's `"type": "module"` by
 * itself (and a link there would be packaged). Elsewhere the bundle gets both: a link to the
 * project's node_modules, and a package.json saying its .js files are ES modules.
 */
async function linkNodeModules(buildDir: string): Promise<void> {
  if (resolve(buildDir).startsWith(ROOT + sep)) return;
  await writeFile(join(buildDir, 'package.json'), '{ "type": "module" }\n');
  await symlink(join(ROOT, 'node_modules'), join(buildDir, 'node_modules'), 'dir').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
}
