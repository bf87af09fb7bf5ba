// What each command of the table (shared/commands/commandTable.ts) does right now: the features that
// own an action register it while they are on screen. Several may register one command (Find in the
// Code place, with and without a document open); the one registered last, the innermost, answers.
import type { CommandId } from '../../shared/commands/commandTable';

/** How a command was asked for: undo from the menu while a text field has the focus means the field's undo. */
export type CommandSource = 'key' | 'menu' | 'toolbar' | 'palette';

export interface CommandHandler {
  run(source: CommandSource): void | Promise<void>;
  enabled: boolean;
}

export class CommandRegistry {
  private readonly handlers = new Map<CommandId, CommandHandler[]>();
  private readonly listeners = new Set<() => void>();
  /** Changes whenever a handler comes, goes or changes whether it is enabled (for useSyncExternalStore). */
  version = 0;

  register(id: CommandId, handler: CommandHandler): () => void {
    const list = this.handlers.get(id) ?? [];
    list.push(handler);
    this.handlers.set(id, list);
    this.changed();
    return () => {
      const now = this.handlers.get(id) ?? [];
      const at = now.indexOf(handler);
      if (at >= 0) now.splice(at, 1);
      this.changed();
    };
  }

  /** The handler that answers the command now, if any. */
  handler(id: CommandId): CommandHandler | undefined {
    return this.handlers.get(id)?.at(-1);
  }

  isEnabled(id: CommandId): boolean {
    return this.handler(id)?.enabled ?? false;
  }

  /** Runs the command if it is enabled; says whether it ran. */
  run(id: CommandId, source: CommandSource): boolean {
    const handler = this.handler(id);
    if (!handler?.enabled) return false;
    void handler.run(source);
    return true;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}
