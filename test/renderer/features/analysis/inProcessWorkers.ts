// The analysis and corpus-search workers run in the test's own thread, behind the real runner
// (analysisRunner.ts), the real lazyWorker and real Comlink: `vi.stubGlobal('Worker', InProcessWorker)`
// before the runner is imported. Each worker is its work module (analysisWork.ts, searchWork.ts)
// exposed on one end of a MessageChannel, so what crosses is cloned (and transferred) as it is between
// a window and its worker, and answers arrive on later tasks.
import * as Comlink from 'comlink';
import { createAnalysisWork } from '../../../../renderer/features/analysis/analysisWork';
import { createSearchWork } from '../../../../renderer/features/analysis/searchWork';

export class InProcessWorker extends EventTarget {
  static started = 0;
  private readonly port: MessagePort;

  constructor(url: URL | string) {
    super();
    const href = String(url);
    const work = href.includes('analysisWorker') ? createAnalysisWork() : href.includes('searchWorker') ? createSearchWork() : null;
    if (!work) throw new Error(`No in-process worker for ${href}`);
    InProcessWorker.started++;
    const { port1, port2 } = new MessageChannel();
    Comlink.expose(work, port2 as unknown as Comlink.Endpoint);
    this.port = port1;
    this.port.start();
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    this.port.postMessage(message, transfer);
  }

  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: AddEventListenerOptions | boolean): void {
    if (type === 'message') this.port.addEventListener(type, listener as EventListener, options);
    else super.addEventListener(type, listener, options);
  }

  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: EventListenerOptions | boolean): void {
    if (type === 'message') this.port.removeEventListener(type, listener as EventListener, options);
    else super.removeEventListener(type, listener, options);
  }

  terminate(): void {
    this.port.close();
  }
}
