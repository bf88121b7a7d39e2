import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../strings';
import { timelineOf } from '../../test-support/fixtures';
import { printedPieces } from './bytes';
import { printStrings } from './strings';

/** The control pictures ␍ ␊, which fonts without them print as empty boxes. */
const PICTURES = /[\u2400-\u243f]/;

describe("the handout's bytes", () => {
  it('writes CR and LF as their letters, each line on a line of its own', () => {
    expect(printedPieces('GET / HTTP/1.1\r\nHost: a\r\n\r\nhi')).toEqual([
      { text: 'GET / HTTP/1.1' },
      { marker: 'CR' },
      { marker: 'LF' },
      { text: '\n' },
      { text: 'Host: a' },
      { marker: 'CR' },
      { marker: 'LF' },
      { text: '\n' },
      { marker: 'CR' },
      { marker: 'LF' },
      { text: '\n' },
      { text: 'hi' },
    ]);
  });

  it('keeps every octet of every message, and prints no control picture', () => {
    for (const m of timelineOf('post-form').messages) {
      const pieces = printedPieces(m.bytes);
      // The line break after LF is the LF itself.
      const text = pieces.map((p) => ('text' in p ? p.text : p.marker === 'CR' ? '\r' : ''));
      expect(text.join('')).toBe(m.bytes);
      for (const p of pieces) if ('text' in p) expect(p.text).not.toMatch(PICTURES);
    }
  });

  for (const { code } of LANGUAGES) {
    it(`${code}: says how CR LF is printed without a control picture`, () => {
      const line = printStrings[code].crlf;
      expect(line).not.toMatch(PICTURES);
      expect(line).toMatch(/CR.*LF/);
    });
  }
});
