// The tests that read ../shared (the reference corpus, the REFI-QDA samples): `npm run test:corpus`.
import { defineConfig } from 'vitest/config';
import { e2eProject, unitProject } from './vitest.config';

export default defineConfig({
  test: {
    projects: [unitProject(['test/{shared,electron,renderer}/**/*.corpus.test.{ts,tsx}'], []), e2eProject(['test/e2e/**/*.corpus.test.ts'], [])],
  },
});
