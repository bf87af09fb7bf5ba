// Coded samples written here, one per offset convention found in the wild, over a text with CRLF line
// ends, emoji (astral characters, some made of several), and combining marks: every imported coding
// must quote exactly the text its file pointed to.
import { describe, expect, it } from 'vitest';
import { planQdpxImport } from '../../../shared/interop/qdpxImport';
import { chooseReading, preferredReadings, READING_DESCRIPTIONS, type OffsetReading } from '../../../shared/interop/offsetReadings';
import { toCanonicalText } from '../../../shared/text/canonical';
import { exportQdpx } from '../../../shared/interop/qdpxExport';
import { capturePassage } from '../../../shared/text/passageContext';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { ANA, APP, CODINGS, DOC_TWO, NOW, PROJECT_ID, importOptions, packQdpx, qde, roundTripProject, uuid } from './refiFixtures';

const RAW =
  'Résumé of the meeting 👍🏽 on Monday.\r\nThe 🧑‍🤝‍🧑 team agreed: budgets rise.\r\n\r\nCafe\u0301 owners 😀 objected to the plan.\r\nFinal word: approved 👏.';
const QUOTES = ['Monday', 'team agreed', 'budgets rise', 'Cafe\u0301 owners', 'objected to the plan', 'Final word: approved 👏', 'Résumé'];

type Convention = 'code-points' | 'utf16' | 'code-points-lf';

/** `[start, end)` of the quote in the raw text, counted as the convention counts. */
function offsets(quote: string, convention: Convention): [number, number] {
  const at = RAW.indexOf(quote);
  const count = (upTo: number) => {
    const before = RAW.slice(0, upTo);
    if (convention === 'utf16') return before.length;
    return [...(convention === 'code-points-lf' ? before.replace(/\r\n/gu, '\n') : before)].length;
  };
  return [count(at), count(at + quote.length)];
}

function sample(convention: Convention, origin: string, { bom = false } = {}): Uint8Array {
  const source = uuid(`source:${convention}:${origin}`);
  const code = uuid('code:topic');
  const user = uuid('user:tester');
  const selections = QUOTES.map((quote, i) => {
    const [start, end] = offsets(quote, convention);
    return `<PlainTextSelection guid="${uuid(`sel:${i}`)}" startPosition="${start}" endPosition="${end}" creatingUser="${user}"><Coding guid="${uuid(`coding:${i}`)}" creatingUser="${user}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;
  }).join('');
  const xml = qde(
    `<Users><User guid="${user}" name="Tester"/></Users><CodeBook><Codes><Code guid="${code}" name="Topic" isCodable="true"/></Codes></CodeBook>` +
      `<Sources><TextSource guid="${source.toUpperCase()}" name="Minutes" plainTextPath="internal://${source.toUpperCase()}.txt">${selections}</TextSource></Sources>`,
    origin,
  );
  return packQdpx(xml, { [`sources/${source.toUpperCase()}.txt`]: (bom ? '\uFEFF' : '') + RAW });
}

function importSample(bytes: Uint8Array) {
  const result = planQdpxImport(bytes, importOptions());
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

const cases: Array<[string, Convention, string, OffsetReading]> = [
  ['the standard’s code points (CR LF as 2)', 'code-points', 'MAXQDA 24 (Release 24.7.0)', 'code-points'],
  ['UTF-16 units with CR LF as 2, from NVivo for Windows', 'utf16', 'NVivo 14 for Windows', 'utf16'],
  ['code points with CR LF as 1, from ATLAS.ti', 'code-points-lf', 'ATLAS.ti for Windows 23.2.3.27778', 'code-points-lf'],
];

describe('offsets of other tools', () => {
  for (const [label, convention, origin, reading] of cases) {
    for (const bom of [false, true]) {
      it(`reads ${label}${bom ? ', from a source file with a byte-order mark' : ''}: every quote is the text it points to`, () => {
        const plan = importSample(sample(convention, origin, { bom }));
        const text = plan.rows.texts[0]!.text;
        expect(text).toBe(toCanonicalText(RAW));
        expect(plan.rows.codings.map((c) => c.quote)).toEqual(QUOTES.map((q) => q));
        for (const coding of plan.rows.codings) expect(text.slice(coding.start, coding.end)).toBe(coding.quote);
        expect(plan.origins[0]!.reading).toBe(reading);
        expect(plan.skipped).toEqual([]);
      });
    }
  }

  it('trusts the text over the tool’s name: UTF-16 offsets from a tool said to count code points still fit', () => {
    const plan = importSample(sample('utf16', 'Some tool that claims the standard'));
    expect(plan.rows.codings.map((c) => c.quote)).toEqual(QUOTES);
    expect(plan.origins[0]!.reading).toBe('utf16');
  });

  it('reads a tool of unknown unit as the standard whenever the standard places every coding, and says so', () => {
    // CR LF counted as 1 always fits code points too, a few units early; nothing in the numbers tells
    // it from codings that start mid-word, so only the tools known to count so are read that way.
    const plan = importSample(sample('code-points-lf', 'QualCoder 3.6'));
    expect(plan.origins[0]!.reading).toBe('code-points');
    expect(plan.rows.documents[0]!.extraction['Offsets read as']).toBe(READING_DESCRIPTIONS['code-points']);
    expect(plan.skipped).toEqual([]);
  });

  it('reports a coding that fits no reading instead of placing it wrongly', () => {
    const broken = planQdpxImport(
      packQdpx(
        qde(
          `<CodeBook><Codes><Code guid="${uuid('c')}" name="Topic" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="${uuid('s')}" name="Short" plainTextPath="internal://${uuid('s')}.txt">` +
            `<PlainTextSelection guid="${uuid('x')}" startPosition="0" endPosition="5"><Coding guid="${uuid('y')}"><CodeRef targetGUID="${uuid('c')}"/></Coding></PlainTextSelection>` +
            `<PlainTextSelection guid="${uuid('z')}" startPosition="40" endPosition="400"><Coding guid="${uuid('w')}"><CodeRef targetGUID="${uuid('c')}"/></Coding></PlainTextSelection></TextSource></Sources>`,
        ),
        { [`sources/${uuid('s')}.txt`]: 'Hello world, a short text of one line.' },
      ),
      importOptions(),
    );
    if (!broken.ok) throw new Error(broken.reason);
    expect(broken.plan.rows.codings.map((c) => c.quote)).toEqual(['Hello']);
    expect(broken.plan.skipped).toEqual([{ kind: 'selection', name: 'Short (40–400)', reason: expect.stringContaining('fit no reading') }]);
  });
});

describe('choosing a reading', () => {
  it('tries the tool’s own unit first', () => {
    expect(preferredReadings('NVivo 14 for Windows')[0]).toBe('utf16');
    expect(preferredReadings('NVivo for Mac 15.0.0')[0]).toBe('code-points');
    expect(preferredReadings('ATLAS.ti Mac 23')[0]).toBe('code-points-lf');
    expect(preferredReadings('MAXQDA 24')[0]).toBe('code-points');
  });

  it('keeps the tool’s unit when the text cannot tell the readings apart', () => {
    const text = 'plain ascii text with no line ends';
    expect(chooseReading(text, text, [{ start: 6, end: 11 }], 'NVivo 12 Windows').reading).toBe('utf16');
    expect(chooseReading(text, text, [{ start: 6, end: 11 }], 'ATLAS.ti 9').reading).toBe('code-points-lf');
  });

  it('never places a boundary inside an emoji', () => {
    const text = 'a😀b';
    const choice = chooseReading(text, text, [{ start: 2, end: 3 }], 'NVivo Windows');
    // In UTF-16 units, 2 is inside 😀: the code-point reading (2 = before "b") is the one that fits.
    expect(choice.reading).toBe('code-points');
    expect(choice.placements[0]).toEqual({ start: 3, end: 4 });
  });
});

describe('Framewise’s own offsets', () => {
  // Code points are the standard and what Framewise writes; a coding may well start or end inside a
  // word, and after an emoji the UTF-16 reading of the same numbers falls on word edges instead.
  function exportAndPlan(text: string, quotes: string[], origin?: string) {
    const rows = roundTripProject();
    const doc = { ...DOC_TWO, length: text.length };
    const codings = quotes.map((quote, i) => {
      const start = text.indexOf(quote);
      return { ...CODINGS[0]!, id: uuid(`midword:${i}`), docId: doc.id, start, end: start + quote.length, ...capturePassage(text, start, start + quote.length) };
    });
    const project = { ...rows, documents: [doc], texts: [{ docId: doc.id, text }], codings, memos: [], documentSets: [] };
    let { bytes } = exportQdpx({ project: { id: PROJECT_ID, name: 'Mid-word' }, rows: project, app: APP, exportingCoderId: ANA.id, now: NOW });
    if (origin) {
      const files = unzipSync(bytes);
      files['project.qde'] = strToU8(strFromU8(files['project.qde']!).replace(/origin="[^"]*"/u, `origin="${origin}"`));
      bytes = zipSync(files);
    }
    return importSample(bytes);
  }

  for (const origin of [undefined, 'Some other tool 2.1']) {
    it(`brings back codings that start or end mid-word after an emoji where they were${origin ? ', from a tool not known to write another unit' : ''}`, () => {
      const one = exportAndPlan('😀😀 abc def ghi', ['c d']);
      expect(one.rows.codings.map((c) => c.quote)).toEqual(['c d']);
      expect(one.origins[0]!.reading).toBe('code-points');
      const two = exportAndPlan('Loved it 😍😍 — unemployment is the issue, said the union rep.', ['employ', 'ion rep']);
      expect(two.rows.codings.map((c) => c.quote)).toEqual(['employ', 'ion rep']);
      expect(two.skipped).toEqual([]);
    });
  }
});
