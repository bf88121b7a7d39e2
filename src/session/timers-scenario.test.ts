/**
 * The timers a scenario sets in place of its profile's (`Scenario.tcp`): a changed MSL changes
 * how long TIME-WAIT lasts in the timeline (RFC 9293 §3.4.2: 2×MSL), and a changed initial RTO
 * changes when a lost segment is sent again (RFC 6298 §2.1).
 */
import { describe, expect, it } from 'vitest';
import { findScenario } from '../scenarios';
import type { Scenario } from '../scenarios/types';
import { validateScenario } from '../scenarios/validate';
import type { Profile, Timeline } from '../timeline/types';
import { simulate } from './simulate';

function scenario(id: string, tcp?: Scenario['tcp']): Scenario {
  const s = structuredClone(findScenario(id) as Scenario);
  return tcp ? { ...s, tcp } : s;
}

/** The 2×MSL TIME-WAIT starts with, and the time from entering TIME-WAIT to CLOSED. */
function timeWaitOf(t: Timeline) {
  const enter = t.steps.find(
    (s) =>
      (s.reason === 'time-wait-ack' || s.reason === 'fin-received' || s.reason === 'fin-acked') &&
      s.detail.timeWaitMs !== null,
  );
  const expired = t.steps.find((s) => s.reason === 'time-wait-expired');
  if (!enter || !expired || expired.reason !== 'time-wait-expired') throw new Error('no TIME-WAIT');
  return { quoted: expired.detail.timeWaitMs, lasted: expired.time - enter.time };
}

describe('a scenario’s MSL', () => {
  it.each<Profile>(['textbook', 'linux'])('sets TIME-WAIT to 2×MSL (%s)', (profile) => {
    const plain = timeWaitOf(simulate(scenario('get'), { profile }));
    expect(plain.quoted).toBe(profile === 'linux' ? 60_000 : 240_000);
    const short = simulate(scenario('get', { mslMs: 5_000 }), { profile });
    const tw = timeWaitOf(short);
    expect(tw.quoted).toBe(10_000);
    expect(tw.lasted).toBe(10_000);
    expect(short.outcome.client).toBe('CLOSED');
    expect(short.durationMs).toBeLessThan(simulate(scenario('get'), { profile }).durationMs);
  });

  it('is validated: more than 0, at most 10 minutes, at least the one-way latency', () => {
    const refused = (tcp: Scenario['tcp'], latencyMs = 50) => {
      const s = scenario('get', tcp);
      const r = validateScenario({ ...s, link: { ...s.link, latencyMs } });
      return r.ok ? [] : r.errors.map((e) => `${e.path} ${e.message}`);
    };
    expect(refused({ mslMs: 1000 })).toEqual([]);
    expect(refused({ mslMs: 0 })[0]).toMatch(/^\/tcp\/mslMs must be more than 0/);
    expect(refused({ mslMs: 600_001 })[0]).toMatch(/^\/tcp\/mslMs/);
    expect(refused({ mslMs: 40 }, 50)[0]).toMatch(/at least the one-way latency \(50 ms\)/);
    expect(refused({ mslMs: Number.NaN })[0]).toMatch(/must be a number/);
  });
});

describe('a scenario’s initial RTO', () => {
  it('is when a lost first segment is sent again', () => {
    const drop = (tcp?: Scenario['tcp']) => {
      const s = scenario('get', tcp);
      return simulate({
        ...s,
        impairments: { drop: [{ from: 'server', what: 'syn-ack', nth: 1 }] },
      });
    };
    const fired = (t: Timeline) => {
      const step = t.steps.find((s) => s.reason === 'retransmission-timeout');
      if (step?.reason !== 'retransmission-timeout') throw new Error('no timeout');
      return step.detail.rto;
    };
    expect(fired(drop())).toBe(1000);
    expect(fired(drop({ initialRtoMs: 2500 }))).toBe(2500);
  });

  it('is validated: longer than a round trip, at most the profile’s maximum', () => {
    const errors = (initialRtoMs: number, profile: Profile = 'textbook') => {
      const r = validateScenario({ ...scenario('get', { initialRtoMs }), profile });
      return r.ok ? [] : r.errors.map((e) => e.message);
    };
    const rtt = 2 * (findScenario('get') as Scenario).link.latencyMs;
    expect(errors(rtt + 1)).toEqual([]);
    expect(errors(rtt)[0]).toMatch(/longer than a round trip/);
    expect(errors(60_001)[0]).toMatch(/maximum RTO, 60000 ms/);
    expect(errors(60_001, 'linux')).toEqual([]);
  });
});
