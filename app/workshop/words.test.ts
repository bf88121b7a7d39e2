import { describe, expect, it } from 'vitest';
import { findScenario, type Scenario } from '../model';
import { LANGUAGES } from '../strings';
import { REFUSAL_CODES, validateScenario } from '../validation';
import { REQUEST_ERROR_CODES, readRequestText } from './requestText';
import { readResponseText } from './responseText';
import { strings } from './strings';
import { errorText, RESPONSE_ONLY_WORDS, RESPONSE_WORDS, refusalText } from './words';

describe('the workshop’s error sentence', () => {
  it('says the line and the column in every language', () => {
    const read = readRequestText('GET / HTTP/1.1\nHost example.com\n\n');
    if (read.ok) throw new Error('should not read');
    expect(errorText(strings.en, read.error)).toMatch(/^Line 2, column 5: /);
    expect(errorText(strings['zh-CN'], read.error)).toMatch(/^第 2 行，第 5 列：/);
    expect(errorText(strings['zh-TW'], read.error)).toMatch(/^第 2 行，第 5 欄：/);
  });

  it('says what is short or left over after the head, by what frames the body', () => {
    const say = (text: string) => {
      const read = readRequestText(text);
      if (read.ok) throw new Error('should not read');
      return errorText(strings.en, read.error);
    };
    expect(say('POST / HTTP/1.1\nHost: a\nContent-Length: 30\n\nname=x')).toBe(
      'Line 5, column 7: the head is complete, but the body ends here, 24 octets short of the 30 its Content-Length announces.',
    );
    expect(say('POST / HTTP/1.1\nHost: a\n\nname=x')).toBe(
      'Line 4, column 1: a request with neither Content-Length nor Transfer-Encoding has no body (RFC 9112 §6.3), so this text after the blank line is not part of it: to send it as the body, add “Content-Length: 6”.',
    );
    expect(say('GET / HTTP/1.0\n\n')).toMatch(/^Line 2, column 1: Roundtrip’s client sends a Host/);
  });

  it('says that a second request typed after the first is added with its own button, in every language', () => {
    // Review: "add Content-Length: 44" would have made the second request the first one's body.
    const two = 'GET / HTTP/1.1\nHost: developer.mozilla.org\n\n'.repeat(2);
    const read = readRequestText(two);
    if (read.ok) throw new Error('should not read');
    for (const { code } of LANGUAGES) {
      const said = errorText(strings[code], read.error);
      expect(said, code).toContain(strings[code].addRequest);
      expect(said, code).not.toContain('Content-Length: ');
    }
    expect(errorText(strings.en, read.error)).toBe(
      'Line 4, column 1: a request with neither Content-Length nor Transfer-Encoding ends at its blank line (RFC 9112 §6.3), so this request line starts another request: a second request on the connection is added with “Add a request”, in a Request box of its own.',
    );
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
      for (const c of [...RESPONSE_WORDS, ...RESPONSE_ONLY_WORDS])
        expect(strings[code][`resp.${c}`], `${code} ${c}`).toBeTruthy();
    }
  });

  it('says to delete a line the server does not write, and why, not an empty quotation', () => {
    const read = readResponseText('HTTP/1.1 204 No Content\nContent-Length: 0\n\n');
    if (read.ok) throw new Error('should not read');
    expect(errorText(strings.en, read.error, 'response')).toBe(
      'Line 2, column 1: Roundtrip’s server writes no Content-Length in a 204 or 1xx response: there is no content to count (RFC 9110 §8.6), so delete this line.',
    );
    expect(errorText(strings['zh-CN'], read.error, 'response')).toMatch(/请删除这一行。$/);
    expect(errorText(strings['zh-TW'], read.error, 'response')).toMatch(/請刪除這一行。$/);
  });
});

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The validator's refusals of the `get` scenario changed by `change`. */
function refusals(change: (s: Scenario) => void) {
  const scenario = findScenario('get');
  if (!scenario) throw new Error('no get scenario');
  const s = structuredClone(scenario);
  change(s);
  const checked = validateScenario(s);
  if (checked.ok) throw new Error('should be refused');
  return checked.errors;
}

describe('the validator’s refusals, in the reader’s words', () => {
  it('has words for every refusal in every language, naming the same numbers', () => {
    for (const c of REFUSAL_CODES) {
      const en = strings.en[`refuse.${c}`];
      expect(en, c).toBeTruthy();
      for (const { code } of LANGUAGES) {
        const words = strings[code][`refuse.${c}`];
        expect(words, `${code} ${c}`).toBeTruthy();
        expect(placeholders(words), `${code} ${c}`).toEqual(placeholders(en));
      }
    }
  });

  it('says a refusal from its code and params, not from the English sentence', () => {
    const [latency] = refusals((s) => {
      s.link.latencyMs = 20_000;
    });
    if (!latency) throw new Error('no refusal');
    expect(refusalText(strings.en, latency)).toBe('must be between 0 and 10000');
    expect(refusalText(strings['zh-CN'], latency)).toBe('必须在 0 到 10000 之间');
    expect(refusalText(strings['zh-TW'], latency)).toBe('必須介於 0 到 10000 之間');
  });

  it('says what is wrong in a response typed by hand as the response box does', () => {
    const [raw] = refusals((s) => {
      const route = s.site.resources[0];
      if (route) route.raw = 'HTTP/1.1 200 OK\r\nContent-Length:2\r\n\r\nhi';
    });
    if (!raw) throw new Error('no refusal');
    expect(raw.code).toBe('raw-unreadable');
    expect(refusalText(strings.en, raw)).toBe(
      'the response typed by hand cannot be sent: Line 2, column 16: Roundtrip’s server writes “Content-Length: 2” here.',
    );
    expect(refusalText(strings['zh-CN'], raw)).toMatch(
      /^手动输入的响应无法发送：第 2 行，第 16 列：/,
    );
  });
});
