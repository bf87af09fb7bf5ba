// One door for every request from the renderer: check who is asking, check what they ask with the
// contract's schema, then run the handler and wrap its outcome in `{ ok, value } | { ok, error }`
// (a thrown Error would reach the renderer stripped of everything but a mangled message).
import type { z } from 'zod';
import { CHANNELS, requestSchemas, type Channel, type IpcResult, type Results } from '../shared/ipc';
import { isSameOrigin } from './appOrigin';
import { isAbsolute } from 'node:path';
import { isAbsolutePath } from '../shared/library/absolutePath';
import type { PathGrants } from './library/pathGrants';
import { UserFacingError } from './userFacingError';

/** The part of an `IpcMainInvokeEvent` we rely on. */
export interface InvokeEvent {
  senderFrame: { url: string } | null;
}

/** The part of Electron's `ipcMain` we rely on, so tests and the e2e bridge can pass their own. */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<IpcResult<unknown>>): void;
}

export type Handlers = {
  [C in Channel]: (...args: z.output<(typeof requestSchemas)[C]>) => Promise<Results[C]> | Results[C];
};

export function handle<C extends Channel>(
  registrar: IpcRegistrar,
  channel: C,
  handler: Handlers[C],
  trustedOrigin: string,
  log: (message: string, error: unknown) => void = console.error,
): void {
  registrar.handle(channel, async (event, ...rawArgs): Promise<IpcResult<Results[C]>> => {
    const senderUrl = event.senderFrame?.url ?? '';
    if (!isSameOrigin(senderUrl, trustedOrigin)) {
      log(`refused ${channel} from ${senderUrl || 'an unknown frame'}`, null);
      return { ok: false, error: 'Request refused: it did not come from the Framewise window.' };
    }
    const parsed = requestSchemas[channel].safeParse(rawArgs);
    if (!parsed.success) {
      log(`malformed arguments for ${channel}`, parsed.error);
      return { ok: false, error: `Request refused: malformed arguments for ${channel}.` };
    }
    try {
      const call = handler as (...args: unknown[]) => Promise<Results[C]> | Results[C];
      return { ok: true, value: await call(...(parsed.data as unknown[])) };
    } catch (error) {
      log(`${channel} failed`, error);
      const message = error instanceof UserFacingError ? error.message : `Something went wrong (${channel}): ${errorMessage(error)}`;
      return { ok: false, error: message };
    }
  });
}

export function registerHandlers(registrar: IpcRegistrar, handlers: Handlers, trustedOrigin: string): void {
  for (const channel of CHANNELS) handle(registrar, channel, handlers[channel], trustedOrigin);
}

/**
 * The preload's grant of a path dropped on the window (see library/pathGrants.ts for what it trusts):
 * from our window only, an absolute path only. A dropped item may be a file or a folder; either way
 * what lies under it is granted. True when granted.
 */
export function grantDroppedPath(grants: PathGrants, event: InvokeEvent, path: unknown, trustedOrigin: string): boolean {
  if (!isSameOrigin(event.senderFrame?.url ?? '', trustedOrigin)) return false;
  if (typeof path !== 'string' || path.length > 4096 || !isAbsolutePath(path) || !isAbsolute(path)) return false;
  grants.grantFolder(path);
  return true;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
