// tsx (npm run bench, the probes) compiles with esbuild's keepNames, which wraps functions in a
// `__name(fn, "name")` helper that exists in Node but not in the page: a function passed to
// `page.evaluate`, or written into an init script by its source, would throw there. Every page the
// harness opens defines it first (launchApp, openBenchPage).
import type { BrowserContext } from 'playwright-core';

const SHIM = 'globalThis.__name = globalThis.__name || ((target) => target);';

/** Defines the helper in the context's pages, now and on every navigation, before any other init script added after it. */
export async function allowEvaluatedFunctions(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: SHIM });
  await Promise.all(context.pages().map((p) => p.evaluate(SHIM)));
}
