/**
 * A file Framewise cannot read. The message completes the sentence "“report.pdf” was not imported
 * because …", so it says the reason and, where there is one, what to do.
 */
export class UnreadableFileError extends Error {}
