// End-to-end tests drive the built app: build it once before they start, so a test never runs
// against a stale bundle.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  console.log(`End-to-end tests run in ${execFileSync(chromium, ['--version'], { encoding: 'utf8' }).trim()} (${chromium})`);
  // Vitest sets NODE_ENV=test, which Vite would pass on, giving React's development build: the app
  // under test must be the production one.
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
