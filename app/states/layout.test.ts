import { describe, expect, it } from 'vitest';
import { TCP_TRANSITIONS, type TcpTransition } from '../model';
import { type Catalogue, LANGUAGES, loadCatalogue } from '../strings';
import {
  type Box,
  type EdgeGeometry,
  edgeGeometries,
  type Figure,
  markerCentres,
  NORMAL_FIGURE,
  type NodeId,
  nodeBox,
  targetNode,
  wrapLines,
} from './layout';
import { edgeLabels } from './StateDiagram';
import { PROJECTOR_FIGURE } from './tallFigure';

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Whether a straight edge passes through the box (Liang–Barsky clipping). */
function crosses(line: NonNullable<EdgeGeometry['line']>, box: Box): boolean {
  const dx = line.x2 - line.x1;
  const dy = line.y2 - line.y1;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, line.x1 - box.x],
    [dx, box.x + box.w - line.x1],
    [-dy, line.y1 - box.y],
    [dy, box.y + box.h - line.y1],
  ] as const) {
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
type Line = NonNullable<EdgeGeometry['line']>;

/** The straight pieces an edge is drawn with: its line, or the polyline along its curve. */
function pieces(g: EdgeGeometry): Line[] {
  if (g.line) return [g.line];
  const c = g.curve ?? [];
  return c.slice(1).map((p, i) => ({ x1: c[i]?.x ?? p.x, y1: c[i]?.y ?? p.y, x2: p.x, y2: p.y }));
}

/** How far a point is from a straight piece. */
function pointToLine(x: number, y: number, l: Line): number {
  const dx = l.x2 - l.x1;
  const dy = l.y2 - l.y1;
  const t = Math.max(0, Math.min(1, ((x - l.x1) * dx + (y - l.y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (l.x1 + t * dx), y - (l.y1 + t * dy));
}

/** How far an edge comes to a box: 0 through it, else the least gap between them. */
function gap(g: EdgeGeometry, box: Box): number {
  if (g.loop) return overlaps(g.loop, box) ? 0 : Number.POSITIVE_INFINITY;
  const corners = [
    [box.x, box.y],
    [box.x + box.w, box.y],
    [box.x, box.y + box.h],
    [box.x + box.w, box.y + box.h],
  ] as const;
  const outside = (x: number, y: number) =>
    Math.hypot(
      Math.max(box.x - x, 0, x - box.x - box.w),
      Math.max(box.y - y, 0, y - box.y - box.h),
    );
  return Math.min(
    ...pieces(g).map((l) =>
      crosses(l, box)
        ? 0
        : Math.min(
            outside(l.x1, l.y1),
            outside(l.x2, l.y2),
            ...corners.map(([x, y]) => pointToLine(x, y, l)),
          ),
    ),
  );
}

const FIGURE_5 = TCP_TRANSITIONS.filter((edge) => edge.inFigure5);
/** What is always drawn: Figure 5's edges, and Note 2's (FIN and ACK of FIN at once), which a
 * Linux teardown takes every time. */
const ALWAYS_DRAWN = TCP_TRANSITIONS.filter(
  (edge) => edge.inFigure5 || edge.id === 'FIN-WAIT-1--rcv-fin-ack-of-fin',
);

const ARRANGEMENTS = [
  ['wide', NORMAL_FIGURE],
  ['tall (projector)', PROJECTOR_FIGURE],
] as const;
const CASES = LANGUAGES.flatMap((l) => ARRANGEMENTS.map(([name, f]) => [l.code, name, f] as const));

describe.each(CASES)('the state diagram’s edge labels (%s, %s)', (lang, _name, figure: Figure) => {
  const GEOMETRY = edgeGeometries(figure, TCP_TRANSITIONS);
  const inside = (b: Box) =>
    b.x >= 0 && b.y >= 0 && b.x + b.w <= figure.viewW && b.y + b.h <= figure.viewH;

  it('label every edge of Figure 5 with its event and what it sends', async () => {
    const labels = edgeLabels(figure, await loadCatalogue(lang));
    const lines = (id: string, l: string[]) => wrapLines(l, figure.wraps?.[id] ?? figure.wrap);
    expect(labels.get('LISTEN--rcv-syn')?.lines).toEqual(
      lines('LISTEN--rcv-syn', ['rcv SYN', 'snd SYN,ACK']),
    );
    expect(labels.get('SYN-RECEIVED--rcv-ack-of-syn')?.lines).toEqual(
      lines('SYN-RECEIVED--rcv-ack-of-syn', ['rcv ACK of SYN']),
    );
    for (const edge of TCP_TRANSITIONS) expect(labels.has(edge.id), edge.id).toBe(true);
  });

  it('sit beside their own edge', async () => {
    const labels = edgeLabels(figure, await loadCatalogue(lang));
    const far = TCP_TRANSITIONS.filter((edge) => {
      const box = labels.get(edge.id)?.box;
      const g = GEOMETRY.get(edge.id);
      if (!box || !g) return true;
      // In the tall arrangement a §3.10 label (drawn only while its edge is taken, in its colour)
      // has less room: within 45 px of its edge. FIN-WAIT-1's FIN and ACK of FIN at once (RFC 9293
      // Figure 5's Note 2) has none within 120 px of its edge (its three lines, 130 × 71, cover a
      // state or a label of Figure 5 everywhere there): it is the one label placed apart.
      const reach = figure === PROJECTOR_FIGURE && !edge.inFigure5 ? 45 : 16;
      if (figure === PROJECTOR_FIGURE && edge.id === 'FIN-WAIT-1--rcv-fin-ack-of-fin') return false;
      // In the tall arrangement an ABORT's label (one line) is under the final CLOSED, where
      // every ABORT edge arrives: within a line of that state, not of the edge above it.
      if (figure === PROJECTOR_FIGURE && edge.event === 'abort') {
        const end = nodeBox(figure, 'CLOSED-END');
        return !overlaps({ ...end, y: end.y, h: end.h + 24 }, box);
      }
      const near = {
        x: box.x - reach,
        y: box.y - reach,
        w: box.w + 2 * reach,
        h: box.h + 2 * reach,
      };
      return g.loop ? !overlaps(g.loop, near) : !pieces(g).some((l) => crosses(l, near));
    });
    expect(far.map((e) => e.id)).toEqual([]);
  });

  // A label a few pixels from its edge and a few more from another is read as the other's: in the
  // wide figure, SYN-SENT's CLOSE sat on LISTEN's SEND edge and SEND on SYN-SENT's edge to
  // SYN-RECEIVED. In the tall one the column is narrow: the simultaneous open's label, between
  // its edge and LISTEN's SEND edge, has nowhere with 3 px more to the other (2.6 at best).
  it('sit nearer their own edge than any other', async () => {
    const labels = edgeLabels(figure, await loadCatalogue(lang));
    const crowded = figure === PROJECTOR_FIGURE ? ['SYN-SENT--rcv-syn'] : [];
    const wrong: string[] = [];
    for (const edge of FIGURE_5) {
      const box = labels.get(edge.id)?.box;
      const own = GEOMETRY.get(edge.id);
      if (!box || !own || crowded.includes(edge.id)) continue;
      const mine = gap(own, box);
      for (const other of FIGURE_5) {
        // The edge back (LISTEN's CLOSE beside CLOSED's passive OPEN) is drawn along the same line.
        if (other.id === edge.id || (other.from === edge.to && other.to === edge.from)) continue;
        const g = GEOMETRY.get(other.id);
        if (g && gap(g, box) < mine + 3) wrong.push(`${edge.id} is as near ${other.id}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('cover no state and no label of Figure 5; Figure 5’s cross no other edge', async () => {
    const t: Catalogue = await loadCatalogue(lang);
    const labels = edgeLabels(figure, t);
    const nodes = (Object.keys(figure.nodes) as NodeId[]).map((id) => nodeBox(figure, id));
    const wrong: string[] = [];
    const drawn = FIGURE_5.map((e) => labels.get(e.id)).filter((l) => l !== undefined);
    for (const edge of TCP_TRANSITIONS) {
      const label = labels.get(edge.id);
      if (!label) continue;
      if (!inside(label.box)) wrong.push(`${edge.id} leaves the figure`);
      if (nodes.some((n) => overlaps(label.box, n))) wrong.push(`${edge.id} covers a state`);
      // A §3.10 edge is drawn only while taken: its label may cross a line of the figure (it
      // is drawn over it, on a halo), but not a state or a label.
      for (const other of edge.inFigure5 ? FIGURE_5 : []) {
        const g = GEOMETRY.get(other.id);
        if (other.id !== edge.id && g && pieces(g).some((l) => crosses(l, label.box))) {
          wrong.push(`${edge.id} crosses ${other.id}`);
        }
      }
      for (const other of drawn) {
        if (other.id !== edge.id && overlaps(label.box, other.box)) {
          wrong.push(`${edge.id} covers the label of ${other.id}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

// A RST lights two edges at one step: its sender's ABORT and the receiver's rcv RST (as in
// fixtures/captures/reset.pcapng), from whichever states they are in. The two labels must read
// as two: apart by 4 px at least.
describe.each(CASES)('the labels of an ABORT and the RST it sends (%s, %s)', (lang, _n, figure) => {
  it('stand apart, whatever states the two ends left', async () => {
    const labels = edgeLabels(figure, await loadCatalogue(lang));
    const box = (id: string) => labels.get(id)?.box;
    const grown = (b: Box) => ({ x: b.x - 4, y: b.y - 4, w: b.w + 8, h: b.h + 8 });
    const aborts = TCP_TRANSITIONS.filter((e) => e.event === 'abort');
    const resets = TCP_TRANSITIONS.filter((e) => e.event === 'rcv-rst' && e.from !== 'SYN-SENT');
    expect(aborts.map((e) => e.from)).toEqual([
      'ESTABLISHED',
      'FIN-WAIT-1',
      'FIN-WAIT-2',
      'CLOSE-WAIT',
    ]);
    // Both ends in one state: ESTABLISHED, or FIN-WAIT-1 (a simultaneous close); never both in
    // CLOSE-WAIT or FIN-WAIT-2, which each need the other end's FIN before its own.
    const together = (a: TcpTransition, r: TcpTransition) =>
      a.from !== r.from || a.from === 'ESTABLISHED' || a.from === 'FIN-WAIT-1';
    const wrong: string[] = [];
    for (const a of aborts) {
      for (const r of resets.filter((e) => together(a, e))) {
        const ab = box(a.id);
        const rb = box(r.id);
        if (!ab || !rb || overlaps(grown(ab), rb)) wrong.push(`${a.id} on ${r.id}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  // Both drawn from the same state to the same CLOSED: side by side, not one over the other.
  it('draw the two edges from one state apart', () => {
    const geometry = edgeGeometries(figure, TCP_TRANSITIONS);
    for (const from of ['ESTABLISHED', 'FIN-WAIT-1'] as const) {
      const a = geometry.get(`${from}--abort`)?.line;
      const r = geometry.get(`${from}--rcv-rst`)?.line;
      if (!a || !r) throw new Error(`no line from ${from}`);
      expect(Math.hypot(a.x1 - r.x1, a.y1 - r.y1)).toBeGreaterThanOrEqual(4);
      expect(Math.hypot(a.x2 - r.x2, a.y2 - r.y2)).toBeGreaterThanOrEqual(4);
    }
  });
});

describe.each(ARRANGEMENTS)('the state diagram’s edges and markers (%s)', (_name, figure) => {
  const GEOMETRY = edgeGeometries(figure, TCP_TRANSITIONS);
  const ids = Object.keys(figure.nodes) as NodeId[];

  // Figure 5's edges, and the §3.10 edge of Note 2 (FIN and ACK of FIN at once), which a Linux
  // teardown takes every time. (A reset's or a timeout's edge to CLOSED still runs through a state
  // in places: drawn only when taken, rarely.)
  it('run through no state but the two they join', () => {
    const wrong: string[] = [];
    for (const edge of ALWAYS_DRAWN) {
      const g = GEOMETRY.get(edge.id);
      if (!g) continue;
      const ends = new Set<NodeId>([edge.from, targetNode(edge.from, edge.to)]);
      for (const id of ids) {
        if (!ends.has(id) && pieces(g).some((l) => crosses(l, nodeBox(figure, id))))
          wrong.push(`${edge.id} through ${id}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  // An arrowhead under a marker hides which way the edge goes: the last 12 px of every edge of
  // Figure 5 (and Note 2's) stay clear of the markers, one or two, on every state. One exception:
  // in the tall figure, both ends in the final CLOSED (every scenario's end), the second marker's
  // rim reaches within 0.7 px of the Timeout=2MSL arrow where it arrives; the figure's right edge
  // leaves no room on the right, and the label under the arrow none below.
  it('put no endpoint marker on an arrowhead', () => {
    // Each edge's head: the last 12 px of its last piece.
    const heads = ALWAYS_DRAWN.flatMap((edge) => {
      const last = pieces(GEOMETRY.get(edge.id) as EdgeGeometry).at(-1);
      if (!last) return [];
      const f = Math.max(0, 1 - 12 / Math.hypot(last.x2 - last.x1, last.y2 - last.y1));
      const x1 = last.x1 + (last.x2 - last.x1) * f;
      const y1 = last.y1 + (last.y2 - last.y1) * f;
      return [{ id: edge.id, head: { x1, y1, x2: last.x2, y2: last.y2 } }];
    });
    const wrong: string[] = [];
    for (const id of ids) {
      for (const count of [1, 2]) {
        if (figure === PROJECTOR_FIGURE && id === 'CLOSED-END' && count === 2) continue;
        for (const c of markerCentres(figure, id, count)) {
          for (const { id: edge, head } of heads) {
            if (pointToLine(c.x, c.y, head) < figure.markerR + 1)
              wrong.push(`${id} (${count}) on ${edge}`);
          }
        }
      }
    }
    expect([...new Set(wrong)]).toEqual([]);
  });

  // TIME-WAIT answering a repeated FIN stays where it is: its loop must come back into the state.
  // It ended heading sideways, its head pointing into empty space.
  it('bring the self-loop back up into its state', () => {
    const g = GEOMETRY.get('TIME-WAIT--rcv-fin');
    const numbers = g?.path.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
    const [x0, y0, , , dx2, dy2, dx, dy] = numbers as [number, ...number[]];
    expect(numbers).toHaveLength(8);
    const box = nodeBox(figure, 'TIME-WAIT');
    const end = { x: x0 + (dx ?? 0), y: (y0 ?? 0) + (dy ?? 0) };
    const toEnd = { x: (dx ?? 0) - (dx2 ?? 0), y: (dy ?? 0) - (dy2 ?? 0) };
    expect(end.y).toBeLessThanOrEqual(box.y + box.h + 1);
    expect(end.x).toBeGreaterThan(box.x);
    expect(end.x).toBeLessThan(box.x + box.w);
    // Heading up at its end: the head points into the box.
    expect(toEnd.y).toBeLessThan(0);
    expect(Math.abs(toEnd.x)).toBeLessThan(Math.abs(toEnd.y) / 4);
  });

  // A marker on the name hides its first or last letter (SYN-RECEIVED, ESTABLISHED on a phone).
  // The name's box: as wide as its monospace letters (0.6 em each), its capitals centred
  // (StateDiagram.tsx sets the baseline 0.35 em below the middle).
  it('put no endpoint marker on a state’s name', () => {
    const wrong: string[] = [];
    for (const id of ids) {
      const n = figure.nodes[id];
      const w = n.state.length * 0.6 * figure.nodeFont;
      const h = 0.7 * figure.nodeFont;
      const name = { x: n.x - w / 2, y: n.y - h / 2, w, h };
      for (const count of [1, 2]) {
        for (const c of markerCentres(figure, id, count)) {
          const dx = Math.max(name.x - c.x, 0, c.x - name.x - name.w);
          const dy = Math.max(name.y - c.y, 0, c.y - name.y - name.h);
          if (Math.hypot(dx, dy) < figure.markerR) wrong.push(`${id} (${count})`);
        }
      }
    }
    expect([...new Set(wrong)]).toEqual([]);
  });

  // The tall arrangement's first CLOSED is at the figure's top: its marker, moved out along its
  // corner's diagonal to clear the name, lost its top third past the edge (用 on a phone). Two
  // markers side by side at a left corner of the tall figure (both ends in SYN-RECEIVED after a
  // simultaneous open, or in FIN-WAIT-2) reached past its left edge, by up to 17 units.
  it('keep every endpoint marker whole within the figure', () => {
    const wrong: string[] = [];
    const r = figure.markerR;
    for (const id of ids)
      for (const count of [1, 2])
        for (const c of markerCentres(figure, id, count)) {
          if (c.x - r < 0 || c.x + r > figure.viewW || c.y - r < 0 || c.y + r > figure.viewH)
            wrong.push(`${id} (${count}) at ${c.x.toFixed(1)},${c.y.toFixed(1)}`);
        }
    expect(wrong).toEqual([]);
  });

  // On Figure 5's labels, always drawn, and Note 2's.
  it('put no endpoint marker on a label, in any language', async () => {
    const wrong: string[] = [];
    for (const lang of LANGUAGES.map((l) => l.code)) {
      const labels = [...edgeLabels(figure, await loadCatalogue(lang)).values()].filter((l) =>
        ALWAYS_DRAWN.some((e) => e.id === l.id),
      );
      for (const id of ids) {
        for (const count of [1, 2]) {
          for (const c of markerCentres(figure, id, count)) {
            const r = figure.markerR;
            const box = { x: c.x - r, y: c.y - r, w: 2 * r, h: 2 * r };
            for (const l of labels)
              if (overlaps(box, l.box)) wrong.push(`${lang}: ${id} (${count}) on ${l.id}`);
          }
        }
      }
    }
    expect([...new Set(wrong)]).toEqual([]);
  });
});

describe('the geometry checks', () => {
  it('tell a line through a box from one beside it', () => {
    const box = { x: 10, y: 10, w: 10, h: 10 };
    expect(crosses({ x1: 0, y1: 15, x2: 30, y2: 15 }, box)).toBe(true);
    expect(crosses({ x1: 0, y1: 25, x2: 30, y2: 25 }, box)).toBe(false);
    expect(crosses({ x1: 0, y1: 0, x2: 9, y2: 30 }, box)).toBe(false);
    expect(overlaps(box, { x: 19, y: 19, w: 5, h: 5 })).toBe(true);
    expect(overlaps(box, { x: 20, y: 0, w: 5, h: 5 })).toBe(false);
  });
});
