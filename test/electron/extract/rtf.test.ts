import { describe, expect, test } from 'vitest';
import { extractDocument } from '../../../electron/extract/extractor';

const rtf = (source: string) => extractDocument({ fileName: 'letter.rtf', format: 'rtf', bytes: Uint8Array.from(source, (c) => c.charCodeAt(0)) });

// As WordPad and Word write it: font and colour tables, an info group, \'hh bytes and \uN escapes.
const LETTER = String.raw`{\rtf1\ansi\ansicpg1252\deff0\nouicompat{\fonttbl{\f0\fnil\fcharset0 Calibri;}{\f1\fnil\fcharset238 Arial CE;}}
{\colortbl ;\red255\green0\blue0;}
{\*\generator Riched20 10.0.19041}{\info{\title Letter to the editor}{\author Ana M\'fcller}{\creatim\yr2022\mo6\dy14\hr9\min5}{\*\company Nowhere}}
\viewkind4\uc1\pard\sa200\sl276\slmult1\f0\fs22\lang9 Dear editor,\par
The caf\'e9 is \u8220?closed\u8221? again \endash  for good.\line Yours,\par
{\f1 \'8aiml\'e9 and \'e8esky} \u-10179?\u-8704? done.\par
{\*\shppict{\pict\pngblip 89504e470d0a1a0a}}{\nonshppict{\pict\wmetafile8 0100}}
{\field{\*\fldinst HYPERLINK "https://example.org"}{\fldrslt link text}}\tab end{\v hidden words}.\par
\trowd\cellx2000\cellx4000 Cell A\cell Cell B\cell\row
A note.{\super\chftn}{\footnote\pard\plain{\super\chftn} Footnote text.}\par
}`;

describe('RTF', () => {
  test('text in the document code page and its fonts\' code pages, \\uN escapes with their fallbacks skipped', async () => {
    const extracted = await rtf(LETTER);
    expect(extracted.text).toBe(
      [
        'Dear editor,',
        'The café is “closed” again – for good.\nYours,',
        'Šimlé and česky 😀 done.',
        'link text\tend.',
        'Cell A',
        'Cell B',
        'A note.',
        'Footnote text.',
      ].join('\n\n'),
    );
  });

  test('title, author and creation date come from the info group; nothing from tables, pictures or field codes leaks', async () => {
    const extracted = await rtf(LETTER);
    expect(extracted.title).toBe('Letter to the editor');
    expect(extracted.metadata).toEqual({ author: 'Ana Müller', date: '2022-06-14' });
    for (const absent of ['Calibri', 'Riched20', 'Nowhere', '8950', 'HYPERLINK', 'hidden', 'red255']) expect(extracted.text).not.toContain(absent);
  });

  test('a truncated RTF file is refused as incomplete', async () => {
    await expect(rtf(LETTER.slice(0, LETTER.length / 2))).rejects.toThrow(/it is incomplete: it ends in the middle of the document/);
  });

  test('a file named .rtf that is not RTF is refused', async () => {
    await expect(rtf('%PDF-1.7 binary')).rejects.toThrow('it is not an RTF document: it does not begin as one (it may be another kind of file with the wrong extension).');
  });

  test('groups nested 500,000 deep are read without recursion', async () => {
    const depth = 500_000;
    expect((await rtf(`{\\rtf1\\ansi ${'{'.repeat(depth)}deep${'}'.repeat(depth)}}`)).text).toBe('deep');
  });

  test('Mac Roman, UTF-8 and DOS code pages are read in their own encoding, and the info names it', async () => {
    expect(await rtf(String.raw`{\rtf1\mac\ansicpg10000 caf\'8e na\'95ve}`)).toMatchObject({ text: 'café naïve', extraction: { encoding: 'Mac Roman' } });
    expect(await rtf(String.raw`{\rtf1\mac caf\'8e}`)).toMatchObject({ text: 'café', extraction: { encoding: 'Mac Roman' } });
    expect((await rtf(String.raw`{\rtf1\ansi\ansicpg1252{\fonttbl{\f0\fcharset0 Arial;}{\f1\fcharset77 Geneva;}}\f0 caf\'e9 {\f1 caf\'8e}}`)).text).toBe('café café');
    expect(await rtf(String.raw`{\rtf1\ansi\ansicpg65001 caf\'c3\'a9}`)).toMatchObject({ text: 'café', extraction: { encoding: 'UTF-8' } });
    expect(await rtf(String.raw`{\rtf1\pc caf\'82}`)).toMatchObject({ text: 'café', extraction: { encoding: 'DOS code page 437' } });
    expect(await rtf(String.raw`{\rtf1\pca caf\'82 \'d5}`)).toMatchObject({ text: 'café ı', extraction: { encoding: 'DOS code page 850' } });
  });

  test('a code page Framewise cannot decode is refused, naming it, rather than guessed', async () => {
    await expect(rtf(String.raw`{\rtf1\ansi\ansicpg57002 caf\'e9}`)).rejects.toThrow(/code page 57002/);
    await expect(rtf(String.raw`{\rtf1\ansi{\fonttbl{\f0\cpg57002 Mangal;}}\f0 caf\'e9}`)).rejects.toThrow(/code page 57002/);
  });

  test('NUL and control characters in the text mark a damaged file', async () => {
    await expect(rtf('{\\rtf1\\ansi Te\u0000xt}')).rejects.toThrow(/it is damaged: its text contains control characters/);
    await expect(rtf(String.raw`{\rtf1\ansi Te\'01xt}`)).rejects.toThrow(/control characters/);
  });

  test('each footnote is a paragraph of its own, never run into the next one', async () => {
    const source = String.raw`{\rtf1\ansi One.{\super\chftn}{\footnote\pard\plain{\super\chftn}First note.}{\super\chftn}{\footnote\pard\plain{\super\chftn}Second note.} Two.\par}`;
    expect((await rtf(source)).text).toBe('One. Two.\n\nFirst note.\n\nSecond note.');
  });

  test('\\plain ends hidden text: the words after it are kept', async () => {
    expect((await rtf(String.raw`{\rtf1\ansi Seen \v hidden \plain again.\par}`)).text).toBe('Seen again.');
  });
});
