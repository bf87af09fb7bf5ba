// A probe run by hand (not part of `npm run bench`): what CSS Custom Highlights cost the frames in
// which something else on the page changes. Blink rebuilds every custom highlight's markers whenever
// the document's DOM tree version or style version moved since the last frame
// (HighlightRegistry::ValidateHighlightMarkers): any node inserted, any text or attribute set,
// anywhere in the page. Rebuilding them invalidates the paint of every highlighted text node, so the
// highlighted text is painted and rastered again. In the coding screen every application of a code
// changes the side panels in two or three frames; this probe measures that cost alone, on a page of
// 40 paragraphs (800 words) with 100 codings of four codes styled as the app styles them
// (highlightStyles.ts and shared/codebook/codeHighlight.ts: the code's tint, a 2 px underline on its
// rail, the fourth code's dashed), against the
// same page with no highlights and with the same tints and underlines drawn as positioned boxes behind
// the text. Each variant runs FRAMES frames, one change a frame, in a DevTools trace:
//   none          no highlights; a panel's text changes
//   css           CSS highlights; a panel's text changes
//   css-attribute CSS highlights; only a panel's data attribute changes
//   css-still     CSS highlights; nothing changes (a frame's floor)
//   css-add       CSS highlights; a coding added to a highlight each frame
//   boxes         boxes behind the text; a panel's text changes
//   boxes-add     boxes behind the text; a coding's boxes added each frame
//   npx tsx test/bench/highlightRepaint.probe.ts [rounds]
// Prints, per frame, the renderer's main-thread CPU (with its Paint and PrePaint) and raster CPU.
import { chromium, type Page } from 'playwright-core';
import { loadavg } from 'node:os';
import { CHROMIUM_ARGS } from '../e2e/app';
import { allowEvaluatedFunctions } from '../e2e/evaluatedFunctions';
import { CODE_COLORS } from '../../shared/codebook/codeColors';
import { codeUnderline, HIGHLIGHT_TINT } from '../../shared/codebook/codeHighlight';

const VARIANTS = ['none', 'css', 'css-attribute', 'css-still', 'css-add', 'boxes', 'boxes-add'] as const;
type Variant = (typeof VARIANTS)[number];
const FRAMES = 120;
const CODINGS = 100;
// The first four codes of a codebook, in the palette's colours, with their tint and underlines.
const COLORS = CODE_COLORS.slice(0, 4);
const RAILS = COLORS.map((_, position) => codeUnderline(position).offset);
const PATTERNS = COLORS.map((_, position) => codeUnderline(position).style);
const TINT = `${HIGHLIGHT_TINT * 100}%`;
const WORDS = 'the minister said that the budget would grow next year while critics claimed the plan was vague and costly for families'.split(' ');

interface TraceEvent {
  name: string;
  ph: string;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

const [rounds = 2] = process.argv.slice(2).map(Number);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
console.log(`${FRAMES} frames a variant, ${rounds} rounds; load ${loadavg()[0]!.toFixed(2)}`);
try {
  for (let round = 0; round < rounds; round++) {
    for (const variant of VARIANTS) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await allowEvaluatedFunctions(context);
      const page = await context.newPage();
      await drawPage(page, variant);
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'cc', 'toplevel', '__metadata'] });
      // A coding added each frame is the first code's, as the CSS variant adds it to that code's highlight.
      await page.evaluate(changeEachFrame, { variant, frames: FRAMES, color: COLORS[0]!, tint: TINT });
      const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
      console.log(`${variant.padEnd(14)} ${perFrame(trace.traceEvents)}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  console.log(`load at the end ${loadavg()[0]!.toFixed(2)}`);
}

async function drawPage(page: Page, variant: Variant): Promise<void> {
  const paragraphs = Array.from({ length: 40 }, (_, p) => Array.from({ length: 20 }, (_, w) => WORDS[(p * 7 + w) % WORDS.length]).join(' '));
  await page.setContent(
    `<body style="margin:0;display:flex;font:16px/24px sans-serif">` +
      `<div id="text" style="position:relative;width:700px;height:900px;overflow:auto;padding:16px">${paragraphs.map((t) => `<p style="position:relative;z-index:1">${t}</p>`).join('')}</div>` +
      `<div style="width:400px;padding:16px"><ul>${Array.from({ length: 20 }, (_, i) => `<li>row ${i}</li>`).join('')}</ul><div id="panel">0</div></div></body>`,
  );
  await page.evaluate(
    ({ variant, codings, colors, rails, patterns, tint }) => {
      const paragraphs = [...document.querySelectorAll('#text p')];
      const ranges = Array.from({ length: codings }, (_, i) => {
        const text = paragraphs[i % paragraphs.length]!.firstChild as Text;
        const range = document.createRange();
        range.setStart(text, (i * 13) % 60);
        range.setEnd(text, Math.min(text.data.length, ((i * 13) % 60) + 30 + (i % 40)));
        return { code: i % colors.length, range };
      });
      const style = (code: number) =>
        `background-color: color-mix(in srgb, ${colors[code]} ${tint}, transparent); text-decoration: underline ${patterns[code]} 2px ${colors[code]}; text-underline-offset: ${rails[code]}px;`;
      if (variant.startsWith('css')) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(colors.map((_, code) => `::highlight(c${code}) { ${style(code)} }`).join('\n'));
        document.adoptedStyleSheets = [sheet];
        colors.forEach((_, code) => CSS.highlights.set(`c${code}`, new Highlight(...ranges.filter((r) => r.code === code).map((r) => r.range))));
      } else if (variant.startsWith('boxes')) {
        const text = document.getElementById('text')!;
        const layer = document.createElement('div');
        layer.id = 'boxes';
        layer.style.cssText = 'position:absolute;inset:0;z-index:0;pointer-events:none';
        text.prepend(layer);
        const origin = text.getBoundingClientRect();
        for (const { code, range } of ranges)
          for (const rect of range.getClientRects()) {
            const box = document.createElement('div');
            box.style.cssText = `position:absolute;left:${rect.left - origin.left}px;top:${rect.top - origin.top}px;width:${rect.width}px;height:${rect.height}px;background:color-mix(in srgb, ${colors[code]} ${tint}, transparent);border-bottom:2px ${patterns[code]} ${colors[code]}`;
            layer.appendChild(box);
          }
      }
      return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    },
    { variant, codings: CODINGS, colors: COLORS, rails: RAILS, patterns: PATTERNS, tint: TINT },
  );
}

/** Runs in the page: one change a frame, `frames` frames. */
function changeEachFrame({ variant, frames, color, tint }: { variant: string; frames: number; color: string; tint: string }): Promise<void> {
  const panel = document.getElementById('panel')!;
  const text = document.getElementById('text')!;
  const paragraphs = [...text.querySelectorAll('p')];
  return new Promise((resolve) => {
    let n = 0;
    const step = () => {
      if (variant === 'css-attribute') panel.dataset.n = String(n);
      else if (variant === 'css-add' || variant === 'boxes-add') {
        const node = paragraphs[(n * 3) % paragraphs.length]!.firstChild as Text;
        const range = document.createRange();
        range.setStart(node, 5);
        range.setEnd(node, 40);
        if (variant === 'css-add') CSS.highlights.get('c0')!.add(range);
        else {
          const origin = text.getBoundingClientRect();
          for (const rect of range.getClientRects()) {
            const box = document.createElement('div');
            box.style.cssText = `position:absolute;left:${rect.left - origin.left}px;top:${rect.top - origin.top + text.scrollTop}px;width:${rect.width}px;height:${rect.height}px;background:color-mix(in srgb, ${color} ${tint}, transparent);border-bottom:2px solid ${color}`;
            document.getElementById('boxes')!.appendChild(box);
          }
        }
      } else if (variant !== 'css-still') panel.textContent = String(n);
      if (++n >= frames) resolve();
      else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

function perFrame(events: TraceEvent[]): string {
  const threads = new Map<number, string>();
  for (const e of events) if (e.name === 'thread_name' && e.args?.name) threads.set(e.tid, e.args.name);
  const main = [...threads].find(([, name]) => name === 'CrRendererMain')?.[0];
  const cpu = (pick: (e: TraceEvent) => boolean) => events.filter((e) => e.ph === 'X' && pick(e)).reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000 / FRAMES;
  const onMain = (name: string) => cpu((e) => e.tid === main && e.name === name);
  const mainCpu = cpu((e) => e.tid === main && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
  return `per frame: main thread ${mainCpu.toFixed(2)} ms (Paint ${onMain('Paint').toFixed(2)}, PrePaint ${onMain('PrePaint').toFixed(2)}), raster ${cpu((e) => e.name === 'RasterTask').toFixed(2)} ms`;
}
