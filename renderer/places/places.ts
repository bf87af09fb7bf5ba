// The app's places (the list lives in shared/, where the command table and the native menu read it).
export { PLACE_IDS, type PlaceId } from '../../shared/places/placeIds';
export { PLACE_NAMES } from '../../shared/commands/commandTable';
