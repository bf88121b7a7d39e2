import { describe, expect, it } from 'vitest';
import { get } from '../scenarios/get';
import { findTransition } from '../tcp/transitions';
import type { Timeline } from '../timeline/types';
import { simulate } from './simulate';

/** `C→S SYN`, `S→C PSH,ACK len=333`… as the capture summaries print them. */
function flow(timeline: Timeline): string[] {
  return timeline.segments.map(
    (s) =>
      `${s.from === 'client' ? 'C→S' : 'S→C'} ${s.flags.join(',')}${s.payloadLength ? ` len=${s.payloadLength}` : ''}`,
  );
}

describe('simulate(get) in the textbook profile', () => {
  const timeline = simulate(get);

  it('opens with the three-way handshake, sends the request and the response, and tears down in four', () => {
    expect(flow(timeline)).toEqual([
      'C→S SYN',
      'S→C SYN,ACK',
      'C→S ACK',
      'C→S PSH,ACK len=68',
      'S→C ACK',
      'S→C PSH,ACK len=333',
      'C→S ACK',
      'C→S FIN,ACK',
      'S→C ACK',
      'S→C FIN,ACK',
      'C→S ACK',
    ]);
  });

  it('starts CLOSED/LISTEN and ends CLOSED/CLOSED after TIME-WAIT', () => {
    expect(timeline.steps[0]?.states).toEqual({ client: 'CLOSED', server: 'LISTEN' });
    expect(timeline.steps.at(-1)?.states).toEqual({ client: 'CLOSED', server: 'CLOSED' });
    expect(timeline.steps.at(-1)?.reason).toBe('time-wait-expired');
    expect(timeline.outcome).toEqual({ client: 'CLOSED', server: 'CLOSED', note: null });
  });

  it('has a class-sized number of steps', () => {
    expect(timeline.steps.length - 1).toBeGreaterThanOrEqual(25);
    expect(timeline.steps.length - 1).toBeLessThanOrEqual(45);
  });

  it('takes every state change along an edge of TCP_TRANSITIONS', () => {
    for (const step of timeline.steps) {
      for (const change of step.changes) {
        const edge = findTransition(change.from, change.transition.split('--')[1] as never);
        expect(edge?.id).toBe(change.transition);
        expect(edge?.to).toBe(change.to);
      }
    }
  });

  it('numbers SYN and FIN as one octet each', () => {
    const [syn, synAck, ack, request] = timeline.segments;
    expect(synAck?.ack).toBe(((syn?.seq ?? 0) + 1) >>> 0);
    expect(ack?.relSeq).toBe(1);
    expect(request?.relSeq).toBe(1);
    const fin = timeline.segments.find((s) => s.from === 'client' && s.flags.includes('FIN'));
    const finAck = timeline.segments.find(
      (s) => s.from === 'server' && s.relAck === (fin?.relSeq ?? 0) + 1,
    );
    expect(finAck).toBeDefined();
  });

  it('is deterministic', () => {
    expect(JSON.stringify(simulate(get))).toBe(JSON.stringify(timeline));
  });
});
