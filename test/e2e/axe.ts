// axe-core run in the window, as the accessibility checks of the end-to-end tests use it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string;
  nodes: { target: string[]; any: { message: string }[] }[];
}

/** axe-core's violations on the page as it is (all rules, or `rules` only), one line per element. */
export async function axeViolations(page: Page, { rules, impacts }: { rules?: string[]; impacts?: string[] } = {}): Promise<string[]> {
  // Evaluated through the debugging protocol, which the page's script policy does not govern.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async (rules) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'], ...(rules ? { runOnly: rules } : {}) });
    return result.violations;
  }, rules);
  return violations
    .filter((v) => !impacts || impacts.includes(v.impact))
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}${n.any[0] ? ` (${n.any[0].message})` : ''}`));
}
