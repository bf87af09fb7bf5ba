// Bundles the main process (ES module) and, with `--mode preload`, the preload script. The preload
// runs in Electron's sandbox, which loads only CommonJS and can require nothing but `electron`, so it
// is one self-contained .cjs file.
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { dependencies?: Record<string, string> };
const runtimeDependencies = Object.keys(pkg.dependencies ?? {});
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig(({ mode }): UserConfig => {
  const preload = mode === 'preload';
  return {
    build: {
      outDir: 'dist/electron',
      emptyOutDir: !preload,
      target: 'node22',
      ssr: true,
      sourcemap: true,
      minify: false,
      reportCompressedSize: false,
      rollupOptions: {
        // The extraction worker is an entry of its own: main starts it as `extractWorker.js` beside `main.js`.
        input: (preload ? { preload: 'electron/preload.ts' } : { main: 'electron/main.ts', extractWorker: 'electron/extract/extractWorker.ts' }) as Record<string, string>,
        // Main loads its `dependencies` from node_modules (electron-builder ships them); the preload
        // bundles everything but electron.
        external: preload ? ['electron'] : ['electron', ...nodeBuiltins, ...runtimeDependencies.flatMap((d) => [d, new RegExp(`^${d}/`)])],
        output: preload ? { format: 'cjs', entryFileNames: '[name].cjs' } : { format: 'es', entryFileNames: '[name].js' },
      },
    },
    ssr: preload ? { noExternal: true } : {},
  };
});
