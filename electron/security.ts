// Electron's security checklist, applied in one place: the window may show only our own pages, may
// not open others, and is granted no permission (camera, notifications, geolocation...).
import type { Session, WebContents } from 'electron';
import { isSameOrigin } from './appOrigin';

/**
 * The Content-Security-Policy of every page we serve. No remote content at all: Framewise works
 * offline, and imported documents are shown as text, never as HTML. `style-src 'unsafe-inline'` is
 * absent; highlight colours go through constructed stylesheets, which CSP does not restrict.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
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
