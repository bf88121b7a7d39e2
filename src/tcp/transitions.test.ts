import { describe, expect, it } from 'vitest';
import { TCP_STATES } from './states';
import {
  findTransition,
  IllegalTransitionError,
  TCP_TRANSITIONS,
  takeTransition,
} from './transitions';

describe('TCP_TRANSITIONS', () => {
  it('has one edge per (from, event)', () => {
    const ids = TCP_TRANSITIONS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reaches all eleven states from CLOSED', () => {
    const seen = new Set<string>(['CLOSED']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of TCP_TRANSITIONS) {
        if (seen.has(t.from) && !seen.has(t.to)) {
          seen.add(t.to);
          grew = true;
        }
      }
    }
    expect([...seen].sort()).toEqual([...TCP_STATES].sort());
  });

  it('leads every state back to CLOSED', () => {
    for (const state of TCP_STATES) {
      const seen = new Set<string>([state]);
      const queue: string[] = [state];
      while (queue.length > 0) {
        const s = queue.shift();
        for (const t of TCP_TRANSITIONS.filter((e) => e.from === s)) {
          if (!seen.has(t.to)) {
            seen.add(t.to);
            queue.push(t.to);
          }
        }
      }
      expect(seen.has('CLOSED'), `${state} cannot reach CLOSED`).toBe(true);
    }
  });

  // RFC 9293 Figure 5, edge by edge: (from, event) -> (to, what is sent).
  it.each([
    ['CLOSED', 'passive-open', 'LISTEN', null],
    ['CLOSED', 'active-open', 'SYN-SENT', 'SYN'],
    ['LISTEN', 'rcv-syn', 'SYN-RECEIVED', 'SYN,ACK'],
    ['SYN-SENT', 'rcv-syn-ack', 'ESTABLISHED', 'ACK'],
    ['SYN-SENT', 'rcv-syn', 'SYN-RECEIVED', 'SYN,ACK'],
    ['SYN-RECEIVED', 'rcv-ack-of-syn', 'ESTABLISHED', null],
    ['ESTABLISHED', 'close', 'FIN-WAIT-1', 'FIN,ACK'],
    ['ESTABLISHED', 'rcv-fin', 'CLOSE-WAIT', 'ACK'],
    ['FIN-WAIT-1', 'rcv-ack-of-fin', 'FIN-WAIT-2', null],
    ['FIN-WAIT-1', 'rcv-fin', 'CLOSING', 'ACK'],
    ['FIN-WAIT-2', 'rcv-fin', 'TIME-WAIT', 'ACK'],
    ['CLOSING', 'rcv-ack-of-fin', 'TIME-WAIT', null],
    ['CLOSE-WAIT', 'close', 'LAST-ACK', 'FIN,ACK'],
    ['LAST-ACK', 'rcv-ack-of-fin', 'CLOSED', null],
    ['TIME-WAIT', 'timeout-2msl', 'CLOSED', null],
  ] as const)('Figure 5: %s on %s goes to %s sending %s', (from, event, to, sends) => {
    const edge = takeTransition(from, event);
    expect(edge.to).toBe(to);
    expect(edge.sends?.join(',') ?? null).toBe(sends);
    expect(edge.inFigure5).toBe(true);
  });

  // RFC 9293 §3.10.7.4, second check, SYN-RECEIVED: where a RST leads depends on the OPEN.
  it.each([
    ['rcv-rst', 'LISTEN'],
    ['rcv-rst-active-open', 'CLOSED'],
  ] as const)('§3.10.7.4: SYN-RECEIVED on %s goes to %s', (event, to) => {
    const edge = takeTransition('SYN-RECEIVED', event);
    expect(edge.to).toBe(to);
    expect(edge.sends).toBeNull();
    expect(edge.rfc).toBe('RFC 9293 §3.10.7.4');
    expect(edge.inFigure5).toBe(false);
  });

  it('throws for a change that is not an edge', () => {
    expect(() => takeTransition('LISTEN', 'rcv-fin')).toThrow(IllegalTransitionError);
    expect(findTransition('CLOSED', 'rcv-syn')).toBeUndefined();
  });
});
