// Which of the menu's commands can run now, as the window last said (setEnabledCommands): main.ts
// rebuilds the menu with the others greyed out. Until the window has said, every item is enabled.
import type { CommandId } from '../shared/commands/commandTable';

export class MenuState {
  private enabled: ReadonlySet<CommandId> | null = null;
  private readonly listeners = new Set<() => void>();

  set(ids: readonly CommandId[]): void {
    const next = new Set(ids);
    if (this.enabled && next.size === this.enabled.size && [...next].every((id) => this.enabled!.has(id))) return;
    this.enabled = next;
    for (const listener of this.listeners) listener();
  }

  isEnabled(id: CommandId): boolean {
    return this.enabled === null || this.enabled.has(id);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
