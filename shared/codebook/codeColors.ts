// Code colours: `#rrggbb`, what <input type="color"> gives and what highlight styles accept.

/** Distinct at a glance as translucent highlights, and each readable as a swatch beside black text. */
export const CODE_COLORS = [
  '#2563eb', '#16a34a', '#dc2626', '#b45309', '#7c3aed', '#0891b2', '#db2777', '#65a30d',
  '#ea580c', '#4f46e5', '#0d9488', '#9333ea', '#ca8a04', '#e11d48', '#0284c7', '#57534e',
] as const;

/** `#rrggbb` in lower case for a CSS hex colour (`#rgb` is widened), or null for anything else. */
export function normalizeColor(value: string): string | null {
  const hex = value.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(hex)) return hex;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(hex);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : null;
}

/** The first palette colour no code has yet; when all are taken, the palette again in turn. */
export function nextCodeColor(used: readonly string[]): string {
  const taken = new Set(used.map((color) => color.toLowerCase()));
  return CODE_COLORS.find((color) => !taken.has(color)) ?? CODE_COLORS[used.length % CODE_COLORS.length]!;
}
