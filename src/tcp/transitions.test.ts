import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../scenarios';
import { simulate } from '../session/simulate';
import type { Segment } from '../timeline/types';
import { seqAdd, seqDiff } from './sequence';
import { TCP_STATES } from './states';
import {
  findTransition,
  IllegalTransitionError,
  TCP_TRANSITIONS,
  takeTransition,
} from './transitions';

describe('TCP_TRANSITIONS', () => {
  it('has one edge per (from, event)', () => {
    const ids = TCP_TRANSITIONS.map((edge) => edge.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reaches all eleven states from CLOSED', () => {
    const seen = new Set<string>(['CLOSED']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const edge of TCP_TRANSITIONS) {
        if (seen.has(edge.from) && !seen.has(edge.to)) {
          seen.add(edge.to);
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
        for (const edge of TCP_TRANSITIONS.filter((e) => e.from === s)) {
          if (!seen.has(edge.to)) {
            seen.add(edge.to);
            queue.push(edge.to);
          }
        }
      }
      expect(seen.has('CLOSED'), `${state} cannot reach CLOSED`).toBe(true);
    }
  });

  // RFC 9293 Figure 5, edge by edge, in the figure's words: (from, event) -> (to, what is sent).
  // The figure writes "snd FIN"; the segment is <CTL=FIN,ACK> (§3.10.4, §3.10.7.4).
  const FIGURE_5 = [
    ['CLOSED', 'passive-open', 'LISTEN', null], // passive OPEN / create TCB
    ['CLOSED', 'active-open', 'SYN-SENT', 'SYN'], // active OPEN / create TCB, snd SYN
    ['LISTEN', 'close', 'CLOSED', null], // CLOSE / delete TCB
    ['LISTEN', 'rcv-syn', 'SYN-RECEIVED', 'SYN,ACK'], // rcv SYN / snd SYN,ACK
    ['LISTEN', 'send', 'SYN-SENT', 'SYN'], // SEND / snd SYN
    ['SYN-RECEIVED', 'rcv-rst', 'LISTEN', null], // rcv RST (note 1)
    ['SYN-SENT', 'rcv-syn', 'SYN-RECEIVED', 'SYN,ACK'], // rcv SYN / snd SYN,ACK
    ['SYN-SENT', 'close', 'CLOSED', null], // CLOSE / delete TCB
    ['SYN-RECEIVED', 'rcv-ack-of-syn', 'ESTABLISHED', null], // rcv ACK of SYN / x
    ['SYN-SENT', 'rcv-syn-ack', 'ESTABLISHED', 'ACK'], // rcv SYN,ACK / snd ACK
    ['SYN-RECEIVED', 'close', 'FIN-WAIT-1', 'FIN,ACK'], // CLOSE / snd FIN
    ['ESTABLISHED', 'close', 'FIN-WAIT-1', 'FIN,ACK'], // CLOSE / snd FIN
    ['ESTABLISHED', 'rcv-fin', 'CLOSE-WAIT', 'ACK'], // rcv FIN / snd ACK
    ['FIN-WAIT-1', 'rcv-fin', 'CLOSING', 'ACK'], // rcv FIN / snd ACK
    ['FIN-WAIT-1', 'rcv-ack-of-fin', 'FIN-WAIT-2', null], // rcv ACK of FIN / x
    ['CLOSE-WAIT', 'close', 'LAST-ACK', 'FIN,ACK'], // CLOSE / snd FIN
    ['FIN-WAIT-2', 'rcv-fin', 'TIME-WAIT', 'ACK'], // rcv FIN / snd ACK
    ['CLOSING', 'rcv-ack-of-fin', 'TIME-WAIT', null], // rcv ACK of FIN / x
    ['LAST-ACK', 'rcv-ack-of-fin', 'CLOSED', null], // rcv ACK of FIN / x
    ['TIME-WAIT', 'timeout-2msl', 'CLOSED', null], // Timeout=2MSL / delete TCB
  ] as const;

  it.each(FIGURE_5)('Figure 5: %s on %s goes to %s sending %s', (from, event, to, sends) => {
    const edge = takeTransition(from, event);
    expect(edge.to).toBe(to);
    expect(edge.sends?.join(',') ?? null).toBe(sends);
    expect(edge.inFigure5).toBe(true);
  });

  it('marks exactly the edges Figure 5 draws; the rest come from §3.10', () => {
    const drawn = TCP_TRANSITIONS.filter((e) => e.inFigure5).map((e) => `${e.from}--${e.event}`);
    expect(drawn.sort()).toEqual(FIGURE_5.map(([from, event]) => `${from}--${event}`).sort());
  });

  // Figure 5's notes. Note 1: "The transition from SYN-RECEIVED to LISTEN on receiving a RST is
  // conditioned on having reached SYN-RECEIVED after a passive OPEN." Note 2: "The figure omits
  // a transition from FIN-WAIT-1 to TIME-WAIT if a FIN is received and the local FIN is also
  // acknowledged."
  it('draws SYN-RECEIVED → LISTEN on RST (note 1), but not FIN-WAIT-1 → TIME-WAIT (note 2)', () => {
    expect(takeTransition('SYN-RECEIVED', 'rcv-rst').inFigure5).toBe(true);
    expect(takeTransition('FIN-WAIT-1', 'rcv-fin-ack-of-fin').inFigure5).toBe(false);
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
  });

  it('throws for a change that is not an edge', () => {
    expect(() => takeTransition('LISTEN', 'rcv-fin')).toThrow(IllegalTransitionError);
    expect(findTransition('CLOSED', 'rcv-syn')).toBeUndefined();
  });
});

/**
 * The `sends` column against what the simulation sends: for every state change in every canned
 * timeline, under both profiles, the endpoint that took the edge sends what the edge says. An
 * edge that sends nothing sends no SYN or FIN (an ACK of data that came with it may go). An
 * edge that sends a SYN or a FIN: the endpoint's first segment at or after the step with that
 * flag has exactly the edge's flags (PSH aside: a FIN may ride on the last data). An edge that
 * sends an ACK: the endpoint's next segment acknowledges the SYN or FIN the step received (on
 * the linux profile it may be delayed, and ride on the endpoint's own FIN).
 */
describe.each(
  SCENARIOS.flatMap((s) => (['textbook', 'linux'] as const).map((p) => [s.id, p, s] as const)),
)('what each edge sends, in %s (%s)', (_id, profile, scenario) => {
  const timeline = simulate(scenario, { profile });
  const edges = new Map(TCP_TRANSITIONS.map((e) => [e.id, e]));
  /** The first segment id sent by step `index` or any later step. */
  const firstSentFrom = (index: number) =>
    Math.min(
      ...timeline.steps.slice(index).flatMap((s) => s.segmentsOut),
      timeline.segments.length,
    );
  const control = (flags: readonly string[]) => flags.filter((f) => f !== 'PSH').join(',');

  it('is what the endpoint sends on taking it', () => {
    const wrong: string[] = [];
    for (const step of timeline.steps) {
      const conn = timeline.connections[step.connection];
      for (const change of step.changes) {
        const edge = edges.get(change.transition);
        if (!edge || !conn) {
          wrong.push(`step ${step.index}: ${change.transition} is not an edge`);
          continue;
        }
        const port = change.endpoint === 'client' ? conn.clientPort : conn.serverPort;
        const mine = (s: Segment) => s.from === change.endpoint && s.srcPort === port;
        const later = timeline.segments.slice(firstSentFrom(step.index)).filter(mine);
        const sends = edge.sends;
        const received = timeline.segments[step.segmentIn ?? -1];
        const owed = received ? seqAdd(received.seq, received.segLen) : null;
        if (sends === null) {
          const sent = step.segmentsOut.map((id) => timeline.segments[id] as Segment).filter(mine);
          if (sent.some((s) => s.flags.includes('SYN') || s.flags.includes('FIN'))) {
            wrong.push(`step ${step.index}: ${edge.id} sends nothing, but a SYN or FIN went`);
          }
          // Nor an ACK of a SYN or FIN this step received, unless another edge of the step owes it.
          const control = received?.flags.some((f) => f === 'SYN' || f === 'FIN') === true;
          const acked = sent.some((s) => owed !== null && seqDiff(s.ack, owed) >= 0);
          const owedByOther = step.changes.some(
            (c) => edges.get(c.transition)?.sends?.[0] === 'ACK',
          );
          if (control && acked && !owedByOther) {
            wrong.push(`step ${step.index}: ${edge.id} sends nothing, but an ACK of ${owed} went`);
          }
        } else if (sends.includes('SYN') || sends.includes('FIN')) {
          const flag = sends.includes('SYN') ? 'SYN' : 'FIN';
          const next = later.find((s) => s.flags.includes(flag));
          if (next === undefined || control(next.flags) !== sends.join(',')) {
            wrong.push(
              `step ${step.index}: ${edge.id} sends ${sends}, first ${flag}: ${next?.flags}`,
            );
          }
        } else {
          const next = later[0];
          if (
            !next ||
            owed === null ||
            !next.flags.includes('ACK') ||
            seqDiff(next.ack, owed) < 0
          ) {
            wrong.push(`step ${step.index}: ${edge.id} sends an ACK of ${owed}, next: ${next?.id}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
