// The extraction pool's clock, run by the test: no file runs out of time unless the test says so, so
// a test of the time limit passes or fails the same on an idle machine and on a loaded one.
import type { FileClock } from '../../../electron/extract/workerPool';

interface Running {
  fileName: string;
  expire(): void;
}

export class ManualFileClock {
  private readonly running = new Set<Running>();
  private readonly wanted = new Map<string, () => void>();
  /** The files whose clock was started, in order (a clock restarts once a format's reader is loaded). */
  readonly started: string[] = [];

  readonly clock: FileClock = ({ fileName }, expire) => {
    const entry: Running = { fileName, expire };
    this.running.add(entry);
    this.started.push(fileName);
    const expired = this.wanted.get(fileName);
    // Expired just after the pool has started the clock, before any message from the worker (a
    // microtask runs before the next event): the file is still being read.
    if (expired) queueMicrotask(() => this.runOut(entry, expired));
    return () => this.running.delete(entry);
  };

  /** Runs out the time of `fileName` as soon as its clock runs; resolves once it has. */
  expire(fileName: string): Promise<void> {
    return new Promise((resolve) => {
      const entry = [...this.running].find((r) => r.fileName === fileName);
      if (entry) this.runOut(entry, resolve);
      else this.wanted.set(fileName, resolve);
    });
  }

  private runOut(entry: Running, done: () => void): void {
    if (!this.running.delete(entry)) return;
    this.wanted.delete(entry.fileName);
    entry.expire();
    done();
  }
}
