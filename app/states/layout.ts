/**
 * The state diagram's layout: the eleven states placed by hand as in RFC 9293
 * Figure 5 (CLOSED drawn twice, at the top where connections start and at the
 * bottom where they end), edges taken from TCP_TRANSITIONS, and each edge's
 * label ("rcv SYN / snd SYN,ACK") placed beside its edge where it overlaps no
 * state, no other edge and no other label (`placeLabels`).
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
  /** The centre of the label's first line (text-anchor middle, baseline below it). */
  x: number;
  y: number;
  box: Box;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Whether the segment (x1,y1)–(x2,y2) passes through the box (Liang–Barsky clipping). */
export function crosses(line: NonNullable<EdgeGeometry['line']>, box: Box): boolean {
  const dx = line.x2 - line.x1;
  const dy = line.y2 - line.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, line.x1 - box.x],
    [dx, box.x + box.w - line.x1],
    [-dy, line.y1 - box.y],
    [dy, box.y + box.h - line.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

const inflate = (b: Box, by: number): Box => ({
  x: b.x - by,
  y: b.y - by,
  w: b.w + 2 * by,
  h: b.h + 2 * by,
});

/** Where along an edge a label may go, best first: the middle, then outwards. */
const ALONG = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85];
/** How far beyond its own line a label may sit, nearest first. */
const GAPS = [3, 10, 18];

function candidates(g: EdgeGeometry, w: number, h: number): Box[] {
  if (g.loop) {
    // Beside the loop, right or left, below the state it loops on.
    const { x, y, w: lw } = g.loop;
    const top = y + 3;
    return [
      { x: x + lw + 3, y: top, w, h },
      { x: x - 3 - w, y: top, w, h },
    ];
  }
  const line = g.line as NonNullable<EdgeGeometry['line']>;
  const len = Math.hypot(line.x2 - line.x1, line.y2 - line.y1);
  const nx = -(line.y2 - line.y1) / len;
  const ny = (line.x2 - line.x1) / len;
  // Far enough along the normal that the box clears its own line, and a little more.
  const clear = (Math.abs(nx) * w) / 2 + (Math.abs(ny) * h) / 2;
  const out: Box[] = [];
  for (const gap of GAPS) {
    for (const along of ALONG) {
      const px = line.x1 + (line.x2 - line.x1) * along;
      const py = line.y1 + (line.y2 - line.y1) * along;
      for (const side of [1, -1]) {
        const cx = px + nx * (clear + gap) * side;
        const cy = py + ny * (clear + gap) * side;
        out.push({ x: cx - w / 2, y: cy - h / 2, w, h });
      }
    }
  }
  return out;
}

/**
 * Places each edge's label beside its edge, in order: at the first position (the middle first)
 * inside the figure where it covers no state, no label placed before it or in `fixed`, and
 * crosses no edge in `obstacles` but its own; failing that, the first where it only crosses an
 * edge (drawn over it, on a halo); failing that, the first position (the tests say so).
 */
export function placeLabels(
  labels: readonly { id: string; lines: readonly string[] }[],
  geometry: ReadonlyMap<string, EdgeGeometry>,
  obstacles: readonly string[],
  fixed: readonly EdgeLabel[] = [],
): EdgeLabel[] {
  const nodes = (Object.keys(NODES) as NodeId[]).map((id) => inflate(nodeBox(id), 2));
  const taken = fixed.map((l) => inflate(l.box, 1));
  const placed: EdgeLabel[] = [];
  for (const { id, lines } of labels) {
    const g = geometry.get(id);
    if (!g) continue;
    const others = obstacles.filter((o) => o !== id).map((o) => geometry.get(o));
    const w = Math.max(...lines.map((l) => l.length)) * CHAR_W + 4;
    const h = lines.length * LABEL_LINE + 2;
    const options = candidates(g, w, h);
    const clear = (box: Box) =>
      box.x >= 0 &&
      box.y >= 0 &&
      box.x + box.w <= VIEW_W &&
      box.y + box.h <= VIEW_H &&
      !nodes.some((n) => overlaps(box, n)) &&
      !taken.some((l) => overlaps(box, l));
    const crossesNone = (box: Box) =>
      !others.some((o) =>
        o?.line ? crosses(o.line, box) : o?.loop != null && overlaps(o.loop, box),
      );
    const box =
      options.find((b) => clear(b) && crossesNone(b)) ?? options.find(clear) ?? (options[0] as Box);
    placed.push({ id, lines, x: box.x + box.w / 2, y: box.y + LABEL_LINE - 1, box });
    taken.push(inflate(box, 1));
  }
  return placed;
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
