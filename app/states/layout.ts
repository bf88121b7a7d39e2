/**
 * The state diagram's layout: the eleven states placed by hand as in RFC 9293
 * Figure 5 (CLOSED drawn twice, at the top where connections start and at the
 * bottom where they end), and edges taken from TCP_TRANSITIONS.
 */
import type { Endpoint, Step, TcpState, TcpTransition, Timeline } from '../model';

export type NodeId = TcpState | 'CLOSED-END';

export const NODE_W = 108;
export const NODE_H = 28;
export const VIEW_W = 460;
export const VIEW_H = 352;

const COL = { left: 70, mid: 230, right: 390 };
const row = (n: number) => 20 + n * 52;

export const NODES: Record<NodeId, { x: number; y: number; state: TcpState }> = {
  CLOSED: { x: COL.mid, y: row(0), state: 'CLOSED' },
  LISTEN: { x: COL.mid, y: row(1), state: 'LISTEN' },
  'SYN-RECEIVED': { x: COL.left, y: row(2), state: 'SYN-RECEIVED' },
  'SYN-SENT': { x: COL.right, y: row(2), state: 'SYN-SENT' },
  ESTABLISHED: { x: COL.mid, y: row(3), state: 'ESTABLISHED' },
  'FIN-WAIT-1': { x: COL.left, y: row(4), state: 'FIN-WAIT-1' },
  'CLOSE-WAIT': { x: COL.right, y: row(4), state: 'CLOSE-WAIT' },
  'FIN-WAIT-2': { x: COL.left, y: row(5), state: 'FIN-WAIT-2' },
  CLOSING: { x: COL.mid, y: row(5), state: 'CLOSING' },
  'LAST-ACK': { x: COL.right, y: row(5), state: 'LAST-ACK' },
  'TIME-WAIT': { x: COL.mid, y: row(6), state: 'TIME-WAIT' },
  'CLOSED-END': { x: COL.right, y: row(6), state: 'CLOSED' },
};

/** States from which a connection that ends in CLOSED is drawn ending at the bottom. */
const ENDING: ReadonlySet<TcpState> = new Set([
  'ESTABLISHED',
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'CLOSE-WAIT',
  'CLOSING',
  'LAST-ACK',
  'TIME-WAIT',
]);

export function targetNode(from: TcpState, to: TcpState): NodeId {
  return to === 'CLOSED' && ENDING.has(from) ? 'CLOSED-END' : to;
}

export interface EdgeGeometry {
  id: string;
  path: string;
  /** Where a label would sit. */
  mid: { x: number; y: number };
}

/** A straight edge from box to box, nudged sideways when the reverse edge exists too. */
export function edgeGeometry(t: TcpTransition, reverse: boolean): EdgeGeometry {
  const a = NODES[t.from];
  const b = NODES[targetNode(t.from, t.to)];
  if (t.from === t.to) {
    // A self-loop under the box (TIME-WAIT receiving a repeated FIN).
    const x = a.x - NODE_W / 2 + 10;
    const y = a.y + NODE_H / 2;
    return {
      id: t.id,
      path: `M ${x} ${y} c -30 18, -30 -30, -12 -${NODE_H / 2 + 2}`,
      mid: { x: x - 24, y },
    };
  }
  let dx = b.x - a.x;
  let dy = b.y - a.y;
  const len = Math.hypot(dx, dy);
  dx /= len;
  dy /= len;
  const shift = reverse ? 6 : 0;
  const nx = -dy * shift;
  const ny = dx * shift;
  const exit = (ux: number, uy: number) =>
    Math.min(
      ux === 0 ? Number.POSITIVE_INFINITY : NODE_W / 2 / Math.abs(ux),
      uy === 0 ? Number.POSITIVE_INFINITY : NODE_H / 2 / Math.abs(uy),
    );
  const s = exit(dx, dy) + 2;
  const e = exit(dx, dy) + 5;
  const x1 = a.x + dx * s + nx;
  const y1 = a.y + dy * s + ny;
  const x2 = b.x - dx * e + nx;
  const y2 = b.y - dy * e + ny;
  const f = (n: number) => Math.round(n * 10) / 10;
  return {
    id: t.id,
    path: `M ${f(x1)} ${f(y1)} L ${f(x2)} ${f(y2)}`,
    mid: { x: (x1 + x2) / 2, y: (y1 + y2) / 2 },
  };
}

/** The node an endpoint's marker sits on at a step (which CLOSED, top or bottom). */
export function nodeAt(timeline: Timeline, cursor: number, endpoint: Endpoint): NodeId {
  const steps = timeline.steps;
  const state = steps[cursor]?.states[endpoint] ?? 'CLOSED';
  if (state !== 'CLOSED') return state;
  for (let i = Math.min(cursor, steps.length - 1); i >= 0; i--) {
    const change = (steps[i] as Step).changes.find((c) => c.endpoint === endpoint);
    if (change) return targetNode(change.from, change.to);
  }
  return 'CLOSED';
}
