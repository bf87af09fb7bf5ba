// Electron's security checklist, applied in one place: the window may show only our own pages, may
// not open others, and is granted no permission (camera, notifications, geolocation...) but one:
// persistent storage, for our own origin, so that the browser never evicts the projects' IndexedDB
// under storage pressure (navigator.storage.persist() asks for it at start).
import type { Session, WebContents } from 'electron';
import { isSameOrigin } from './appOrigin';

/**
 * The Content-Security-Policy of every page we serve. No remote content at all: Framewise works
 * offline, and imported documents are shown as text, never as HTML. `style-src 'unsafe-inline'` is
 * absent; highlight colours go through constructed stylesheets, which CSP does not restrict.
 * `'wasm-unsafe-eval'` lets our own WebAssembly compile (the backup worker's deflate,
 * renderer/features/backups/wasmDeflateEntry.ts), not JavaScript from strings; `data:` in connect-src
 * lets it be fetched from the data: URL its package embeds it as (nothing leaves the machine).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** The one permission the window is granted, and only for a page of the app's own origin. */
export const GRANTED_PERMISSION = 'persistent-storage';

export function allowsPermission(permission: string, requestingUrl: string, origin: string): boolean {
  return permission === GRANTED_PERMISSION && isSameOrigin(requestingUrl, origin);
}

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

export function lockDownSession(session: PermissionSession, origin: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(allowsPermission(permission, details.requestingUrl, origin)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowsPermission(permission, requestingOrigin, origin));
}

export function lockDownContents(contents: WebContents, origin: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isSameOrigin(url, origin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isSameOrigin(url, origin)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
