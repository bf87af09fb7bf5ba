import { describe, expect, test } from 'vitest';
import { handle, registerHandlers, UserFacingError, type IpcRegistrar, type InvokeEvent, type Handlers } from '../../electron/ipc';
import { APP_ORIGIN } from '../../electron/appOrigin';
import { CHANNELS } from '../../shared/ipc';

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

function capture(): { registrar: IpcRegistrar; listeners: Map<string, Listener> } {
  const listeners = new Map<string, Listener>();
  return { registrar: { handle: (channel, listener) => listeners.set(channel, listener) }, listeners };
}

const fromApp: InvokeEvent = { senderFrame: { url: `${APP_ORIGIN}/index.html` } };
const request = { jobId: '6a1f1c2e-3d4b-4c5d-8e9f-0a1b2c3d4e5f', paths: ['/tmp/a.txt'], knownSha256: [] };
const silent = () => {};

describe('handle(): the one door into the main process', () => {
  test('runs the handler for the app window and wraps its value', async () => {
    const { registrar, listeners } = capture();
    handle(registrar, 'cancelImport', (jobId) => jobId === request.jobId, APP_ORIGIN, silent);
    expect(await listeners.get('cancelImport')!(fromApp, request.jobId)).toEqual({ ok: true, value: true });
  });

  test.each([
    ['another site', 'https://evil.example/index.html'],
    ['a look-alike host', 'app://framewise.evil/index.html'],
    ['a file page', 'file:///tmp/index.html'],
    ['a URL that only mentions the origin', 'https://evil.example/?app://framewise'],
    ['no frame', ''],
  ])('refuses a request from %s without running the handler', async (_name, url) => {
    const { registrar, listeners } = capture();
    let ran = false;
    handle(registrar, 'cancelImport', () => (ran = true), APP_ORIGIN, silent);
    const event: InvokeEvent = { senderFrame: url ? { url } : null };
    const result = await listeners.get('cancelImport')!(event, request.jobId);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/refused/) });
    expect(ran).toBe(false);
  });

  test.each([
    ['no arguments', []],
    ['a path list that is not a list', [{ ...request, paths: '/etc/passwd' }]],
    ['a job id that is not a UUID', [{ ...request, jobId: '../../x' }]],
    ['an unexpected extra argument', [request, 'extra']],
  ])('refuses malformed arguments: %s', async (_name, args) => {
    const { registrar, listeners } = capture();
    let ran = false;
    handle(registrar, 'importFiles', async () => {
      ran = true;
      return { jobId: '', batches: 0, documents: 0, duplicates: [], refused: [], unsupported: 0, cancelled: false };
    }, APP_ORIGIN, silent);
    const result = await listeners.get('importFiles')!(fromApp, ...(args as unknown[]));
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/malformed arguments/) });
    expect(ran).toBe(false);
  });

  test('a failing handler becomes { ok: false } with its message, never a thrown error', async () => {
    const { registrar, listeners } = capture();
    handle(registrar, 'getAppInfo', () => {
      throw new UserFacingError('The library folder is read-only.');
    }, APP_ORIGIN, silent);
    expect(await listeners.get('getAppInfo')!(fromApp)).toEqual({ ok: false, error: 'The library folder is read-only.' });
  });

  test('registerHandlers registers every channel of the contract', () => {
    const { registrar, listeners } = capture();
    const handlers = Object.fromEntries(CHANNELS.map((c) => [c, () => null])) as unknown as Handlers;
    registerHandlers(registrar, handlers, APP_ORIGIN);
    expect([...listeners.keys()].sort()).toEqual([...CHANNELS].sort());
  });
});
