import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../http';
import { get } from '../scenarios/get';
import type { ResourceSpec, Scenario } from '../scenarios/types';
import { validateScenario } from '../scenarios/validate';
import { simulate } from './simulate';
import { sampleResponse } from './site';

/** `get` with its page answered as `resource` says. */
function answering(resource: Partial<ResourceSpec>, method = 'GET'): Scenario {
  const [page, ...rest] = get.site.resources;
  return {
    ...get,
    site: { ...get.site, resources: [{ ...(page as ResourceSpec), ...resource }, ...rest] },
    requests: [{ ...(get.requests[0] as Scenario['requests'][number]), method }],
  };
}

const response = (s: Scenario) => {
  const t = simulate(s);
  const m = t.messages.find((x) => x.kind === 'response');
  return {
    t,
    m,
    text: m ? decodeUtf8(new Uint8Array([...m.bytes].map((c) => c.charCodeAt(0)))) : '',
  };
};

describe('the site’s statuses', () => {
  it('sends 204 and 304 without content, Content-Length or Content-Type (RFC 9110 §15.3.5, §15.4.5)', () => {
    for (const status of [204, 304] as const) {
      // RFC 9110 §15.4.5: a 304 answers a conditional request, here one whose tag matches.
      const s = answering(status === 304 ? { status, headers: [['ETag', '"1"']] } : { status });
      if (status === 304)
        s.requests = [{ method: 'GET', target: '/', headers: [['If-None-Match', '"1"']] }];
      expect(validateScenario(s).ok).toBe(true);
      const { t, m, text } = response(s);
      expect(m?.startLine).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
      expect(text).not.toMatch(/Content-(Length|Type)/);
      expect(text.endsWith('\r\n\r\n')).toBe(true);
      expect(t.outcome).toMatchObject({ client: 'CLOSED', server: 'CLOSED' });
    }
  });

  it('sends 400, 404 and 500 with the route’s own body', () => {
    for (const status of [400, 404, 500] as const) {
      const { m, text } = response(answering({ status, body: 'oops\n' }));
      expect(m?.startLine).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
      expect(text.endsWith('\r\n\r\noops\n')).toBe(true);
    }
  });

  it('follows a 303 with a GET', () => {
    const s: Scenario = {
      ...get,
      site: {
        ...get.site,
        resources: [
          ...get.site.resources,
          { path: '/done', body: 'done\n', contentType: 'text/plain' },
          { path: '/form', methods: ['POST'], redirect: { status: 303, location: '/done' } },
        ],
      },
      requests: [{ method: 'POST', target: '/form', body: 'a=1' }],
    };
    expect(validateScenario(s).ok).toBe(true);
    const t = simulate(s);
    expect(t.messages.map((m) => m.startLine)).toEqual([
      'POST /form HTTP/1.1',
      'HTTP/1.1 303 See Other',
      'GET /done HTTP/1.1',
      'HTTP/1.1 200 OK',
    ]);
  });

  it('closes after a route marked close, saying Connection: close (RFC 9112 §9.6)', () => {
    const { t, text } = response(answering({ close: true }));
    expect(text).toContain('\r\nConnection: close\r\n');
    // The server closes first: its FIN leads the teardown.
    expect(t.segments.find((g) => g.flags.includes('FIN'))?.from).toBe('server');
    expect(t.outcome).toMatchObject({ client: 'CLOSED', server: 'CLOSED' });
  });
});

describe('a response typed by hand (ResourceSpec.raw)', () => {
  const teapot =
    'HTTP/1.1 418 I’m a teapot\r\nContent-Type: text/plain\r\nContent-Length: 6\r\n\r\nshort\n';
  const bytes = (s: Scenario) =>
    simulate(s).messages.find((m) => m.kind === 'response')?.bytes ?? '';
  const utf8 = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

  it('is sent octet for octet, with no field added, and the validator accepts it', () => {
    const s = answering({ raw: teapot });
    expect(validateScenario(s).ok).toBe(true);
    expect(bytes(s)).toBe(utf8(teapot));
    const t = simulate(s);
    expect([t.outcome.client, t.outcome.server]).toEqual(['CLOSED', 'CLOSED']);
  });

  it('closes from the server’s side when it says Connection: close (RFC 9112 §9.6)', () => {
    const close = teapot.replace('\r\n\r\n', '\r\nConnection: close\r\n\r\n');
    const t = simulate(answering({ raw: close }));
    expect(t.segments.find((x) => x.flags.includes('FIN'))?.from).toBe('server');
    expect(t.messages.find((m) => m.kind === 'response')?.bytes).toBe(utf8(close));
  });

  it('is framed as typed: without a length, its body runs to the close (RFC 9112 §6.3 point 8)', () => {
    for (const profile of ['textbook', 'linux'] as const) {
      for (const untilClose of [
        'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nhello until close\n',
        'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nhello until close\n',
      ]) {
        const s: Scenario = {
          ...answering({ raw: untilClose }),
          profile,
          requests: [
            { method: 'GET', target: '/' },
            { method: 'GET', target: '/' },
          ],
        };
        expect(validateScenario(s).ok).toBe(true);
        const t = simulate(s);
        const [first, second] = t.messages.filter((m) => m.kind === 'response');
        // Sent as typed: no Content-Length added.
        expect(first?.bytes).toBe(utf8(untilClose));
        // The server's FIN follows the body at once: it is what ends the response.
        const fin = t.segments.find((x) => x.flags.includes('FIN'));
        const data = t.segments.filter(
          (x) => x.from === 'server' && x.payloadLength > 0 && x.id <= (fin?.id ?? -1),
        );
        expect(fin?.from).toBe('server');
        expect(fin?.sentAt).toBe(data.at(-1)?.sentAt);
        expect(t.steps.find((x) => x.reason === 'active-close')?.endpoint).toBe('server');
        // The client reads the body when the FIN arrives, and asks again on a new connection.
        const read = t.steps.find((x) => x.reason === 'response-body-parsed');
        const finIn = t.steps.find((x) => x.reason === 'fin-received' && x.endpoint === 'client');
        expect(read?.index).toBeGreaterThan(finIn?.index ?? Number.POSITIVE_INFINITY);
        expect([first?.connection, second?.connection]).toEqual([0, 1]);
        expect([t.outcome.client, t.outcome.server]).toEqual(['CLOSED', 'CLOSED']);
      }
    }
    const chunked = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n';
    const head = simulate(answering({ raw: chunked }, 'HEAD'));
    expect(head.messages.find((m) => m.kind === 'response')?.bytes).toBe(
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n',
    );
  });

  it('is refused where it does not read, by line and column, and as an interim 1xx; it replaces a redirect', () => {
    const messages = (raw: string, more: Partial<ResourceSpec> = {}) => {
      const r = validateScenario(answering({ raw, ...more }));
      return r.ok ? [] : r.errors.map((e) => `${e.path} ${e.message}`);
    };
    expect(messages('HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n')[0]).toMatch(
      /^\/site\/resources\/0\/raw line 2, column 4: /,
    );
    expect(messages(teapot.replace('Length: 6', 'Length: 7'))[0]).toMatch(/line 6, column 1/);
    expect(messages('HTTP/1.1 100 Continue\r\n\r\n')[0]).toMatch(/interim 1xx/);
    // It replaces a redirect: the fields it replaces are kept, unused.
    expect(messages(teapot, { redirect: { status: 301, location: '/' } })).toEqual([]);
  });

  it('is refused as a 405 without Allow (RFC 9110 §15.5.6)', () => {
    const refused = validateScenario(
      answering({ raw: 'HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n' }),
    );
    expect(refused.ok ? [] : refused.errors.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: '/site/resources/0/raw', code: 'raw-405-without-allow' },
    ]);
    for (const allow of ['Allow: GET, HEAD', 'Allow:']) {
      const raw = `HTTP/1.1 405 Method Not Allowed\r\n${allow}\r\nContent-Length: 0\r\n\r\n`;
      expect(validateScenario(answering({ raw })).ok, allow).toBe(true);
    }
  });
});

describe('sampleResponse', () => {
  it('is what the route sends to a GET, which reads back exactly as a response typed by hand', () => {
    const page = get.site.resources[0] as ResourceSpec;
    const text = sampleResponse(page);
    expect(text).toMatch(/^HTTP\/1.1 200 OK\r\n/);
    expect(validateScenario(answering({ raw: text })).ok).toBe(true);
    expect(response(answering({})).text).toBe(text);
  });
});

describe('the request-target’s forms (RFC 9112 §3.2)', () => {
  const asking = (method: string, target: string, host = get.site.host): Scenario => ({
    ...get,
    requests: [{ method, target }],
    site: { ...get.site, host },
  });

  it('answers an absolute-form target by its path, whatever Host says (§3.2.2)', () => {
    const s = asking('GET', 'http://a.example/', 'b.example');
    expect(validateScenario(s).ok).toBe(true);
    const { text } = response(s);
    expect(text).toMatch(/^HTTP\/1.1 200 OK\r\n/);
    expect(response(asking('GET', 'http://a.example')).text).toMatch(/^HTTP\/1.1 200 /);
    expect(response(asking('GET', 'http://a.example/nothing?x')).text).toMatch(/^HTTP\/1.1 404 /);
  });

  it('answers OPTIONS * for the server as a whole: 200, Allow, Content-Length 0 (RFC 9110 §9.3.7)', () => {
    const s = asking('OPTIONS', '*');
    expect(validateScenario(s).ok).toBe(true);
    const { text } = response(s);
    expect(text).toMatch(/^HTTP\/1.1 200 OK\r\n/);
    expect(text).toContain('\r\nContent-Length: 0\r\n');
    expect(text).toContain('\r\nAllow: OPTIONS, GET, HEAD');
    expect(text).not.toContain('Content-Type');
  });
});

describe('routes that cannot mean what they say', () => {
  it('refuses a 304 that no conditional request reaches (RFC 9110 §15.4.5)', () => {
    const plain = answering({ status: 304 });
    const checked = validateScenario(plain);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toMatchObject([
      { path: '/site/resources/0/status', code: 'not-modified-unconditional' },
    ]);
    const conditional: Scenario = {
      ...plain,
      requests: [
        {
          method: 'GET',
          target: '/',
          headers: [['If-Modified-Since', 'Thu, 06 Dec 2018 17:37:18 GMT']],
        },
      ],
    };
    expect(validateScenario(conditional).ok).toBe(true);
  });

  /** A site whose one route answers 304 with `headers`, asked `requests` (the reviewer's files). */
  const notModified = (requests: Scenario['requests'], route: Partial<ResourceSpec> = {}) =>
    validateScenario({
      ...get,
      site: {
        host: 'example.com',
        resources: [{ path: '/', status: 304, headers: [['ETag', '"v1"']], ...route }],
      },
      requests,
    });
  const refusals = (checked: ReturnType<typeof validateScenario>) =>
    checked.ok ? [] : checked.errors.map(({ path, code }) => ({ path, code }));

  it('refuses a 304 to an unconditional request beside conditional ones (RFC 9110 §15.4.5)', () => {
    const matching: Scenario['requests'][number] = {
      method: 'GET',
      target: '/',
      headers: [['If-None-Match', '"v1"']],
    };
    expect(refusals(notModified([{ method: 'GET', target: '/' }, matching]))).toEqual([
      { path: '/requests/0/headers', code: 'not-modified-plain-request' },
    ]);
    // Reached through a redirect, which keeps the fields and the method (§15.4.2).
    const redirecting = validateScenario({
      ...get,
      site: {
        host: 'example.com',
        resources: [
          { path: '/', status: 304, headers: [['ETag', '"v1"']] },
          { path: '/old', redirect: { status: 301, location: '/' } },
        ],
      },
      requests: [{ method: 'GET', target: '/old' }, matching],
    });
    expect(refusals(redirecting)).toEqual([
      { path: '/requests/0/headers', code: 'not-modified-plain-request' },
    ]);
  });

  it('refuses a 304 to an If-None-Match that no tag of the route matches (§13.1.2)', () => {
    const asking = (value: string) =>
      [
        {
          method: 'GET',
          target: '/',
          headers: [
            ['Accept', '*/*'],
            ['If-None-Match', value],
          ],
        },
      ] satisfies Scenario['requests'];
    expect(refusals(notModified(asking('"other"')))).toEqual([
      { path: '/requests/0/headers/1', code: 'not-modified-tag-differs' },
    ]);
    expect(refusals(notModified(asking('"v1"'), { headers: [] }))).toEqual([
      { path: '/requests/0/headers/1', code: 'not-modified-no-etag' },
    ]);
    // Weak comparison, a list, or "*": the condition is false and 304 is the answer.
    for (const value of ['W/"v1"', '"a", "v1"', '*']) {
      expect(notModified(asking(value)).ok, value).toBe(true);
    }
    expect(notModified(asking('"v1"'), { headers: [['ETag', 'W/"v1"']] }).ok).toBe(true);
  });

  it('refuses a 304 to an If-Modified-Since older than the route’s Last-Modified (§13.1.3)', () => {
    const since = (date: string) =>
      [
        { method: 'GET', target: '/', headers: [['If-Modified-Since', date]] },
      ] satisfies Scenario['requests'];
    const route = {
      headers: [['Last-Modified', 'Wed, 05 Dec 2018 10:00:00 GMT']],
    } satisfies Partial<ResourceSpec>;
    expect(refusals(notModified(since('Tue, 04 Dec 2018 10:00:00 GMT'), route))).toEqual([
      { path: '/requests/0/headers/0', code: 'not-modified-since-earlier' },
    ]);
    expect(notModified(since('Wed, 05 Dec 2018 10:00:00 GMT'), route).ok).toBe(true);
    // With If-None-Match, If-Modified-Since is not evaluated (§13.1.3).
    const both = [
      {
        method: 'GET',
        target: '/',
        headers: [
          ['If-None-Match', '"v1"'],
          ['If-Modified-Since', 'Tue, 04 Dec 2018 10:00:00 GMT'],
        ],
      },
    ] satisfies Scenario['requests'];
    expect(notModified(both, route).ok).toBe(false);
    expect(notModified(both, { headers: [['ETag', '"v1"'], ...route.headers] }).ok).toBe(true);
  });

  it('refuses a 304 to a method other than GET and HEAD: it gets 412 (§13.1.2)', () => {
    const post = [
      {
        method: 'POST',
        target: '/',
        headers: [
          ['If-None-Match', '"v1"'],
          ['Content-Type', 'text/plain'],
        ],
        body: 'x',
      },
    ] satisfies Scenario['requests'];
    expect(refusals(notModified(post, { methods: ['POST'] }))).toEqual([
      { path: '/requests/0/method', code: 'not-modified-method' },
    ]);
    const head = [
      { method: 'HEAD', target: '/', headers: [['If-None-Match', '"v1"']] },
    ] satisfies Scenario['requests'];
    expect(notModified(head).ok).toBe(true);
  });

  it('holds a 304 typed by hand to the same rules', () => {
    const raw = 'HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\n\r\n';
    const asking = (value: string) =>
      [
        { method: 'GET', target: '/', headers: [['If-None-Match', value]] },
      ] satisfies Scenario['requests'];
    expect(notModified(asking('"v1"'), { raw }).ok).toBe(true);
    expect(refusals(notModified(asking('"other"'), { raw }))).toEqual([
      { path: '/requests/0/headers/0', code: 'not-modified-tag-differs' },
    ]);
    expect(refusals(notModified([{ method: 'GET', target: '/' }], { raw }))).toEqual([
      { path: '/site/resources/0/raw', code: 'not-modified-unconditional' },
    ]);
  });

  it('refuses a redirect that leads back to its own route, directly or by another', () => {
    const self = answering({ redirect: { status: 301, location: '/' } });
    const checked = validateScenario(self);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toMatchObject([
      { path: '/site/resources/0/redirect/location', code: 'redirect-loop', params: { max: 5 } },
    ]);
    const [page] = get.site.resources;
    const round: Scenario = {
      ...get,
      site: {
        ...get.site,
        resources: [
          { ...(page as ResourceSpec), redirect: { status: 302, location: '/b' } },
          { path: '/b', redirect: { status: 302, location: `http://${get.site.host}/` } },
        ],
      },
    };
    expect(validateScenario(round).ok).toBe(false);
    // Elsewhere, or followed no more, it is no loop.
    const onward = answering({ redirect: { status: 301, location: '/elsewhere' } });
    expect(validateScenario(onward).ok).toBe(true);
    expect(validateScenario({ ...self, client: { maxRedirects: 0 } }).ok).toBe(true);
  });
});
