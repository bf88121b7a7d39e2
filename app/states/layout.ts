/**
 * The state diagram's layout: the eleven states placed by hand as in RFC 9293
 * Figure 5 (CLOSED drawn twice, at the top where connections start and at the
 * bottom where they end), edges taken from TCP_TRANSITIONS, and each edge's
 * label ("rcv SYN / snd SYN,ACK") placed by hand beside its edge, as the RFC's
 * figure places them (`LABEL_AT`; layout.test.ts checks that no label covers a
 * state, an edge or another label, in every language).
 */
import {
  type Endpoint,
  INITIAL_STATES,
  type Step,
  type TcpState,
  type TcpTransition,
  type Timeline,
} from '../model';

export type NodeId = TcpState | 'CLOSED-END';

export const NODE_W = 112;
export const NODE_H = 26;
export const VIEW_W = 632;
export const VIEW_H = 492;
/** Edge labels: a monospace font of this size, so that a label's width follows from its length. */
export const LABEL_FONT = 11.5;
export const LABEL_LINE = 13;
/** The advance of one character of the label font (0.6 em for the monospace fonts used). */
const CHAR_W = LABEL_FONT * 0.62;

const COL = { left: 90, mid: 310, right: 530 };
const row = (n: number) => 22 + n * 70;

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

/** A rectangle: its top-left corner and size. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function nodeBox(id: NodeId): Box {
  const n = NODES[id];
  return { x: n.x - NODE_W / 2, y: n.y - NODE_H / 2, w: NODE_W, h: NODE_H };
}

export interface EdgeGeometry {
  id: string;
  path: string;
  /** The straight line drawn, or for the self-loop the box around its curve. */
  line: { x1: number; y1: number; x2: number; y2: number } | null;
  loop: Box | null;
}

/** A straight edge from box to box, nudged sideways when the reverse edge exists too. */
export function edgeGeometry(edge: TcpTransition, reverse: boolean): EdgeGeometry {
  const a = NODES[edge.from];
  const b = NODES[targetNode(edge.from, edge.to)];
  if (edge.from === edge.to) {
    // A self-loop under the box (TIME-WAIT receiving a repeated FIN).
    const bottom = a.y + NODE_H / 2;
    return {
      id: edge.id,
      path: `M ${a.x - 14} ${bottom + 1} c -12 26, 40 26, 28 3`,
      line: null,
      loop: { x: a.x - 24, y: bottom, w: 48, h: 22 },
    };
  }
  let dx = b.x - a.x;
  let dy = b.y - a.y;
  const len = Math.hypot(dx, dy);
  dx /= len;
  dy /= len;
  const shift = reverse ? 5 : 0;
  const nx = -dy * shift;
  const ny = dx * shift;
  const exit = (ux: number, uy: number) =>
    Math.min(
      ux === 0 ? Number.POSITIVE_INFINITY : NODE_W / 2 / Math.abs(ux),
      uy === 0 ? Number.POSITIVE_INFINITY : NODE_H / 2 / Math.abs(uy),
    );
  const s = exit(dx, dy) + 2;
  const e = exit(dx, dy) + 5;
  const f = (n: number) => Math.round(n * 10) / 10;
  const line = {
    x1: f(a.x + dx * s + nx),
    y1: f(a.y + dy * s + ny),
    x2: f(b.x - dx * e + nx),
    y2: f(b.y - dy * e + ny),
  };
  return {
    id: edge.id,
    path: `M ${line.x1} ${line.y1} L ${line.x2} ${line.y2}`,
    line,
    loop: null,
  };
}

/** Every edge's geometry, each pair of opposite edges drawn side by side. */
export function edgeGeometries(edges: readonly TcpTransition[]): Map<string, EdgeGeometry> {
  const pairs = new Set(edges.map((edge) => `${edge.from}>${targetNode(edge.from, edge.to)}`));
  return new Map(
    edges.map((edge) => {
      const reverse =
        pairs.has(`${targetNode(edge.to, edge.from)}>${edge.from}`) && edge.from !== edge.to;
      return [edge.id, edgeGeometry(edge, reverse)];
    }),
  );
}

export interface EdgeLabel {
  id: string;
  lines: readonly string[];
  /** The centre of the label's first line (text-anchor middle, on its baseline). */
  x: number;
  y: number;
  box: Box;
}

/**
 * Where each edge's label is centred. Figure 5's labels sit beside their edges where they cover
 * no state, no other edge of the figure and no other label; a §3.10 edge's label (drawn only
 * while the edge is taken) covers no state and no label of Figure 5.
 */
const LABEL_AT: Readonly<Record<string, readonly [number, number]>> = {
  'CLOSED--passive-open': [262, 56],
  'CLOSED--active-open': [439, 60],
  'LISTEN--send': [405, 146],
  'LISTEN--rcv-syn': [193, 99],
  'LISTEN--close': [333, 59],
  'SYN-SENT--rcv-syn-ack': [430, 224],
  'SYN-SENT--rcv-syn': [312, 145],
  'SYN-SENT--rcv-rst': [451, 84],
  'SYN-SENT--close': [411, 110],
  'SYN-SENT--user-timeout': [474, 87],
  'SYN-RECEIVED--rcv-ack-of-syn': [191, 221],
  'SYN-RECEIVED--rcv-rst': [204, 145],
  'SYN-RECEIVED--rcv-syn': [120, 128],
  'SYN-RECEIVED--rcv-rst-active-open': [137, 72],
  'SYN-RECEIVED--close': [46, 231],
  'SYN-RECEIVED--user-timeout': [164, 76],
  'ESTABLISHED--close': [210, 294],
  'ESTABLISHED--rcv-fin': [411, 290],
  'ESTABLISHED--rcv-rst': [400, 356],
  'ESTABLISHED--user-timeout': [373, 347],
  'FIN-WAIT-1--rcv-ack-of-fin': [145, 345],
  'FIN-WAIT-1--rcv-fin-ack-of-fin': [269, 337],
  'FIN-WAIT-1--rcv-fin': [217, 368],
  'FIN-WAIT-1--rcv-rst': [297, 348],
  'FIN-WAIT-1--user-timeout': [316, 349],
  'FIN-WAIT-2--rcv-fin': [191, 430],
  'FIN-WAIT-2--rcv-rst': [403, 437],
  'FIN-WAIT-2--user-timeout': [193, 406],
  'CLOSE-WAIT--close': [486, 336],
  'CLOSE-WAIT--rcv-rst': [560, 349],
  'CLOSE-WAIT--user-timeout': [578, 349],
  'CLOSING--rcv-ack-of-fin': [365, 406],
  'CLOSING--rcv-rst': [413, 424],
  'CLOSING--user-timeout': [426, 384],
  'LAST-ACK--rcv-ack-of-fin': [475, 406],
  'LAST-ACK--rcv-rst': [560, 406],
  'LAST-ACK--user-timeout': [578, 406],
  'TIME-WAIT--rcv-fin': [256, 472],
  'TIME-WAIT--timeout-2msl': [419, 458],
  'TIME-WAIT--rcv-rst': [419, 437],
};

/** The label of edge `id`, its `lines` centred where `LABEL_AT` puts them; undefined if none. */
export function labelOf(id: string, lines: readonly string[]): EdgeLabel | undefined {
  const at = LABEL_AT[id];
  if (!at) return undefined;
  const w = Math.max(...lines.map((l) => l.length)) * CHAR_W + 4;
  const h = lines.length * LABEL_LINE + 2;
  const box = { x: at[0] - w / 2, y: at[1] - h / 2, w, h };
  return { id, lines, x: at[0], y: box.y + LABEL_LINE - 1, box };
}

/** The node an endpoint's marker sits on at a step (which CLOSED, top or bottom). */
export function nodeAt(timeline: Timeline, cursor: number, endpoint: Endpoint): NodeId {
  const steps = timeline.steps;
  const state = steps[cursor]?.states[endpoint] ?? INITIAL_STATES[endpoint];
  if (state !== 'CLOSED') return state;
  for (let i = Math.min(cursor, steps.length - 1); i >= 0; i--) {
    const change = (steps[i] as Step).changes.find((c) => c.endpoint === endpoint);
    if (change) return targetNode(change.from, change.to);
  }
  return 'CLOSED';
}
