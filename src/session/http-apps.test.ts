import { describe, expect, it } from 'vitest';
import { type HttpMessage, type HttpRequest, headerValue, serializeMessage } from '../http';
import { SCENARIOS } from '../scenarios';
import { MDN_SITE } from '../scenarios/common';
import type { Scenario } from '../scenarios/types';
import { bytesToBinary } from '../timeline/bytes';
import type { HttpMessageRecord } from '../timeline/types';
import type { AppAction, AppContext } from './application';
import { keepsConnection, redirected, redirectMethod, resolveLocation } from './client';
import { VirtualSite } from './server';
import { simulate } from './simulate';
import { EPOCH_MS, imfFixdate, parseForm, route, withClose } from './site';

const request = (method: string, target: string, body = ''): HttpRequest => ({
  kind: 'request',
  method,
  target,
  version: 'HTTP/1.1',
  headers: [{ name: 'Host', value: MDN_SITE.host }],
  body: new TextEncoder().encode(body),
});

describe('the virtual site', () => {
  const site = {
    ...MDN_SITE,
    resources: [
      ...MDN_SITE.resources,
      { path: '/old', redirect: { status: 301 as const, location: '/' } },
    ],
  };

  it('answers 200 with the page, Content-Language and a Date from the simulated clock', () => {
    const { response, route: how } = route(site, request('GET', '/'), 1500);
    expect([response.status, how]).toEqual([200, 'resource']);
    expect(headerValue(response, 'content-language')).toBe('fr');
    expect(headerValue(response, 'date')).toBe('Thu, 06 Dec 2018 17:37:19 GMT');
  });

  it('answers 301 with Location, 404 for an unknown path, 405 with Allow', () => {
    expect(headerValue(route(site, request('GET', '/old'), 0).response, 'location')).toBe('/');
    expect(route(site, request('GET', '/nope'), 0).response.status).toBe(404);
    const notAllowed = route(site, request('GET', '/contact_form.php'), 0).response;
    expect(notAllowed.status).toBe(405);
    expect(headerValue(notAllowed, 'allow')).toBe('POST');
  });

  // Found by the scenario fuzzer: simulate() threw on every HEAD request, because the
  // site wrote the GET response's content and the serializer refuses content for HEAD.
  it('answers HEAD with the head GET would have, its Content-Length, and no content', () => {
    for (const target of ['/', '/old', '/nope']) {
      const get = route(site, request('GET', target), 0).response;
      const head = route(site, request('HEAD', target), 0).response;
      expect([head.status, head.body.length], target).toEqual([get.status, 0]);
      expect(headerValue(head, 'content-length'), target).toBe(String(get.body.length));
      expect(head.headers.map((h) => h.name)).toEqual(get.headers.map((h) => h.name));
    }
    const scenario: Scenario = {
      ...SCENARIOS[0],
      requests: [{ method: 'HEAD', target: '/' }],
    } as Scenario;
    const timeline = simulate(scenario);
    expect(timeline.outcome.note).toBeNull();
    expect(timeline.messages.map((m) => m.startLine)).toEqual([
      'HEAD / HTTP/1.1',
      'HTTP/1.1 200 OK',
    ]);
  });

  it('reads the form body and puts its fields in the page, escaped', () => {
    const body = 'name=Joe%20%3Cb%3E&request=Send%20me%20one';
    const page = new TextDecoder().decode(
      route(site, request('POST', '/contact_form.php', body), 0).response.body,
    );
    expect(page).toContain('Thank you, Joe &#60;b&#62;. We received your request: Send me one.');
  });

  it('dates in IMF-fixdate (RFC 9110 §5.6.7), from MDN’s example instant', () => {
    expect(imfFixdate(0)).toBe('Thu, 06 Dec 2018 17:37:18 GMT');
    expect(imfFixdate(240_000.5)).toBe('Thu, 06 Dec 2018 17:41:18 GMT');
  });

  it('writes leap days and the weekday of any date in four-digit years', () => {
    expect(imfFixdate(Date.UTC(2020, 1, 29, 12) - EPOCH_MS)).toBe('Sat, 29 Feb 2020 12:00:00 GMT');
    expect(imfFixdate(Date.UTC(2100, 2, 1) - EPOCH_MS)).toBe('Mon, 01 Mar 2100 00:00:00 GMT');
  });

  it('decodes application/x-www-form-urlencoded', () => {
    expect([...parseForm('a=1+2&b=%41&c&a=dup')]).toEqual([
      ['a', '1 2'],
      ['b', 'A'],
      ['c', ''],
    ]);
  });

  it('answers a request that does not parse with 400 and Connection: close', () => {
    const scheduled: AppAction[] = [];
    const records: HttpMessageRecord[] = [];
    const clientRecord: HttpMessageRecord = {
      id: 0,
      kind: 'request',
      from: 'client',
      connection: 0,
      bytes: '',
      blocks: [],
      startLine: '',
    };
    const ctx: AppContext = {
      now: 0,
      schedule: (_e, _c, action) => scheduled.push(action),
      addMessage: (_c, from, message: HttpMessage) => {
        const { bytes, blocks } = serializeMessage(message);
        const b = bytesToBinary(bytes);
        const r = {
          id: records.length + 1,
          kind: message.kind,
          from,
          connection: 0,
          bytes: b,
          blocks,
          startLine: b.slice(0, b.indexOf('\r\n')),
        };
        records.push(r);
        return r;
      },
      messageSent: (_c, from) => (from === 'client' ? clientRecord : records[0]),
      openConnection: () => 0,
      state: () => 'ESTABLISHED',
    };
    const server = new VirtualSite(SCENARIOS[0] as Scenario, false);
    server.onEstablished(ctx, 0);
    server.onData(ctx, 0, 'GET / HTTP/1.1\r\nHost : x\r\n\r\n');
    expect(records[0]?.startLine).toBe('HTTP/1.1 400 Bad Request');
    expect(records[0]?.bytes).toContain('Connection: close\r\n');
    expect(scheduled.filter((a) => a.kind === 'write')).toHaveLength(
      records[0]?.blocks.length ?? -1,
    );
  });
});

describe('the user agent', () => {
  it('follows only what it can reach: a path, or http on the same host', () => {
    expect(resolveLocation('/a?b', 'example.org')).toBe('/a?b');
    expect(resolveLocation('http://example.org', 'example.org')).toBe('/');
    expect(resolveLocation('http://EXAMPLE.org:80/x', 'example.org')).toBe('/x');
    expect(resolveLocation('https://example.org/', 'example.org')).toBeNull();
    expect(resolveLocation('http://other.org/', 'example.org')).toBeNull();
  });

  it("keeps a Location's fragment to itself: it is never sent (RFC 9112 §3.2)", () => {
    expect(resolveLocation('/docs#intro', 'example.org')).toBe('/docs');
    expect(resolveLocation('/a?b=1#', 'example.org')).toBe('/a?b=1');
    expect(resolveLocation('http://example.org/x#y', 'example.org')).toBe('/x');
    expect(resolveLocation('http://example.org#top', 'example.org')).toBe('/');
  });

  const redirect = SCENARIOS.find((s) => s.id === 'redirect-301') as Scenario;

  it('stops after five redirects', () => {
    const loop = simulate({
      ...redirect,
      site: {
        host: redirect.site.host,
        resources: [{ path: '/a', redirect: { status: 302, location: '/a' } }],
      },
      requests: [{ method: 'GET', target: '/a' }],
    });
    expect(loop.messages.filter((m) => m.kind === 'request')).toHaveLength(6);
    expect(loop.steps.filter((s) => s.reason === 'redirect-followed')).toHaveLength(5);
    expect(loop.outcome.note).toBeNull();
  });

  it('opens a new connection for the redirect when the first one does not persist (HTTP/1.0)', () => {
    const timeline = simulate({
      ...redirect,
      requests: [{ method: 'GET', target: '/docs', version: 'HTTP/1.0' }],
    });
    expect(timeline.connections).toHaveLength(2);
    expect(timeline.messages.map((m) => `${m.connection} ${m.startLine}`)).toEqual([
      '0 GET /docs HTTP/1.0',
      '0 HTTP/1.1 301 Moved Permanently',
      '1 GET / HTTP/1.0',
      '1 HTTP/1.1 200 OK',
    ]);
    expect(timeline.connections[1]?.clientPort).not.toBe(timeline.connections[0]?.clientPort);
    expect(timeline.outcome.note).toBeNull();
  });

  it('reuses a kept-alive connection for the second request (RFC 9112 §9.3)', () => {
    const timeline = simulate(SCENARIOS.find((s) => s.id === 'keep-alive') as Scenario);
    expect(timeline.connections).toHaveLength(1);
    expect(
      timeline.segments.filter((s) => s.flags.includes('SYN') && !s.flags.includes('ACK')),
    ).toHaveLength(1);
    expect(timeline.messages.map((m) => m.startLine)).toEqual([
      'GET / HTTP/1.1',
      'HTTP/1.1 200 OK',
      'GET /style.css HTTP/1.1',
      'HTTP/1.1 200 OK',
    ]);
  });
});

/** MDN's site with more resources, and the timeline's messages as `conn start-line`. */
const withResources = (resources: Scenario['site']['resources']) => ({
  ...MDN_SITE,
  resources: [...MDN_SITE.resources, ...resources],
});
const base = SCENARIOS.find((s) => s.id === 'get') as Scenario;
const field = (m: HttpMessageRecord, name: string) =>
  new RegExp(`\r\n${name}: ([^\r]*)\r\n`, 'i').exec(m.bytes)?.[1];
const bodyOf = (m: HttpMessageRecord) => m.bytes.slice(m.bytes.indexOf('\r\n\r\n') + 4);

describe('following a redirect (RFC 9110 §15.4)', () => {
  it('sends again the request that got the 307, with its own body and fields', () => {
    const timeline = simulate({
      ...base,
      site: withResources([
        { path: '/a', methods: ['POST'], body: 'A ok' },
        { path: '/b', methods: ['POST'], redirect: { status: 307, location: '/c' } },
        { path: '/c', methods: ['POST'], body: 'C ok' },
      ]),
      requests: [
        { method: 'POST', target: '/a', headers: [['X-Which', 'first']], body: 'first-body' },
        { method: 'POST', target: '/b', headers: [['X-Which', 'second']], body: 'second-body' },
      ],
    });
    const resent = timeline.messages.find((m) => m.startLine === 'POST /c HTTP/1.1');
    if (!resent) throw new Error('the 307 was not followed');
    expect([bodyOf(resent), field(resent, 'X-Which'), field(resent, 'Content-Length')]).toEqual([
      'second-body',
      'second',
      '11',
    ]);
    expect(timeline.outcome.note).toBeNull();
  });

  it('changes only POST to GET on 301 and 302; DELETE is sent again as it was', () => {
    const timeline = simulate({
      ...base,
      site: withResources([
        { path: '/d', methods: ['DELETE'], redirect: { status: 301, location: '/e' } },
        { path: '/e', methods: ['DELETE'], body: 'deleted' },
        { path: '/f', methods: ['POST'], redirect: { status: 302, location: '/' } },
      ]),
      requests: [
        { method: 'DELETE', target: '/d' },
        {
          method: 'POST',
          target: '/f',
          headers: [['Content-Type', 'application/x-www-form-urlencoded']],
          body: 'a=1',
        },
      ],
    });
    const requests = timeline.messages.filter((m) => m.kind === 'request');
    expect(requests.map((m) => m.startLine)).toEqual([
      'DELETE /d HTTP/1.1',
      'DELETE /e HTTP/1.1',
      'POST /f HTTP/1.1',
      'GET / HTTP/1.1',
    ]);
    // The GET that replaces the POST has no content, and no field that described it.
    const get = requests[3] as HttpMessageRecord;
    expect([field(get, 'Content-Type'), field(get, 'Content-Length'), bodyOf(get)]).toEqual([
      undefined,
      undefined,
      '',
    ]);
  });

  it('keeps the method on 307 and 308, makes it GET on 303 (HEAD stays HEAD)', () => {
    const table = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'].map((method) => [
      method,
      ...[301, 302, 303, 307, 308].map((status) => redirectMethod(method, status)),
    ]);
    expect(table).toEqual([
      ['GET', 'GET', 'GET', 'GET', 'GET', 'GET'],
      ['HEAD', 'HEAD', 'HEAD', 'HEAD', 'HEAD', 'HEAD'],
      ['POST', 'GET', 'GET', 'GET', 'POST', 'POST'],
      ['PUT', 'PUT', 'PUT', 'GET', 'PUT', 'PUT'],
      ['DELETE', 'DELETE', 'DELETE', 'GET', 'DELETE', 'DELETE'],
    ]);
    const put = {
      ...request('PUT', '/x', 'body'),
      headers: [
        { name: 'Host', value: MDN_SITE.host },
        { name: 'Content-Type', value: 'text/plain' },
        { name: 'X-Keep', value: '1' },
      ],
    };
    const after303 = redirected(put, 303, '/y');
    expect([after303.method, after303.target, after303.body.length]).toEqual(['GET', '/y', 0]);
    expect(after303.headers.map((h) => h.name)).toEqual(['Host', 'X-Keep']);
    expect(redirected(put, 308, '/y')).toEqual({ ...put, target: '/y' });
  });
});

describe('when the connection closes (RFC 9112 §9.3)', () => {
  // RFC 9112 §6.3 point 8: a response with a transfer coding other than chunked last, and no
  // Content-Length, is read until the connection closes: the server must close it (§9.3).
  it('the server closes after a close-delimited response, and says so', () => {
    const timeline = simulate({
      ...base,
      site: withResources([{ path: '/z', headers: [['Transfer-Encoding', 'gzip']], body: 'zzz' }]),
      requests: [{ method: 'GET', target: '/z' }],
    });
    expect(timeline.outcome).toEqual({ client: 'CLOSED', server: 'CLOSED', note: null });
    const response = timeline.messages[1] as HttpMessageRecord;
    expect([field(response, 'Transfer-Encoding'), field(response, 'Connection')]).toEqual([
      'gzip',
      'close',
    ]);
    const firstFin = timeline.segments.find((s) => s.flags.includes('FIN'));
    expect(firstFin?.from).toBe('server');
  });

  it('a close-delimited response ends the connection: the next request takes a new one', () => {
    const timeline = simulate({
      ...base,
      site: withResources([{ path: '/z', headers: [['Transfer-Encoding', 'gzip']], body: 'zzz' }]),
      requests: [
        { method: 'GET', target: '/z' },
        { method: 'GET', target: '/' },
      ],
    });
    expect(timeline.messages.map((m) => `${m.connection} ${m.startLine}`)).toEqual([
      '0 GET /z HTTP/1.1',
      '0 HTTP/1.1 200 OK',
      '1 GET / HTTP/1.1',
      '1 HTTP/1.1 200 OK',
    ]);
    expect(timeline.outcome.note).toBeNull();
  });

  it('HTTP/1.0 with keep-alive: the server echoes it and both keep the connection', () => {
    const timeline = simulate({
      ...base,
      requests: ['/', '/'].map((target) => ({
        method: 'GET',
        target,
        version: 'HTTP/1.0' as const,
        headers: [['Connection', 'keep-alive']] as [string, string][],
      })),
    });
    expect(timeline.connections).toHaveLength(1);
    const responses = timeline.messages.filter((m) => m.kind === 'response');
    expect(responses.map((m) => field(m, 'Connection'))).toEqual(['keep-alive', 'keep-alive']);
    expect(timeline.outcome.note).toBeNull();
  });

  it('an HTTP/1.0 client keeps the connection only if the response says keep-alive', () => {
    const request10 = (connection?: string) => ({
      ...request('GET', '/'),
      version: 'HTTP/1.0' as const,
      headers: connection ? [{ name: 'Connection', value: connection }] : [],
    });
    const plain = route(MDN_SITE, request('GET', '/'), 0).response;
    const kept = {
      ...plain,
      headers: [...plain.headers, { name: 'Connection', value: 'keep-alive' }],
    };
    expect(keepsConnection(request10('keep-alive'), plain)).toBe(false);
    expect(keepsConnection(request10('keep-alive'), kept)).toBe(true);
    expect(keepsConnection(request10(), kept)).toBe(false);
    expect(keepsConnection(request('GET', '/'), plain)).toBe(true);
    expect(keepsConnection(request('GET', '/'), withClose(kept))).toBe(false);
  });

  it('a resource’s own Connection field gives way when the server closes', () => {
    const timeline = simulate({
      ...base,
      site: withResources([{ path: '/k', headers: [['Connection', 'keep-alive']], body: 'k' }]),
      requests: [{ method: 'GET', target: '/k', headers: [['Connection', 'close']] }],
    });
    expect(field(timeline.messages[1] as HttpMessageRecord, 'Connection')).toBe('close');
  });
});

describe('a body sent with Transfer-Encoding (RFC 9112 §6.1, §7.1)', () => {
  it('a request that says chunked is sent as chunks, read whole, and the connection goes on', () => {
    const timeline = simulate({
      ...base,
      requests: [
        {
          method: 'POST',
          target: '/contact_form.php',
          headers: [
            ['Content-Type', 'application/x-www-form-urlencoded'],
            ['Transfer-Encoding', 'chunked'],
          ],
          body: 'name=Zoe',
        },
        { method: 'GET', target: '/' },
      ],
    });
    const [post, thanks, get, page] = timeline.messages as HttpMessageRecord[];
    expect(bodyOf(post as HttpMessageRecord)).toBe('8\r\nname=Zoe\r\n0\r\n\r\n');
    expect(field(post as HttpMessageRecord, 'Content-Length')).toBeUndefined();
    expect(bodyOf(thanks as HttpMessageRecord)).toContain('Zoe');
    expect([get?.connection, page?.startLine]).toEqual([0, 'HTTP/1.1 200 OK']);
    expect(timeline.outcome.note).toBeNull();
  });

  it('a resource that says chunked is sent as chunks and keeps the connection', () => {
    const timeline = simulate({
      ...base,
      site: withResources([
        { path: '/c', headers: [['Transfer-Encoding', 'chunked']], body: 'hi' },
      ]),
      requests: [
        { method: 'GET', target: '/c' },
        { method: 'GET', target: '/' },
      ],
    });
    const response = timeline.messages[1] as HttpMessageRecord;
    expect(bodyOf(response)).toBe('2\r\nhi\r\n0\r\n\r\n');
    expect(field(response, 'Connection')).toBeUndefined();
    expect(timeline.connections).toHaveLength(1);
    expect(timeline.outcome.note).toBeNull();
  });
});

describe('a transfer coding the server does not know (RFC 9112 §6.1)', () => {
  // "A server that receives a request message with a transfer coding it does not understand
  // SHOULD respond with 501 (Not Implemented)"; one whose final coding is not chunked gets 400
  // (§6.3 point 4). Either way the server cannot find the end of the body, so it closes.
  it('answers 501 to gzip, chunked, and 400 to gzip alone, closing after each', () => {
    const answers = ['gzip, chunked', 'gzip'].map((coding) => {
      const timeline = simulate({
        ...base,
        requests: [
          {
            method: 'POST',
            target: '/contact_form.php',
            headers: [['Transfer-Encoding', coding]],
            body: 'name=x',
          },
        ],
      });
      const response = timeline.messages[1] as HttpMessageRecord;
      return [response.startLine, field(response, 'Connection'), timeline.outcome.note];
    });
    expect(answers).toEqual([
      ['HTTP/1.1 501 Not Implemented', 'close', null],
      ['HTTP/1.1 400 Bad Request', 'close', null],
    ]);
  });
});
