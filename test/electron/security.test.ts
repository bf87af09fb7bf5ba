// The window is granted exactly one permission, persistent storage, and only for the app's origin.
import { describe, expect, test } from 'vitest';
import { allowsPermission, lockDownSession } from '../../electron/security';

const ORIGIN = 'app://framewise';

describe('permissions', () => {
  test('persistent storage is granted to the app’s own pages', () => {
    expect(allowsPermission('persistent-storage', 'app://framewise/index.html', ORIGIN)).toBe(true);
  });

  test.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fileSystem', 'storage-access'])('%s is refused, even to the app', (permission) => {
    expect(allowsPermission(permission, 'app://framewise/index.html', ORIGIN)).toBe(false);
  });

  test.each(['https://example.org/', 'app://framewise.evil/', 'file:///home/me/page.html', ''])('persistent storage is refused to %s', (url) => {
    expect(allowsPermission('persistent-storage', url, ORIGIN)).toBe(false);
  });

  test('the session’s handlers apply that rule to requests and checks alike', () => {
    let request!: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void;
    let check!: (contents: unknown, permission: string, origin: string) => boolean;
    lockDownSession(
      {
        setPermissionRequestHandler: (handler: unknown) => void (request = handler as typeof request),
        setPermissionCheckHandler: (handler: unknown) => void (check = handler as typeof check),
      } as never,
      ORIGIN,
    );
    const answers: boolean[] = [];
    request(null, 'persistent-storage', (granted) => answers.push(granted), { requestingUrl: 'app://framewise/index.html' });
    request(null, 'media', (granted) => answers.push(granted), { requestingUrl: 'app://framewise/index.html' });
    request(null, 'persistent-storage', (granted) => answers.push(granted), { requestingUrl: 'https://example.org/' });
    expect(answers).toEqual([true, false, false]);
    expect(check(null, 'persistent-storage', 'app://framewise')).toBe(true);
    expect(check(null, 'notifications', 'app://framewise')).toBe(false);
  });
});
