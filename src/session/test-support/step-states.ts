import type { TcpState } from '../../tcp/states';
import { type Endpoint, INITIAL_STATES, type Timeline } from '../../timeline/types';

/**
 * What the states of each step should be, from the endpoints' own changes alone: each
 * connection's two TCBs start as `INITIAL_STATES` and change only at a step that lists the
 * change. A step shows its own connection's TCBs; a step that receives a segment is the
 * connection's that sent it (the step that lists it in `segmentsOut`), so that its sender is
 * shown as its own changes left it. Only another incarnation's TCB that takes the segment
 * makes the step its own (RFC 9293 §3.10.7: a segment reaches the TCB of its four-tuple): one
 * that is open (neither CLOSED nor LISTEN), or that the segment moves. A listener that answers
 * with a RST, or no TCB at all, makes no connection of it.
 */
export function wrongStates(t: Timeline): string[] {
  const implied = t.connections.map((): Record<Endpoint, TcpState> => ({ ...INITIAL_STATES }));
  const sentOn = new Map<number, number>();
  const wrong: string[] = [];
  for (const step of t.steps) {
    const own = implied[step.connection] ?? { ...INITIAL_STATES };
    const at = step.endpoint;
    const before = at ? own[at] : null;
    for (const c of step.changes) own[c.endpoint] = c.to;
    const segment = step.segmentIn === null ? undefined : sentOn.get(step.segmentIn);
    const open = before !== null && before !== 'CLOSED' && before !== 'LISTEN';
    const took = open || step.changes.length > 0;
    if (segment !== undefined && segment !== step.connection && !took) {
      const from = t.segments[step.segmentIn ?? -1]?.from ?? 'client';
      wrong.push(
        `step ${step.index} (${step.reason}) receives #${step.segmentIn} of connection ${segment}, ` +
          `whose ${from} is ${implied[segment]?.[from]}, but shows connection ${step.connection}`,
      );
    }
    for (const e of ['client', 'server'] as const) {
      if (step.states[e] !== own[e]) {
        wrong.push(`step ${step.index} shows ${e} ${step.states[e]}, its changes say ${own[e]}`);
      }
    }
    for (const id of step.segmentsOut) sentOn.set(id, step.connection);
  }
  return wrong;
}
