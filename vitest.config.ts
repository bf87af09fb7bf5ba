import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/{shared,electron,renderer,lint}/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['test/renderer/setup.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // One Chromium at a time: these machines have two cores.
          fileParallelism: false,
          // After the unit tests, not beside them.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
