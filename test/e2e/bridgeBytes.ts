// Bytes across the e2e bridge. In the app, Electron's IPC carries a Uint8Array by structured clone;
// the harness's bridge (a Playwright binding) carries arguments and results as JSON, where a
// Uint8Array would arrive as an object of numbered keys. So the bridge alone packs every Uint8Array
// into `{ __framewiseBytes: base64 }` on one side and unpacks it on the other, both ways; the page and
// the handlers see Uint8Arrays as they do in the app.
//
// Both functions run in Node and, through their source (bridgeScript in app.ts), in the page: they
// use nothing outside themselves but the base64 converter they are given.

export function packBytes(value: unknown, toBase64: (bytes: Uint8Array) => string): unknown {
  const walk = (item: unknown): unknown => {
    if (item instanceof Uint8Array) return { __framewiseBytes: toBase64(item) };
    if (Array.isArray(item)) return item.map(walk);
    if (item !== null && typeof item === 'object') return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, walk(inner)]));
    return item;
  };
  return walk(value);
}

export function unpackBytes(value: unknown, fromBase64: (text: string) => Uint8Array): unknown {
  const walk = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(walk);
    if (item !== null && typeof item === 'object') {
      const packed = (item as { __framewiseBytes?: unknown }).__framewiseBytes;
      if (typeof packed === 'string' && Object.keys(item).length === 1) return fromBase64(packed);
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, walk(inner)]));
    }
    return item;
  };
  return walk(value);
}

export const nodeBase64 = {
  encode: (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  decode: (text: string): Uint8Array => Buffer.from(text, 'base64'),
};

/** The same converters in the page, as source for the bridge's init script (no Buffer there). */
export const PAGE_BASE64 = `{
  encode: (bytes) => {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  },
  decode: (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0)),
}`;
