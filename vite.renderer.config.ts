// Builds the renderer (React, Lexical, Dexie) into dist/renderer, served at app://framewise/.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: '/',
  // The sample project's texts live in resources/, outside the renderer's root.
  server: { fs: { allow: ['..'] } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: true,
    reportCompressedSize: false,
    // Loaded from disk by a desktop app, not over a network: one bundle is fine.
    chunkSizeWarningLimit: 4096,
  },
});
