// How the error screens (WindowErrorBoundary.tsx, PlaceErrorBoundary.tsx) word what failed.

/** The error's message as the end of a sentence the screen writes ("…: <message>."). */
export function failureInWords(error: Error): string {
  return error.message.replace(/[.\s]+$/u, '') || error.name;
}

/** What an error while drawing leaves of the project: every change is written whole or not at all. */
export const STORED_UP_TO_LAST_CHANGE = 'Your project is stored as it was after your last completed change.';
