// The renderer is served from one fixed origin for the app's whole life: IndexedDB belongs to the
// origin, so moving it (a port, a file path, a new scheme) would orphan every project.
export const APP_SCHEME = 'app';
export const APP_HOST = 'framewise';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` belongs to the given origin. Compares parsed scheme and host: a prefix or `includes`
 * check would let `app://framewise.evil/` or `https://x/?app://framewise` through. (WHATWG URL gives
 * custom schemes the origin "null", so `.origin` cannot be compared.)
 */
export function isSameOrigin(url: string, origin: string = APP_ORIGIN): boolean {
  let target: URL;
  let expected: URL;
  try {
    target = new URL(url);
    expected = new URL(origin);
  } catch {
    return false;
  }
  return target.protocol === expected.protocol && target.host === expected.host && target.username === '' && target.password === '';
}
