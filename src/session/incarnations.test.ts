/**
 * Segments are delivered by four-tuple (RFC 9293 §3.10.7), so successive incarnations on one
 * client port meet each other's delayed segments: the second reason for TIME-WAIT (RFC 9293
 * §3.6.1) and TIME-WAIT assassination (RFC 1337).
 */
import { describe, expect, it } from 'vitest';
import { timeWaitCutShort, timeWaitOldSegment } from '../scenarios/time-wait-old-segment';
import { simulateWithTrace } from './simulate';

function run(id: string) {
  const s = [timeWaitOldSegment, timeWaitCutShort].find((x) => x.id === id);
  if (!s) throw new Error(`no ${id}`);
  return simulateWithTrace(s);
}

describe('incarnations on one four-tuple', () => {
  it('with TIME-WAIT: the old segment dies in TIME-WAIT, a RST assassinates TIME-WAIT, then the port is reused', () => {
    const { timeline: t, streams } = run('time-wait-old-segment');
    expect(t.connections.map((c) => c.clientPort)).toEqual([50000, 50000]);
    const reasons = t.steps.map((s) => `${s.endpoint}:${s.reason}`);
    const died = reasons.indexOf('client:old-segment-in-time-wait');
    const assassinated = reasons.indexOf('client:time-wait-assassinated');
    const reopened = reasons.lastIndexOf('client:active-open');
    expect(died).toBeGreaterThan(0);
    expect(assassinated).toBeGreaterThan(died);
    expect(reopened).toBeGreaterThan(assassinated);
    expect(t.steps[died]?.connection).toBe(0);
    expect(reasons).not.toContain('client:old-segment-accepted');
    // The second connection reads its own page.
    expect(streams[1]?.delivered.client).toContain('Other page');
    expect(streams[1]?.delivered.client).not.toContain('First page');
    expect(t.outcome.note).toBeNull();
  });

  it('TIME-WAIT cut short: the old segment is accepted as data of the next connection', () => {
    const { timeline: t, streams } = run('time-wait-cut-short');
    const accepted = t.steps.find((s) => s.reason === 'old-segment-accepted');
    expect(accepted?.connection).toBe(1);
    expect(accepted?.detail).toEqual({ sentOn: 0 });
    expect(streams[1]?.delivered.client).toContain('First page');
    expect(streams[1]?.delivered.client).not.toContain('Other page');
    // The client's parse steps show what it read: the first connection's response.
    const body = t.steps.find((s) => s.connection === 1 && s.reason === 'response-body-parsed');
    expect(t.messages[body?.message?.messageId ?? -1]?.connection).toBe(0);
    // The real answer arrives after and is dropped as a duplicate.
    expect(
      t.steps.some(
        (s) => s.connection === 1 && s.endpoint === 'client' && s.reason === 'duplicate-ack-sent',
      ),
    ).toBe(true);
  });
});
