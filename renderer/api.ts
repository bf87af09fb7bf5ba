// The renderer's door to the main process: window.framewise, as the preload exposes it, with the
// result envelope unwrapped into a value or a thrown Error carrying the main process's message.
import type { Args, Channel, EventName, Events, FramewiseApi, IpcResult, Results } from '../shared/ipc';

declare global {
  interface Window {
    framewise: FramewiseApi;
  }
}

export async function call<C extends Channel>(channel: C, ...args: Args<C>): Promise<Results[C]> {
  const invoke = window.framewise[channel] as (...a: Args<C>) => Promise<IpcResult<Results[C]>>;
  const result = await invoke(...args);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

export function onMainEvent<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
  return window.framewise.on(event, listener);
}

export function pathForDroppedFile(file: File): string {
  return window.framewise.pathForFile(file);
}
