import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '.';
import { validateScenario } from './validate';

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
      errors: [{ path: '', message: 'must be an object' }],
    });
    const none = { ...JSON.parse(JSON.stringify(SCENARIOS[0])), requests: [] };
    expect(validateScenario(none).ok).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        validateScenario(value);
      }),
    );
  });
});
