import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { hasJoinableBreak, joinsPreviousLine, looksHardWrapped } from '../../../shared/text/hardWrap';
import { toCanonicalText } from '../../../shared/text/canonical';
import { pressPaths } from '../../fixtures/press';
import { WIRE_COPY } from '../../fixtures/reading';

const read = (path: string) => toCanonicalText(readFileSync(path, 'utf8'));

/** `paragraphs` words of prose, each paragraph wrapped at `column` characters. */
function wrapped(column: number, paragraphs = 3): string {
  const words = 'the council voted on Tuesday to fund more buses for the east side of town after a long debate about fares'.split(' ');
  const paragraph = (seed: number) => {
    const lines: string[] = [];
    let line = '';
    for (let i = 0; i < 60; i++) {
      const word = words[(i * 7 + seed) % words.length]!;
      if (line && line.length + 1 + word.length > column) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    return [...lines, line].join('\n');
  };
  return Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('\n\n');
}

describe('telling a hard-wrapped text', () => {
  test('a news-wire copy wrapped at 68 characters, with a short list in it, is hard-wrapped', () => {
    expect(looksHardWrapped(read(WIRE_COPY))).toBe(true);
  });

  test('prose wrapped at any usual column (40 to 100 characters) is hard-wrapped', () => {
    for (const column of [40, 60, 72, 80, 100]) expect(looksHardWrapped(wrapped(column)), `wrapped at ${column}`).toBe(true);
  });

  test('texts whose paragraphs are one line each (the press texts) are not', () => {
    for (const path of pressPaths()) expect(looksHardWrapped(read(path)), path).toBe(false);
  });

  test('lines of very different lengths (a list, verse, an address) are not hard-wrapped', () => {
    const list = ['Agenda:', '1. Budget', '2. Transit plan for the east side and the new depot', '3. Any other business', '4. Close'].join('\n');
    expect(looksHardWrapped(`${list}\n\n${list}`)).toBe(false);
    const verse = ['So much depends', 'upon', 'a red wheel', 'barrow', 'glazed with rain', 'water', 'beside the white', 'chickens'].join('\n');
    expect(looksHardWrapped(verse)).toBe(false);
  });

  test('too few wrapped lines to tell, or a column too narrow or too wide, is not hard-wrapped', () => {
    expect(looksHardWrapped('One line of a paragraph\nand its second line, both short.')).toBe(false);
    expect(looksHardWrapped(wrapped(20))).toBe(false);
    expect(looksHardWrapped(wrapped(200))).toBe(false);
  });

  test('a long document of one-line paragraphs with one small wrapped block in it is not hard-wrapped', () => {
    const prose = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} is a single long line of prose, as a word processor or a web page gives it.`).join('\n\n');
    expect(looksHardWrapped(`${prose}\n\n${wrapped(60, 1)}`)).toBe(false);
  });

  test('line lengths count characters, not UTF-16 units: emoji do not lengthen a line', () => {
    // Lines of 100 characters, 125 UTF-16 units: wrapped at 100, within the plausible columns.
    const line = 'ab🚌 '.repeat(25).trimEnd();
    const paragraph = Array.from({ length: 6 }, () => line).join('\n');
    expect(looksHardWrapped([paragraph, paragraph, paragraph].join('\n\n'))).toBe(true);
  });
});

describe('which line breaks a reflow joins', () => {
  test('a line of running text joins the line before it', () => {
    expect(joinsPreviousLine('that it would stop seeking cash bail for people')).toBe(true);
    expect(joinsPreviousLine('2017, please tell us how successful you were')).toBe(true);
    expect(joinsPreviousLine('U.S. officials said')).toBe(true);
  });

  test('a list item or an indented line keeps its own line', () => {
    for (const line of ['- retail theft', '● Expand programs', '• one', '* two', '– three', '1) Expand', '12. Close', 'b. second', 'iv. fourth', '  indented caption', '\tquoted'])
      expect(joinsPreviousLine(line), line).toBe(false);
  });

  test('an item numbered in brackets, a speaker’s turn in a transcript, or a time stamp keeps its own line', () => {
    const ownLines = ['(1) Expand programs', '(a) bail', '(iv) fourth', '[12] Smith, J. (2019).', 'I: How long have you lived here?', 'R: Ten years.', 'IV: And then?', 'B1: We moved.', 'INTERVIEWER: So you', 'Interviewer: So you', 'Speaker 2: yes', 'Dr. Lee: The data', 'Maria Lopez: I think', '[00:01:23] R: Ten years.', '00:12 Interviewer: ok', '#00:04:12-5# B: yes'];
    for (const line of ownLines) expect(joinsPreviousLine(line), line).toBe(false);
    // Running text with a colon or brackets still joins.
    for (const line of ['Critics said: the plan', 'the vote: 12 to 3', '(and the council agreed)', 'I think it was: the bus', '2019: a year of protests began']) expect(joinsPreviousLine(line), line).toBe(true);
  });

  test('a paragraph has something to reflow only when two of its lines would join', () => {
    expect(hasJoinableBreak('one line')).toBe(false);
    expect(hasJoinableBreak('The list:\n- bail\n- probation')).toBe(false);
    expect(hasJoinableBreak('a nearly\n18-point margin')).toBe(true);
  });
});
