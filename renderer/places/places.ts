// The app's places: where a researcher is working. One list, so that the view switch (and the shell's
// rail to come), the keyboard and the native menu name the same places in the same order.
export const PLACE_IDS = ['library', 'code', 'retrieve', 'compare', 'agreement', 'backups'] as const;
export type PlaceId = (typeof PLACE_IDS)[number];
