// A reader that ran out of stack: a RangeError that JavaScript throws for the file's size or shape,
// which callers turn into a reason the researcher can act on, never a JavaScript message.
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/iu.test(error.message);
}
