// The app's places: where a researcher is working. One list, so that the rail, the keyboard, the
// command table and the native menu name the same places in the same order.
export const PLACE_IDS = ['library', 'code', 'retrieve', 'compare', 'agreement', 'backups'] as const;
export type PlaceId = (typeof PLACE_IDS)[number];
