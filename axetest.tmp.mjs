import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
const variants = {
 a: `<style>.k::after{content:attr(data-key)}</style><ul role="tree" aria-label="Codes"><li role="treeitem" aria-label="pledge" aria-selected="false" tabindex="0"><button aria-label="Apply pledge"><span>pledge</span> <kbd class="k" data-key="1"></kbd></button><span class="k" data-key="0"></span><button aria-label="Entry for pledge">⋯</button></li></ul>`,
 b: `<ul role="tree" aria-label="Codes"><li role="treeitem" aria-labelledby="n1" aria-selected="false" tabindex="0"><button aria-label="Apply pledge"><span id="n1">pledge</span> <kbd>1</kbd></button><span>0</span><button aria-label="Entry for pledge">⋯</button></li></ul>`,
};
for (const [k, html] of Object.entries(variants)) {
  await p.setContent(`<html lang="en"><title>t</title><body><main><h1>x</h1>${html}</main></body></html>`);
  await p.evaluate(readFileSync('node_modules/axe-core/axe.min.js','utf8'));
  const r = await p.evaluate(async () => (await axe.run(document)).violations.map(v => [v.id, v.impact, v.nodes.map(n=>n.target.join(' '))]));
  console.log(k, JSON.stringify(r));
}
await b.close();
