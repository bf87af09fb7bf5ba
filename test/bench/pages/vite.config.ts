// Baseline pages for benchmarks: each *.html here is a page that does the baseline work in the same
// Chromium as the app (plain Lexical without highlights, raw Dexie writes), built like the renderer.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  root,
  base: '/',
  logLevel: 'warn',
  build: {
    target: 'chrome140',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: Object.fromEntries(readdirSync(root).filter((f) => f.endsWith('.html')).map((f) => [f.replace(/\.html$/, ''), join(root, f)])),
    },
  },
});
