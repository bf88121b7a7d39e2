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

/** A state's box in the figure: its centre and width. */
export interface NodePlace {
  x: number;
  y: number;
  w: number;
  state: TcpState;
}

/**
 * One arrangement of Figure 5: its viewBox, where each state sits, the type sizes, and where
 * each edge's label is centred (`labelAt`, placed by hand: see `NORMAL_FIGURE`).
 */
export interface Figure {
  viewW: number;
  viewH: number;
  nodeH: number;
  /** The states' names: a monospace font of this size. */
  nodeFont: number;
  /** Edge labels: a monospace font of this size, so that a label's width follows from its length. */
  labelFont: number;
  labelLine: number;
  /** The radius of the marker that says which endpoint is in a state. */
  markerR: number;
  /** A label's line longer than this many characters is broken at spaces; null: never. */
  wrap: number | null;
  /** Where an edge's label is broken otherwise than at `wrap` (its characters per line). */
  wraps?: Readonly<Record<string, number>>;
  /** Edges whose event and what they send share one line ("ABORT / snd RST"): no room for two. */
  oneLine?: readonly string[];
  /**
   * Which way a pair of opposite edges is drawn apart: 1, each on the left of its direction of
   * travel (on screen, a downward edge left of its pair); -1, on the right.
   */
  pairSide: 1 | -1;
  /**
   * Edges drawn beside another edge between the same two states, so that both can be lit at
   * once (an ABORT beside the RST it sends, received by the other end): how far sideways, in
   * units of the viewBox: positive to the right of its direction of travel (a downward edge
   * moves left on screen), as `pairSide` 1 moves a pair apart.
   */
  shifts?: Readonly<Record<string, number>>;
  nodes: Readonly<Record<NodeId, NodePlace>>;
  labelAt: Readonly<Record<string, readonly [number, number]>>;
  /**
   * Edges drawn as a curve round a state their straight line would cross: the two control points
   * of a cubic Bézier from where it leaves its state to where it reaches the other (points).
   */
  curves?: Readonly<Record<string, readonly (readonly [number, number])[]>>;
  /**
   * Which corner of a state's box its endpoint markers sit on, where not the top right (`tr`):
   * one with no label beside it.
   */
  markerCorners?: Readonly<Partial<Record<NodeId, MarkerCorner>>>;
  /**
   * Where both ends' markers go when both are on the state, where `markerCorners`' corner has no
   * room for two side by side (a left corner at the figure's left edge).
   */
  pairCorners?: Readonly<Partial<Record<NodeId, MarkerCorner>>>;
}

/** A corner of a state's box: top or bottom, left or right. */
export type MarkerCorner = 'tr' | 'tl' | 'br' | 'bl';

/** The advance of one character of a monospace font (0.6 em for the fonts used, and a little air). */
const CHAR_EM = 0.62;

const NODE_W = 112;
const COL = { left: 90, mid: 310, right: 530 };
const row = (n: number) => 22 + n * 70;
const place = (x: number, y: number, state: TcpState): NodePlace => ({ x, y, w: NODE_W, state });

/**
 * The figure as RFC 9293 draws it, wider than tall. Its labels sit beside their edges, each
 * nearer its own edge than any other, where they cover no state, no other edge of the figure and
 * no other label; a §3.10 edge's label (drawn only
 * while the edge is taken) covers no state and no label of Figure 5.
 */
export const NORMAL_FIGURE: Figure = {
  viewW: 632,
  viewH: 492,
  nodeH: 26,
  nodeFont: 11.5,
  labelFont: 11.5,
  labelLine: 13,
  markerR: 8,
  wrap: null,
  // Left of its edge, on two lines: on the right it sat under FIN-WAIT-1's edge to CLOSING.
  wraps: { 'FIN-WAIT-1--rcv-ack-of-fin': 7 },
  // Off the arrowheads that reach the top right of these three.
  markerCorners: { 'SYN-RECEIVED': 'tl', ESTABLISHED: 'br', 'FIN-WAIT-1': 'tl' },
  pairSide: 1,
  // ABORT beside the RST its peer receives, both lit at once; on the side away from the labels.
  shifts: { 'ESTABLISHED--abort': -5, 'FIN-WAIT-1--abort': 5 },
  nodes: {
    CLOSED: place(COL.mid, row(0), 'CLOSED'),
    LISTEN: place(COL.mid, row(1), 'LISTEN'),
    'SYN-RECEIVED': place(COL.left, row(2), 'SYN-RECEIVED'),
    'SYN-SENT': place(COL.right, row(2), 'SYN-SENT'),
    ESTABLISHED: place(COL.mid, row(3), 'ESTABLISHED'),
    'FIN-WAIT-1': place(COL.left, row(4), 'FIN-WAIT-1'),
    'CLOSE-WAIT': place(COL.right, row(4), 'CLOSE-WAIT'),
    'FIN-WAIT-2': place(COL.left, row(5), 'FIN-WAIT-2'),
    CLOSING: place(COL.mid, row(5), 'CLOSING'),
    'LAST-ACK': place(COL.right, row(5), 'LAST-ACK'),
    'TIME-WAIT': place(COL.mid, row(6), 'TIME-WAIT'),
    'CLOSED-END': place(COL.right, row(6), 'CLOSED'),
  },
  labelAt: {
    'CLOSED--passive-open': [262, 56],
    'CLOSED--active-open': [439, 60],
    'LISTEN--send': [381, 139],
    'LISTEN--rcv-syn': [193, 99],
    'LISTEN--close': [332, 68],
    'SYN-SENT--rcv-syn-ack': [430, 224],
    'SYN-SENT--rcv-syn': [312, 145],
    'SYN-SENT--rcv-rst': [451, 84],
    'SYN-SENT--close': [470, 102],
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
    'ESTABLISHED--abort': [340, 306],
    'FIN-WAIT-1--rcv-ack-of-fin': [60, 337],
    'FIN-WAIT-1--rcv-fin-ack-of-fin': [269, 337],
    'FIN-WAIT-1--rcv-fin': [217, 368],
    'FIN-WAIT-1--rcv-rst': [297, 348],
    'FIN-WAIT-1--user-timeout': [316, 349],
    'FIN-WAIT-1--abort': [120, 338],
    'FIN-WAIT-2--rcv-fin': [191, 430],
    'FIN-WAIT-2--rcv-rst': [403, 437],
    'FIN-WAIT-2--user-timeout': [193, 406],
    'FIN-WAIT-2--abort': [120, 404],
    'CLOSE-WAIT--close': [486, 336],
    'CLOSE-WAIT--rcv-rst': [560, 349],
    'CLOSE-WAIT--user-timeout': [578, 349],
    'CLOSE-WAIT--abort': [560, 338],
    'CLOSING--rcv-ack-of-fin': [365, 406],
    'CLOSING--rcv-rst': [413, 424],
    'CLOSING--user-timeout': [426, 384],
    'LAST-ACK--rcv-ack-of-fin': [475, 406],
    'LAST-ACK--rcv-rst': [560, 406],
    'LAST-ACK--user-timeout': [578, 406],
    'TIME-WAIT--rcv-fin': [256, 472],
    'TIME-WAIT--timeout-2msl': [419, 458],
    'TIME-WAIT--rcv-rst': [419, 437],
    'TIME-WAIT--timeout-cut-short': [419, 437],
  },
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

type Point = readonly [number, number];

/** A rectangle: its top-left corner and size. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function nodeBox(figure: Figure, id: NodeId): Box {
  const n = figure.nodes[id];
  return { x: n.x - n.w / 2, y: n.y - figure.nodeH / 2, w: n.w, h: figure.nodeH };
}

export interface EdgeGeometry {
  id: string;
  path: string;
  /** The straight line drawn, or for the self-loop the box around its curve. */
  line: { x1: number; y1: number; x2: number; y2: number } | null;
  loop: Box | null;
  /** A curved edge (`Figure.curves`) as a polyline that follows it, for the checks; else null. */
  curve: readonly { x: number; y: number }[] | null;
}

/** How many straight pieces a curved edge's polyline has. */
const CURVE_PIECES = 24;

/** A straight edge from box to box, nudged sideways when the reverse edge exists too. */
export function edgeGeometry(figure: Figure, edge: TcpTransition, reverse: boolean): EdgeGeometry {
  const a = figure.nodes[edge.from];
  const b = figure.nodes[targetNode(edge.from, edge.to)];
  const h = figure.nodeH;
  if (edge.from === edge.to) {
    // A self-loop under the box (TIME-WAIT receiving a repeated FIN), sized to the box: down
    // from its bottom left of the middle, round, and back up into it right of the middle, so
    // that its head points into the state it never left.
    const k = h / 26;
    const bottom = a.y + h / 2;
    const n = (v: number) => Math.round(v * k * 10) / 10;
    return {
      id: edge.id,
      path: `M ${a.x - n(16)} ${bottom + 1} c 0 ${n(30)}, ${n(32)} ${n(30)}, ${n(32)} 0`,
      line: null,
      loop: { x: a.x - n(20), y: bottom, w: n(40), h: n(24) },
      curve: null,
    };
  }
  const curve = figure.curves?.[edge.id];
  if (curve && curve.length === 4) {
    const [p0, p1, p2, p3] = curve as [Point, Point, Point, Point];
    const at = (t: number, i: 0 | 1) =>
      (1 - t) ** 3 * p0[i] +
      3 * (1 - t) ** 2 * t * p1[i] +
      3 * (1 - t) * t ** 2 * p2[i] +
      t ** 3 * p3[i];
    return {
      id: edge.id,
      path: `M ${p0.join(' ')} C ${p1.join(' ')}, ${p2.join(' ')}, ${p3.join(' ')}`,
      line: null,
      loop: null,
      curve: Array.from({ length: CURVE_PIECES + 1 }, (_, k) => ({
        x: at(k / CURVE_PIECES, 0),
        y: at(k / CURVE_PIECES, 1),
      })),
    };
  }
  let dx = b.x - a.x;
  let dy = b.y - a.y;
  const len = Math.hypot(dx, dy);
  dx /= len;
  dy /= len;
  const shift = (reverse ? 5 * figure.pairSide : 0) + (figure.shifts?.[edge.id] ?? 0);
  const nx = -dy * shift;
  const ny = dx * shift;
  const exit = (w: number) =>
    Math.min(
      dx === 0 ? Number.POSITIVE_INFINITY : w / 2 / Math.abs(dx),
      dy === 0 ? Number.POSITIVE_INFINITY : h / 2 / Math.abs(dy),
    );
  const s = exit(a.w) + 2;
  const e = exit(b.w) + 5;
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
    curve: null,
  };
}

/** Every edge's geometry, each pair of opposite edges drawn side by side. */
export function edgeGeometries(
  figure: Figure,
  edges: readonly TcpTransition[],
): Map<string, EdgeGeometry> {
  const pairs = new Set(edges.map((edge) => `${edge.from}>${targetNode(edge.from, edge.to)}`));
  return new Map(
    edges.map((edge) => {
      const reverse =
        pairs.has(`${targetNode(edge.to, edge.from)}>${edge.from}`) && edge.from !== edge.to;
      return [edge.id, edgeGeometry(figure, edge, reverse)];
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
 * A label's lines with each longer than `wrap` broken at the space that evens its two parts most,
 * and those again while longer.
 */
export function wrapLines(lines: readonly string[], wrap: number | null): string[] {
  return lines.flatMap((l) => {
    if (wrap === null || l.length <= wrap) return [l];
    let best: [string, string] | null = null;
    for (let i = l.indexOf(' '); i >= 0; i = l.indexOf(' ', i + 1)) {
      const cut: [string, string] = [l.slice(0, i), l.slice(i + 1)];
      const longest = (c: [string, string]) => Math.max(c[0].length, c[1].length);
      if (!best || longest(cut) < longest(best)) best = cut;
    }
    return best ? wrapLines(best, wrap) : [l];
  });
}

/** The label of edge `id`, its `lines` centred where the figure puts them; undefined if none. */
export function labelOf(
  figure: Figure,
  id: string,
  lines: readonly string[],
): EdgeLabel | undefined {
  const at = figure.labelAt[id];
  if (!at) return undefined;
  const line = figure.labelLine;
  const w = Math.max(...lines.map((l) => l.length)) * figure.labelFont * CHAR_EM + 4;
  const h = lines.length * line + 2;
  const box = { x: at[0] - w / 2, y: at[1] - h / 2, w, h };
  return { id, lines, x: at[0], y: box.y + line - 1, box };
}

/**
 * The box of state `id`'s name: its monospace letters 0.6 em each, its capitals 0.7 em tall and
 * centred (StateDiagram.tsx sets the baseline 0.35 em below the middle).
 */
export function nameBox(figure: Figure, id: NodeId): Box {
  const n = figure.nodes[id];
  const w = n.state.length * 0.6 * figure.nodeFont;
  const h = 0.7 * figure.nodeFont;
  return { x: n.x - w / 2, y: n.y - h / 2, w, h };
}

/** How far a point is from a box: 0 inside it. */
function distanceToBox(p: { x: number; y: number }, box: Box): number {
  return Math.hypot(
    Math.max(box.x - p.x, 0, p.x - box.x - box.w),
    Math.max(box.y - p.y, 0, p.y - box.y - box.h),
  );
}

/** Between a marker's edge and a state's name: the circle's outline, half of its 2 px outside it. */
const MARKER_AIR = 1;

/**
 * The centres of the `count` endpoint markers on state `id`: at its box's top right corner, or
 * its left where the right would leave the figure; one after another away from the box. Where the
 * corner is too near the name (the tall arrangement's boxes are as wide as their names, so that
 * its corner marker covered the first or last letter), the corner's marker moves out along the
 * corner's diagonal, half a unit at a time, until it clears the name.
 */
export function markerCentres(
  figure: Figure,
  id: NodeId,
  count: number,
  corner: MarkerCorner = (count > 1 ? figure.pairCorners?.[id] : undefined) ??
    figure.markerCorners?.[id] ??
    'tr',
): { x: number; y: number }[] {
  const n = figure.nodes[id];
  const r = figure.markerR;
  const right = n.x + n.w / 2 - 2;
  const fits = corner[1] === 'r' && right + (2 * count - 1) * r <= figure.viewW;
  const sx = fits ? 1 : -1;
  const sy = corner[0] === 't' ? -1 : 1;
  const at = { x: fits ? right : n.x - n.w / 2 + 2, y: n.y + sy * (figure.nodeH / 2 - 2) };
  const name = nameBox(figure, id);
  // Never past the figure's top or bottom edge (the tall arrangement's first CLOSED is at its
  // top): there the marker goes on outward level, until it clears the name.
  const edge = r + MARKER_AIR;
  const yOut = (out: number) => Math.min(figure.viewH - edge, Math.max(edge, at.y + sy * out));
  let out = 0;
  while (distanceToBox({ x: at.x + sx * out, y: yOut(out) }, name) < r + MARKER_AIR) out += 0.5;
  const first = { x: at.x + sx * out, y: yOut(out) };
  // Side by side outward; where that would reach past the figure's side (both ends in
  // SYN-RECEIVED after a simultaneous open, at the tall figure's left edge), one above the other,
  // outward.
  const last = first.x + sx * (2 * count - 1) * r;
  const level = last >= 0 && last <= figure.viewW;
  return Array.from({ length: count }, (_, i) =>
    level
      ? { x: first.x + sx * i * 2 * r, y: first.y }
      : { x: first.x, y: first.y + sy * i * 2 * r },
  );
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
