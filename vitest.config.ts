// Two suites. `npm test` runs the project's own tests (unit, then end to end), which need nothing
// beside the clone. `npm run test:corpus` runs the `*.corpus.test.ts` files, which read the reference
// corpus and the REFI-QDA samples in ../shared (vitest.corpus.config.ts); .ci/run runs both.
import { defineConfig } from 'vitest/config';

const CORPUS = '**/*.corpus.test.{ts,tsx}';

export const unitProject = (include: string[], exclude: string[]) => ({
  test: {
    name: 'unit',
    include,
    exclude: ['**/node_modules/**', ...exclude],
    environment: 'node' as const,
    setupFiles: ['test/renderer/setup.ts'],
    sequence: { groupOrder: 0 },
  },
});

export const e2eProject = (include: string[], exclude: string[]) => ({
  test: {
    name: 'e2e',
    include,
    exclude: ['**/node_modules/**', ...exclude],
    globalSetup: ['test/e2e/globalSetup.ts'],
    setupFiles: ['test/e2e/setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // One Chromium at a time: these machines have two cores.
    fileParallelism: false,
    // After the unit tests, not beside them.
    sequence: { groupOrder: 1 },
  },
});

export default defineConfig({
  test: {
    projects: [unitProject(['test/{shared,electron,renderer,lint,fixtures}/**/*.test.{ts,tsx}'], [CORPUS]), e2eProject(['test/e2e/**/*.test.ts'], [CORPUS])],
  },
});
