/**
 * A HAR entry as a workshop scenario: each entry of the Chromium fixture becomes a scenario the
 * validator accepts, whose simulated request carries the entry's method, target and fields and
 * whose response carries its status and body; what had to change is named.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../http/index';
import { simulate } from '../session/simulate';
import { bytesToBinary } from '../timeline/bytes';
import { type HarExchange, parseHar } from './har';
import { scenarioFromHar } from './har-scenario';
import { FIXTURES } from './test-support/fixtures';

const har = parseHar(readFileSync(join(FIXTURES, 'har.har'), 'utf8'));
if (!har.ok) throw new Error(har.error.explanation);
const exchanges = har.har.exchanges;

function made(e: HarExchange, scrub = true) {
  const result = scenarioFromHar(e, { scrub });
  if (!result.ok) throw new Error(result.problem);
  return result;
}

describe('scenarioFromHar', () => {
  it.each(exchanges.map((e) => [e.request.url, e] as const))(
    '%s: the same request and response, simulated',
    (_, e) => {
      const { scenario, changes } = made(e);
      const timeline = simulate(scenario);
      const [request, response] = timeline.messages;
      const target = e.request.url.replace(/^http:\/\/[^/]+/, '');
      expect(request?.startLine).toBe(`${e.request.method} ${target} HTTP/1.1`);
      expect(response?.startLine).toMatch(new RegExp(`^HTTP/1\\.1 ${e.response.status} `));
      // Every field of the browser's request is sent, but those the user agent writes itself.
      const sent = request?.blocks.filter((b) => b.kind === 'header').map((b) => b.name) ?? [];
      for (const h of e.request.headers) {
        const left = changes.some((c) => c.kind === 'field-left-out' && c.name === h.name);
        expect(sent.includes(h.name) || left, h.name).toBe(true);
      }
      expect(changes.filter((c) => c.kind === 'field-left-out').map((c) => c.name)).toContain(
        'Host',
      );
      const text = e.response.body?.text ?? '';
      const octets = bytesToBinary(encodeUtf8(text));
      if (e.response.status === 200 && text) expect(response?.bytes.endsWith(octets)).toBe(true);
    },
  );

  const secret: HarExchange = {
    ...(exchanges[0] as HarExchange),
    request: {
      ...(exchanges[0] as HarExchange).request,
      method: 'POST',
      url: 'https://shop.example/cart?id=ä b',
      httpVersion: 'h2',
      headers: [
        { name: ':authority', value: 'shop.example' },
        { name: 'Cookie', value: 'sid=s3cr3t' },
        { name: 'Authorization', value: 'Basic dXNlcjpwdw==' },
        { name: 'X-Wide', value: '漢字' },
        { name: 'Content-Length', value: '7' },
      ],
      body: { mimeType: 'text/plain', text: 'a=1&b=2', encoding: null, size: 7 },
    },
    response: {
      ...(exchanges[0] as HarExchange).response,
      status: 403,
      headers: [{ name: 'Set-Cookie', value: 'sid=n3w' }],
    },
  };

  it('scrubs cookies and credentials, names what it changed, and keeps the rest', () => {
    const { scenario, changes } = made(secret);
    expect(JSON.stringify(scenario)).not.toMatch(/s3cr3t|dXNlcjpwdw|n3w/);
    expect(scenario.requests[0]).toMatchObject({
      method: 'POST',
      target: '/cart?id=%C3%A4%20b',
      body: 'a=1&b=2',
      headers: [
        ['Cookie', '[scrubbed]'],
        ['Authorization', '[scrubbed]********'],
      ],
    });
    expect(scenario.site.resources[0]).toMatchObject({ status: 400, methods: ['POST'] });
    expect(changes).toEqual(
      expect.arrayContaining([
        { kind: 'version', from: 'h2' },
        { kind: 'status', from: 403, to: 400 },
        { kind: 'scrubbed', name: 'Cookie', message: 'request' },
        { kind: 'scrubbed', name: 'Set-Cookie', message: 'response' },
        expect.objectContaining({
          kind: 'field-left-out',
          name: ':authority',
          why: 'pseudo-header',
        }),
        expect.objectContaining({ kind: 'field-left-out', name: 'X-Wide' }),
        expect.objectContaining({ kind: 'field-left-out', name: 'Content-Length' }),
      ]),
    );
    const timeline = simulate(scenario);
    expect(timeline.messages[0]?.bytes).toContain('Cookie: [scrubbed]\r\n');
  });

  it('says why each field of the browser’s is left out, as a code the page words', () => {
    const { changes } = made(exchanges[1] as HarExchange);
    const why = (name: string, message: 'request' | 'response') =>
      changes.find((c) => c.kind === 'field-left-out' && c.name === name && c.message === message);
    expect(why('Host', 'request')).toMatchObject({ why: 'user-agent-writes' });
    expect(why('Connection', 'request')).toMatchObject({ why: 'hop-by-hop' });
    expect(why('Content-Length', 'response')).toMatchObject({ why: 'site-computes' });
    expect(why('Date', 'response')).toMatchObject({ why: 'site-writes' });
  });

  it('keeps cookies when not asked to scrub', () => {
    const { scenario } = made(secret, false);
    expect(scenario.requests[0]?.headers).toContainEqual(['Cookie', 'sid=s3cr3t']);
  });

  it('percent-encodes a target outside RFC 3986 as UTF-8, a lone surrogate as U+FFFD', () => {
    const odd = { ...secret, request: { ...secret.request, url: 'http://a.example/\ud800?q=ä b' } };
    const { scenario } = made(odd, false);
    expect(scenario.requests[0]?.target).toBe('/%EF%BF%BD?q=%C3%A4%20b');
  });

  it('answers a redirect with its Location, and does not follow it', () => {
    const old = exchanges.find((e) => e.response.status === 301) as HarExchange;
    const { scenario, changes } = made(old);
    expect(scenario.site.resources[0]?.redirect?.status).toBe(301);
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: 'redirect-not-followed', status: 301 }),
    );
    const timeline = simulate(scenario);
    expect(timeline.messages.map((m) => m.startLine)).toEqual([
      'GET /old HTTP/1.1',
      'HTTP/1.1 301 Moved Permanently',
    ]);
  });
});
