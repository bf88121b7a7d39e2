import { describe, expect, it } from 'vitest';
import { TCP_TRANSITIONS } from '../model';
import { type Catalogue, LANGUAGES, loadCatalogue } from '../strings';
import {
  type Box,
  type EdgeGeometry,
  edgeGeometries,
  NODES,
  type NodeId,
  nodeBox,
  VIEW_H,
  VIEW_W,
} from './layout';
import { edgeLabels } from './StateDiagram';

const GEOMETRY = edgeGeometries(TCP_TRANSITIONS);

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
const FIGURE_5 = TCP_TRANSITIONS.filter((edge) => edge.inFigure5);
const inside = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.w <= VIEW_W && b.y + b.h <= VIEW_H;

describe.each(LANGUAGES.map((l) => l.code))('the state diagram’s edge labels (%s)', (lang) => {
  it('label every edge of Figure 5 with its event and what it sends', async () => {
    const labels = edgeLabels(await loadCatalogue(lang));
    expect(labels.get('LISTEN--rcv-syn')?.lines).toEqual(['rcv SYN', 'snd SYN,ACK']);
    expect(labels.get('SYN-RECEIVED--rcv-ack-of-syn')?.lines).toEqual(['rcv ACK of SYN']);
    for (const edge of TCP_TRANSITIONS) expect(labels.has(edge.id), edge.id).toBe(true);
  });

  it('sit beside their own edge', async () => {
    const labels = edgeLabels(await loadCatalogue(lang));
    const far = TCP_TRANSITIONS.filter((edge) => {
      const box = labels.get(edge.id)?.box;
      const g = GEOMETRY.get(edge.id);
      if (!box || !g) return true;
      const near = { x: box.x - 16, y: box.y - 16, w: box.w + 32, h: box.h + 32 };
      return g.line ? !crosses(g.line, near) : !(g.loop && overlaps(g.loop, near));
    });
    expect(far.map((e) => e.id)).toEqual([]);
  });

  it('cover no state and no label of Figure 5; Figure 5’s cross no other edge', async () => {
    const t: Catalogue = await loadCatalogue(lang);
    const labels = edgeLabels(t);
    const nodes = (Object.keys(NODES) as NodeId[]).map(nodeBox);
    const wrong: string[] = [];
    const figure = FIGURE_5.map((e) => labels.get(e.id)).filter((l) => l !== undefined);
    for (const edge of TCP_TRANSITIONS) {
      const label = labels.get(edge.id);
      if (!label) continue;
      if (!inside(label.box)) wrong.push(`${edge.id} leaves the figure`);
      if (nodes.some((n) => overlaps(label.box, n))) wrong.push(`${edge.id} covers a state`);
      // A §3.10 edge is drawn only while taken: its label may cross a line of the figure (it
      // is drawn over it, on a halo), but not a state or a label.
      for (const other of edge.inFigure5 ? FIGURE_5 : []) {
        const line = GEOMETRY.get(other.id)?.line;
        if (other.id !== edge.id && line && crosses(line, label.box)) {
          wrong.push(`${edge.id} crosses ${other.id}`);
        }
      }
      for (const other of figure) {
        if (other.id !== edge.id && overlaps(label.box, other.box)) {
          wrong.push(`${edge.id} covers the label of ${other.id}`);
        }
      }
    }
    expect(wrong).toEqual([]);
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
