// A crash, as a test makes one: the Chromium of an app killed outright (SIGKILL to its browser
// process, found by its own profile folder), as a power cut or the system's out-of-memory killer
// would end it. Nothing of the page's runs after it.
import { execFileSync } from 'node:child_process';
import type { App } from './app';

export async function killBrowser(app: App): Promise<void> {
  const pids = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(`--user-data-dir=${app.profileDir}`) && !line.includes('--type='))
    .map((line) => Number(line.trim().split(/\s+/u)[0]));
  if (pids.length === 0) throw new Error(`no Chromium runs on ${app.profileDir}`);
  for (const pid of pids) process.kill(pid, 'SIGKILL');
  await app.close().catch(() => {});
}
