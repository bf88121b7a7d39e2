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
      const s = answering({ status });
      // RFC 9110 §15.4.5: a 304 answers a conditional request.
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

  it('is framed as the serializer frames it, and answers HEAD without its chunks', () => {
    // Roundtrip's server writes a length for every response (RFC 9112 §6.3 point 8's
    // close-delimited body is never written): the missing Content-Length is where it differs.
    const untilClose = 'HTTP/1.1 200 OK\r\n\r\nuntil the end';
    const refused = validateScenario(answering({ raw: untilClose }));
    expect(refused.ok ? '' : refused.errors[0]?.message).toMatch(
      /line 2, column 1: .*Content-Length: 13/,
    );
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
