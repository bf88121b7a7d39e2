import { describe, expect, it } from 'vitest';
import { decodeBytes, hexDump, looksLikeText, visiblePieces } from './bytes';

describe('the byte helpers', () => {
  it('decodes UTF-8 from a binary string', () => {
    expect(decodeBytes('caf\xc3\xa9')).toBe('café');
  });

  it('draws CR and LF as markers', () => {
    expect(visiblePieces('Host: a\r\n')).toEqual([
      { text: 'Host: a' },
      { marker: 'CR' },
      { marker: 'LF' },
    ]);
  });

  it('tells text from binary', () => {
    expect(looksLikeText('<p>hi</p>\n')).toBe(true);
    expect(looksLikeText('\x89PNG\x00')).toBe(false);
  });

  it('dumps hex sixteen bytes a row', () => {
    expect(hexDump('GET / HTTP/1.1\r\nHost')).toEqual([
      '47 45 54 20 2f 20 48 54 54 50 2f 31 2e 31 0d 0a',
      '48 6f 73 74',
    ]);
  });
});
