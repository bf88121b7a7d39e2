/**
 * HAR files: the one Chromium wrote through Playwright (fixtures/captures/har.har,
 * summarised by python3 in har.txt), one in the shape Chrome's DevTools
 * export writes (with connection ids and ssl inside connect), and bad ones,
 * each error located by line and column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type HarResult, isoMilliseconds, parseHar } from './har';
import { FIXTURES, readTsharkSummary } from './test-support/fixtures';

const fixture = readFileSync(join(FIXTURES, 'har.har'), 'utf8');

function ok(result: HarResult) {
  if (!result.ok)
    throw new Error(`${result.error.line}:${result.error.column} ${result.error.explanation}`);
  return result;
}

function error(result: HarResult) {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe("Chromium's HAR (Playwright's recordHar)", () => {
  const { har, warnings } = ok(parseHar(fixture));
  const rows = readTsharkSummary('har.txt');

  it('reads every entry: method, URL, status and each timing, −1 as "does not apply"', () => {
    const byIndex = [...har.exchanges].sort((a, b) => a.index - b.index);
    expect(byIndex.map((e) => [e.request.method, e.request.url, e.response.status])).toEqual(
      rows.map((r) => [r.method, r.url, Number(r.status)]),
    );
    byIndex.forEach((e, i) => {
      const row = rows[i] ?? {};
      for (const phase of [
        'blocked',
        'dns',
        'connect',
        'ssl',
        'send',
        'wait',
        'receive',
      ] as const) {
        const expected = Number(row[phase]);
        expect({ i, phase, value: e.timings[phase] }).toEqual({
          i,
          phase,
          value: expected === -1 ? null : expected,
        });
      }
    });
  });

  it('keeps headers and bodies', () => {
    const page = har.exchanges.find((e) => e.request.url.endsWith('/har.html'));
    expect(page?.request.headers.some((h) => h.name.toLowerCase() === 'user-agent')).toBe(true);
    expect(page?.response.body?.text).toContain('<h1>A page with parts</h1>');
    expect(har.creator.name).toBe('Playwright');
    expect(har.browser?.name).toBe('chromium');
  });

  it('puts the entries on one time axis, the first at 0, each phase after the one before', () => {
    expect(Math.min(...har.exchanges.map((e) => e.start))).toBe(0);
    for (const e of har.exchanges) {
      // Playwright counts ssl apart from connect: every phase follows the one before.
      e.phases.forEach((p, i) => {
        expect(p.start).toBeCloseTo(i === 0 ? e.start : (e.phases[i - 1]?.end ?? 0), 3);
      });
      expect((e.phases.at(-1)?.end ?? 0) - e.start).toBeCloseTo(e.time, 3);
    }
  });

  it('has no connection ids (Playwright writes none): all entries in one group, id null', () => {
    expect(har.connections).toEqual([{ id: null, exchanges: har.exchanges.map((_, i) => i) }]);
  });

  it('says where ssl is counted apart from connect, as Playwright does, located in the file', () => {
    const odd = warnings.filter((w) => w.code === 'odd-timings');
    expect(odd.length).toBeGreaterThan(0);
    for (const w of odd) {
      expect(w.path).toMatch(/^log\.entries\[\d+\]\.timings\.ssl$/);
      const line = fixture.split('\n')[w.line - 1] ?? '';
      expect(line.slice(w.column - 1)).toMatch(/^\d/);
      expect(line).toContain('"ssl"');
    }
    expect(warnings.filter((w) => w.code !== 'odd-timings')).toEqual([]);
  });
});

/** Two requests on one connection, one on another; ssl inside connect, as Chrome's DevTools export has them. */
const devtools = JSON.stringify(
  {
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: '537.36' },
      pages: [
        {
          id: 'page_1',
          title: 'https://example.com/',
          startedDateTime: '2024-05-01T10:00:00.000Z',
        },
      ],
      entries: [
        entry('2024-05-01T10:00:00.000Z', '101', {
          blocked: 1,
          dns: 10,
          connect: 30,
          ssl: 20,
          send: 1,
          wait: 50,
          receive: 5,
        }),
        entry('2024-05-01T10:00:00.200Z', '101', {
          blocked: 0.5,
          dns: -1,
          connect: -1,
          ssl: -1,
          send: 0.5,
          wait: 40,
          receive: 2,
        }),
        entry('2024-05-01T12:00:00.150+02:00', '102', {
          blocked: 1,
          dns: -1,
          connect: 25,
          ssl: 15,
          send: 1,
          wait: 30,
          receive: 1,
        }),
      ],
    },
  },
  null,
  2,
);

function entry(startedDateTime: string, connection: string, timings: Record<string, number>) {
  const time = Object.entries(timings)
    .filter(([k, v]) => k !== 'ssl' && v > 0)
    .reduce((n, [, v]) => n + v, 0);
  return {
    startedDateTime,
    time,
    connection,
    request: {
      method: 'GET',
      url: 'https://example.com/',
      httpVersion: 'HTTP/1.1',
      headers: [{ name: 'Host', value: 'example.com' }],
      cookies: [],
      queryString: [],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status: 200,
      statusText: 'OK',
      httpVersion: 'HTTP/1.1',
      headers: [],
      cookies: [],
      content: { size: 2, mimeType: 'text/plain', text: 'ok' },
      redirectURL: '',
      headersSize: -1,
      bodySize: 2,
    },
    cache: {},
    timings,
  };
}

describe("a HAR as Chrome's DevTools export writes it", () => {
  const { har, warnings } = ok(parseHar(devtools));

  it('groups the entries by connection, in order of first use', () => {
    // Exchanges are in order of start: the entry on connection 102 started between the two on 101.
    expect(har.exchanges.map((e) => e.index)).toEqual([0, 2, 1]);
    expect(har.connections).toEqual([
      { id: '101', exchanges: [0, 2] },
      { id: '102', exchanges: [1] },
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads time zones: 12:00:00.150+02:00 is 150 ms after the first entry', () => {
    expect(har.exchanges.map((e) => e.start)).toEqual([0, 150, 200]);
  });

  it('lays the phases out, with ssl as the end of connect and −1 phases absent', () => {
    const first = har.exchanges[0];
    expect(first?.phases).toEqual([
      { phase: 'blocked', start: 0, end: 1 },
      { phase: 'dns', start: 1, end: 11 },
      { phase: 'connect', start: 11, end: 41 },
      { phase: 'ssl', start: 21, end: 41 },
      { phase: 'send', start: 41, end: 42 },
      { phase: 'wait', start: 42, end: 92 },
      { phase: 'receive', start: 92, end: 97 },
    ]);
    const reused = har.exchanges.find((e) => e.index === 1);
    expect(reused?.timings).toMatchObject({ dns: null, connect: null, ssl: null });
    expect(reused?.phases.map((p) => p.phase)).toEqual(['blocked', 'send', 'wait', 'receive']);
  });
});

describe('bad HAR files', () => {
  it('not JSON: the line and column of the first error', () => {
    const e = error(parseHar('{\n  "log": {\n    "entries": [1,]\n  }\n}'));
    expect(e).toMatchObject({ code: 'not-json', line: 3, column: 19 });
    expect(e.explanation).toMatch(/Expected a value/);
  });

  it('not JSON: a string left open, an unquoted key, a trailing word', () => {
    expect(error(parseHar('{"log": "abc'))).toMatchObject({
      code: 'not-json',
      line: 1,
      column: 13,
    });
    expect(error(parseHar('{\n log: 1}'))).toMatchObject({ line: 2, column: 2 });
    expect(error(parseHar('{} x'))).toMatchObject({ line: 1, column: 4 });
  });

  it('JSON without log.entries: says what is there instead, and where', () => {
    expect(error(parseHar('[1, 2]'))).toMatchObject({
      code: 'not-har',
      path: '',
      line: 1,
      column: 1,
    });
    expect(error(parseHar('{"version": 1}')).explanation).toContain('log is missing');
    const e = error(parseHar('{\n  "log": {\n    "entries": {}\n  }\n}'));
    expect(e).toMatchObject({ code: 'not-har', path: 'log.entries', line: 3, column: 16 });
    expect(e.explanation).toContain('log.entries is an object');
  });

  it('an entry that cannot be used is left out with a located warning; the others are kept', () => {
    const text = JSON.stringify(
      {
        log: {
          entries: [
            entry('2024-05-01T10:00:00.000Z', '1', { send: 1, wait: 1, receive: 1 }),
            { startedDateTime: '2024-05-01T10:00:00.000Z', time: 1, response: {}, timings: {} },
            { ...entry('yesterday', '1', { send: 1, wait: 1, receive: 1 }) },
            entry('2024-05-01T10:00:00.000Z', '1', {
              send: 1,
              wait: -1,
              receive: 'soon' as unknown as number,
            }),
          ],
        },
      },
      null,
      1,
    );
    const { har, warnings } = ok(parseHar(text));
    expect(har.exchanges.map((e) => e.index)).toEqual([0, 3]);
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['bad-entry', 'log.entries[1].request'],
      ['bad-entry', 'log.entries[2].startedDateTime'],
      ['bad-value', 'log.entries[3].timings.receive'],
    ]);
    const receive = warnings[2];
    expect(text.split('\n')[(receive?.line ?? 0) - 1]?.slice((receive?.column ?? 0) - 1)).toMatch(
      /^"soon"/,
    );
    expect(warnings[0]?.line).toBeGreaterThan(1);
  });

  it('a byte-order mark before the JSON is no error', () => {
    expect(parseHar(`\ufeff${devtools}`).ok).toBe(true);
  });
});

describe('isoMilliseconds', () => {
  it('reads HAR 1.2 dates strictly', () => {
    expect(isoMilliseconds('2009-07-24T19:20:30.45+01:00')).toBe(
      Date.UTC(2009, 6, 24, 18, 20, 30, 450),
    );
    expect(isoMilliseconds('2024-05-01T10:00:00Z')).toBe(Date.UTC(2024, 4, 1, 10));
    expect(isoMilliseconds('2024-13-01T10:00:00Z')).toBeNull();
    expect(isoMilliseconds('May 1, 2024')).toBeNull();
  });
});
