import { describe, expect, it } from 'vitest';
import { simulate } from '../session/simulate';
import { SCENARIOS } from '.';
import type { Scenario } from './types';
import { LIMITS, MAX_MSL_MS, REFUSAL_CODES, validateScenario } from './validate';

/** A copy of the `get` scenario, changed by `edit`, as plain JSON. */
function getWith(edit: (s: Scenario) => void): Scenario {
  const s = JSON.parse(JSON.stringify(SCENARIOS[0])) as Scenario;
  edit(s);
  return s;
}

/** The item at i, which the test knows is there. */
function item<T>(list: T[], i: number): T {
  const x = list[i];
  if (x === undefined) throw new Error(`no item ${i}`);
  return x;
}

function errorsOf(value: unknown) {
  const result = validateScenario(value);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('validateScenario', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))('accepts the canned %s', (_id, scenario) => {
    expect(validateScenario(JSON.parse(JSON.stringify(scenario)))).toEqual({
      ok: true,
      scenario: JSON.parse(JSON.stringify(scenario)),
    });
  });

  it('names every problem by its path', () => {
    const bad = JSON.parse(JSON.stringify(SCENARIOS[0]));
    bad.requests[0].method = 'G T';
    bad.requests[0].headers.push(['Bad Name', 'x']);
    bad.link.lossRate = 2;
    bad.profile = 'bsd';
    bad.colour = 'red';
    const result = validateScenario(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path).sort()).toEqual(
      [
        '/colour',
        '/link/lossRate',
        '/profile',
        '/requests/0/headers/1/0',
        '/requests/0/method',
      ].sort(),
    );
  });

  it('refuses what is not an object, and an empty request list', () => {
    expect(validateScenario(null)).toEqual({
      ok: false,
      errors: [{ path: '', code: 'not-object', params: {}, message: 'must be an object' }],
    });
    const none = { ...JSON.parse(JSON.stringify(SCENARIOS[0])), requests: [] };
    expect(validateScenario(none).ok).toBe(false);
  });

  // Found by validate.fuzz.test.ts: each was accepted, and simulate() then threw.
  describe('refuses what simulate() cannot play (found by fuzzing)', () => {
    it('a field value with a character above U+00FF, or a control character', () => {
      for (const value of ['€', 'a\u0001b', 'a\u007fb']) {
        const s = getWith((s) => {
          item(s.requests, 0).headers = [['X-Note', value]];
        });
        expect(errorsOf(s).map((e) => e.path)).toEqual(['/requests/0/headers/0/1']);
      }
      const s = getWith((s) => {
        item(s.site.resources, 0).contentType = 'text/€';
      });
      expect(errorsOf(s).map((e) => e.path)).toEqual(['/site/resources/0/contentType']);
    });

    it('twenty requests for a 200 kB page over the smallest MTU: too many steps', () => {
      const s = getWith((s) => {
        item(s.site.resources, 0).body = 'x'.repeat(60_000);
        s.requests = Array.from({ length: 20 }, () => ({ method: 'GET', target: '/' }));
        s.link.mtu = 576;
      });
      const [error, ...more] = errorsOf(s);
      expect(more).toEqual([]);
      expect(error?.path).toBe('');
      expect(error?.message).toMatch(/^would take about \d+ steps to play, more than 10000: /);
    });

    it('a form page of placeholders, each filled with a long field', () => {
      const s = getWith((s) => {
        item(s.site.resources, 1).body = '{{name}}'.repeat(2000);
        s.requests = [
          { method: 'POST', target: '/contact_form.php', body: `name=${'x'.repeat(20_000)}` },
        ];
      });
      expect(errorsOf(s)).toEqual([
        {
          path: '',
          code: 'too-many-steps',
          params: { steps: expect.any(Number), max: 10000 },
          message: expect.stringMatching(/steps to play, more than 10000/),
        },
      ]);
    });

    it('a target, a path or a Location with a character a URI cannot hold', () => {
      // The counterexample of `npm run fuzz` (seed 1677448794): "/\\" was
      // accepted and serializeMessage then refused to write "GET /\\ HTTP/1.1".
      for (const target of ['/\\', '/a b', '/"q"', '/<x>', '/{}', '/a|b', '/%zz', '/%4', '/a#b']) {
        const s = getWith((s) => {
          item(s.requests, 0).target = target;
        });
        expect(
          errorsOf(s).map((e) => e.path),
          target,
        ).toEqual(['/requests/0/target']);
      }
      const path = getWith((s) => {
        item(s.site.resources, 0).path = '/caf\u00e9';
      });
      expect(errorsOf(path).map((e) => e.path)).toEqual(['/site/resources/0/path']);
      const redirect = SCENARIOS.find((x) => x.id === 'redirect-301') as Scenario;
      const location = JSON.parse(JSON.stringify(redirect)) as Scenario;
      const moved = location.site.resources.find((r) => r.redirect);
      if (!moved?.redirect) throw new Error('redirect-301 has no redirect');
      moved.redirect.location = '/new^place';
      expect(errorsOf(location).map((e) => e.path)).toEqual([
        `/site/resources/${location.site.resources.indexOf(moved)}/redirect/location`,
      ]);
    });

    it('accepts the absolute-form and, for OPTIONS, the asterisk-form (RFC 9112 §3.2.2, §3.2.4)', () => {
      for (const [method, target] of [
        ['GET', 'http://a.example/'],
        ['GET', 'HTTP://a.example:8080/x?y=1'],
        ['GET', 'http://a.example'],
        ['OPTIONS', '*'],
      ] as const) {
        const s = getWith((s) => {
          Object.assign(item(s.requests, 0), { method, target });
        });
        expect(validateScenario(s).ok, target).toBe(true);
      }
      for (const [method, target] of [
        ['GET', '*'],
        ['GET', 'https://a.example/'],
        ['GET', 'http:///x'],
        ['GET', 'a.example:80'],
      ] as const) {
        const s = getWith((s) => {
          Object.assign(item(s.requests, 0), { method, target });
        });
        expect(errorsOf(s), target).toMatchObject([
          { path: '/requests/0/target', code: 'not-target' },
        ]);
      }
    });

    it('CONNECT, saying that Roundtrip does not simulate a tunnel', () => {
      const s = getWith((s) => {
        Object.assign(item(s.requests, 0), { method: 'CONNECT', target: 'a.example:443' });
      });
      expect(errorsOf(s)).toMatchObject([
        { path: '/requests/0/target', code: 'connect-not-simulated' },
      ]);
    });

    it('an HTTP/1.0 request with Transfer-Encoding (RFC 9112 §6.1)', () => {
      const chunked = (version: 'HTTP/1.0' | 'HTTP/1.1') =>
        getWith((s) => {
          s.site.resources = [
            { path: '/', methods: ['POST'], contentType: 'text/plain', body: 'ok' },
          ];
          s.requests = [
            {
              method: 'POST',
              target: '/',
              version,
              headers: [
                ['Content-Type', 'text/plain'],
                ['transfer-encoding', 'chunked'],
              ],
              body: 'abc',
            },
          ];
        });
      expect(errorsOf(chunked('HTTP/1.0'))).toMatchObject([
        { path: '/requests/0/headers/1', code: 'transfer-encoding-in-http-1-0' },
      ]);
      expect(validateScenario(chunked('HTTP/1.1')).ok).toBe(true);
    });

    it('accepts %-encoded octets, a query and a Location with a fragment, and plays them', () => {
      const s = getWith((s) => {
        item(s.requests, 0).target = '/caf%C3%A9?q=a+b&x=%2F';
        item(s.site.resources, 0).path = '/caf%C3%A9';
      });
      expect(validateScenario(s).ok).toBe(true);
      const redirect = JSON.parse(
        JSON.stringify(SCENARIOS.find((x) => x.id === 'redirect-301')),
      ) as Scenario;
      const moved = redirect.site.resources.find((r) => r.redirect);
      if (!moved?.redirect) throw new Error('redirect-301 has no redirect');
      moved.redirect.location = `${moved.redirect.location}#section-2`;
      expect(validateScenario(redirect).ok).toBe(true);
      const timeline = simulate(redirect);
      const requests = Object.values(timeline.messages).filter((m) => m.kind === 'request');
      expect(requests.length).toBe(2);
    });

    it('a body longer than the limit, named by its path', () => {
      const s = getWith((s) => {
        item(s.requests, 0).body = 'x'.repeat(LIMITS.body + 1);
      });
      expect(errorsOf(s)).toEqual([
        {
          path: '/requests/0/body',
          code: 'too-long',
          params: { max: LIMITS.body },
          message: `must be at most ${LIMITS.body} characters long`,
        },
      ]);
    });

    it('a hole in a list (a sparse array), which forEach would skip', () => {
      const s = getWith((s) => {
        s.requests = new Array(1);
      });
      expect(errorsOf(s)).toEqual([
        { path: '/requests/0', code: 'not-object', params: {}, message: 'must be an object' },
      ]);
    });
  });

  it('accepts header fields of a resource, as ResourceSpec allows (found by fuzzing)', () => {
    const s = getWith((s) => {
      item(s.site.resources, 0).headers = [['ETag', '"33a64df5"']];
    });
    expect(validateScenario(s)).toEqual({ ok: true, scenario: s });
    expect(simulate(s).messages[1]?.bytes).toContain('\r\nETag: "33a64df5"\r\n');
  });

  it('escapes a key in an error path as a JSON Pointer (RFC 6901) (found by fuzzing)', () => {
    const s = getWith(() => {}) as unknown as Record<string, unknown>;
    s['a/b~c'] = 1;
    expect(errorsOf(s)).toEqual([
      { path: '/a~1b~0c', code: 'unknown-field', params: {}, message: 'is not a known field' },
    ]);
  });

  it('gives each refusal a code and the numbers it names, with its English sentence from them', () => {
    const s = getWith((s) => {
      s.link.latencyMs = 20_000;
      s.tcp = { mslMs: 0 };
    });
    expect(errorsOf(s)).toEqual([
      {
        path: '/link/latencyMs',
        code: 'out-of-range',
        params: { min: 0, max: 10_000 },
        message: 'must be between 0 and 10000',
      },
      {
        path: '/tcp/mslMs',
        code: 'msl-out-of-range',
        params: { max: MAX_MSL_MS },
        message: `must be more than 0 and at most ${MAX_MSL_MS} ms`,
      },
    ]);
    for (const e of errorsOf(s)) expect(REFUSAL_CODES).toContain(e.code);
  });
});
