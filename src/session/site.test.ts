import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../http';
import { get } from '../scenarios/get';
import type { ResourceSpec, Scenario } from '../scenarios/types';
import { validateScenario } from '../scenarios/validate';
import { simulate } from './simulate';

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
