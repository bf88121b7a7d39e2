/**
 * A saved timeline reads back as it was saved, and one saved before the congestion window
 * (RFC 5681) was in the simulator still opens: its `data-sent` and `ack-received` steps lack
 * `windowFull` and `cwnd`, which it reads as 'none' and 'unchanged'.
 */
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../scenarios';
import type { Scenario } from '../scenarios/types';
import { simulate } from '../session/simulate';
import { readTimelineJson, timelineJson } from './timeline-json';

const large = SCENARIOS.find((s) => s.id === 'large-response') as Scenario;
const timeline = simulate(large, { profile: 'textbook' });

describe('readTimelineJson', () => {
  it('reads back what timelineJson writes', () => {
    const r = readTimelineJson(timelineJson(timeline));
    expect(r.ok && JSON.stringify(r.timeline)).toBe(JSON.stringify(timeline));
  });

  it('opens a timeline saved before the congestion window, with the fields it lacked', () => {
    const old = JSON.parse(timelineJson(timeline));
    for (const step of old.steps) {
      if (step.reason === 'data-sent') step.detail = {};
      if (step.reason === 'ack-received') step.detail = { acked: step.detail.acked };
    }
    const r = readTimelineJson(JSON.stringify(old));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const details = r.timeline.steps
      .filter((s) => s.reason === 'data-sent' || s.reason === 'ack-received')
      .map((s) => s.detail);
    expect(new Set(details.map((d) => JSON.stringify({ ...d, acked: undefined })))).toEqual(
      new Set(['{"windowFull":"none"}', '{"cwnd":"unchanged"}']),
    );
  });

  it('opens a timeline saved before duplicate ACKs were counted, as none counted', () => {
    const lost = simulate(
      { ...large, impairments: { drop: [{ from: 'server', what: 'data', nth: 1 }] } },
      { profile: 'textbook' },
    );
    const old = JSON.parse(timelineJson(lost));
    const duplicates = old.steps.filter(
      (s: { reason: string }) => s.reason === 'duplicate-ack-received',
    );
    expect(duplicates.length).toBeGreaterThan(0);
    for (const step of duplicates) step.detail = {};
    const r = readTimelineJson(JSON.stringify(old));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const s of r.timeline.steps) {
      if (s.reason === 'duplicate-ack-received')
        expect(s.detail).toEqual({ duplicateAcks: 0, fastRecovery: false });
    }
  });

  it('still refuses a detail with a field its reason does not carry', () => {
    const wrong = JSON.parse(timelineJson(timeline));
    const step = wrong.steps.find((s: { reason: string }) => s.reason === 'data-sent');
    step.detail = { windowFull: 'none', cwnd: 'slow-start' };
    const r = readTimelineJson(JSON.stringify(wrong));
    expect(r.ok).toBe(false);
  });
});
