import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../strings';
import { REQUEST_ERROR_CODES, readRequestText } from './requestText';
import { readResponseText } from './responseText';
import { strings } from './strings';
import { errorText, RESPONSE_WORDS } from './words';

describe('the workshop’s error sentence', () => {
  it('says the line and the column in every language', () => {
    const read = readRequestText('GET / HTTP/1.1\nHost example.com\n\n');
    if (read.ok) throw new Error('should not read');
    expect(errorText(strings.en, read.error)).toMatch(/^Line 2, column 5: /);
    expect(errorText(strings['zh-CN'], read.error)).toMatch(/^第 2 行，第 5 列：/);
    expect(errorText(strings['zh-TW'], read.error)).toMatch(/^第 2 行，第 5 欄：/);
  });

  it('has words for every error the box can give', () => {
    for (const { code } of LANGUAGES) {
      for (const c of REQUEST_ERROR_CODES)
        expect(strings[code][`err.${c}`], `${code} ${c}`).toBeTruthy();
    }
  });

  it('says the server, not the client, of a response typed by hand', () => {
    const read = readResponseText('HTTP/1.1 200 OK\nContent-Length:2\n\nhi');
    if (read.ok) throw new Error('should not read');
    expect(errorText(strings.en, read.error, 'response')).toBe(
      'Line 2, column 16: Roundtrip’s server writes “Content-Length: 2” here.',
    );
    for (const { code } of LANGUAGES) {
      for (const c of RESPONSE_WORDS)
        expect(strings[code][`resp.${c}`], `${code} ${c}`).toBeTruthy();
    }
  });
});
