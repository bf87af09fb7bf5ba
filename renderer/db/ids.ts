/** A new UUID key (see shared/model.ts for why keys are never auto-incremented). */
export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
