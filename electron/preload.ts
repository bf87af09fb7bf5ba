// Exposes exactly the contract's functions on window.framewise, and nothing generic: the page can
// call the channels in shared/ipc.ts and listen to its events, never ipcRenderer itself.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { CHANNELS, DROP_GRANT_CHANNEL, EVENT_NAMES, type EventName, type Events, type FramewiseApi } from '../shared/ipc';

// Built from the channel list, so a channel added to the contract needs no change here.
type Invokers = Omit<FramewiseApi, 'on' | 'pathForFile'>;
const invokers = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)]),
) as Invokers;

const api = {
  ...invokers,
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void {
    if (!EVENT_NAMES.includes(event)) throw new Error(`unknown event ${event}`);
    const wrapped = (_event: IpcRendererEvent, payload: Events[E]) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
  pathForFile: (file: unknown) => {
    // Only a File the researcher dropped has a path; it is granted to main before the page can use it
    // (a synchronous message, so the grant is in place before any request that names the path).
    const path = webUtils.getPathForFile(file as File);
    if (path) ipcRenderer.sendSync(DROP_GRANT_CHANNEL, path);
    return path;
  },
} satisfies FramewiseApi;

contextBridge.exposeInMainWorld('framewise', api);
