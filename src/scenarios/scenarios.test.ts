import { describe, expect, it } from 'vitest';
import { simulate } from '../session/simulate';
import { SCENARIOS } from '.';

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('scenario %s', (_id, scenario) => {
  it.each(['textbook', 'linux'] as const)('ends with both ends CLOSED (%s)', (profile) => {
    const timeline = simulate(scenario, { profile });
    expect(timeline.outcome).toEqual({ client: 'CLOSED', server: 'CLOSED', note: null });
  });

  it('is deterministic: the same seed gives the same JSON', () => {
    expect(JSON.stringify(simulate(scenario))).toBe(JSON.stringify(simulate(scenario)));
  });
});

describe('the scenario table', () => {
  it('has the twelve scenarios of the issue and the page with images (issue 17), with unique ids', () => {
    expect(SCENARIOS.map((s) => s.id)).toEqual([
      'get',
      'post-form',
      'redirect-301',
      'not-found-404',
      'keep-alive',
      'connection-close',
      'http-1.0',
      'page-with-images',
      'lost-segment',
      'why-three-way',
      'why-time-wait',
      'time-wait-old-segment',
      'time-wait-cut-short',
      'simultaneous-close',
      'large-response',
    ]);
  });

  it('sends the form with Content-Length 63, not the sources’ 64', () => {
    const timeline = simulate(SCENARIOS[1] as (typeof SCENARIOS)[number]);
    const request = timeline.messages.find((m) => m.kind === 'request');
    expect(request?.bytes).toContain('Content-Length: 63\r\n');
    expect(
      request?.bytes.endsWith(
        '\r\n\r\nname=Joe%20User&request=Send%20me%20one%20of%20your%20catalogue',
      ),
    ).toBe(true);
  });
});
