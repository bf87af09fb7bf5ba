// Runs the tests of the enclosing `describe` with the machine's time zone set to `zone` (an IANA
// name). Node reads process.env.TZ again whenever it is set, so local-time getters, Date.parse of a
// zoneless time and Intl all follow it; the zone before is put back afterwards.
import { afterAll, beforeAll } from 'vitest';

export function inTimeZone(zone: string): void {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.TZ;
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });
}
