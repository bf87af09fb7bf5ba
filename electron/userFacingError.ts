// An error whose message is written for the researcher: it names the file and what to do, and the IPC
// door (ipc.ts) passes it to the window as it is. Any other error reaches the window wrapped as
// "Something went wrong", since its message was written for a developer.
export class UserFacingError extends Error {}
