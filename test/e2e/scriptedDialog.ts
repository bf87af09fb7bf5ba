// The native dialogs, scripted: a test says what the next open or save dialog will answer, and can
// check what it was asked.
import type { DialogService } from '../../electron/services';

export class ScriptedDialog implements DialogService {
  private readonly opens: string[][] = [];
  private readonly saves: Array<string | null> = [];
  private readonly folders: Array<string | null> = [];
  readonly asked: string[] = [];

  willOpen(paths: string[]): void {
    this.opens.push(paths);
  }

  willChooseFolder(path: string | null): void {
    this.folders.push(path);
  }

  willSaveTo(path: string | null): void {
    this.saves.push(path);
  }

  async chooseFiles({ title }: { title: string }): Promise<string[]> {
    this.asked.push(title);
    return this.opens.shift() ?? [];
  }

  async chooseFolder({ title }: { title: string }): Promise<string | null> {
    this.asked.push(title);
    return this.folders.shift() ?? null;
  }

  async chooseSaveFile({ title }: { title: string }): Promise<string | null> {
    this.asked.push(title);
    const next = this.saves.shift();
    if (next === undefined) throw new Error(`the test did not script the save dialog "${title}"`);
    return next;
  }
}
