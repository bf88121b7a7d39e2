import { describe, expect, it } from 'vitest';
import * as http from './index';

describe('the public door of src/http', () => {
  it('parses, serializes and judges persistence of MDN’s GET through the exports alone', () => {
    const input = http.encodeUtf8(
      'GET / HTTP/1.1\r\nHost: developer.mozilla.org\r\nAccept-Language: fr\r\n\r\n',
    );
    const parsed = http.parseMessage(input, 'request');
    if (!parsed.ok) expect.fail(parsed.error.explanation);
    expect(http.headerValue(parsed.message, 'accept-language')).toBe('fr');
    expect(http.isPersistent(parsed.message)).toBe(true);
    expect(http.serializeMessage(parsed.message).bytes).toEqual(input);
    expect(http.PARSE_ERROR_CODES).toContain('missing-host');
  });
});
