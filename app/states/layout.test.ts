import { describe, expect, it } from 'vitest';
import { TCP_TRANSITIONS } from '../model';
import { type Catalogue, LANGUAGES, loadCatalogue } from '../strings';
import {
  type Box,
  crosses,
  edgeGeometries,
  NODES,
  type NodeId,
  nodeBox,
  overlaps,
  VIEW_H,
  VIEW_W,
} from './layout';
import { edgeLabels } from './StateDiagram';

const GEOMETRY = edgeGeometries(TCP_TRANSITIONS);
const FIGURE_5 = TCP_TRANSITIONS.filter((edge) => edge.inFigure5);
const inside = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.w <= VIEW_W && b.y + b.h <= VIEW_H;

describe.each(LANGUAGES.map((l) => l.code))('the state diagram’s edge labels (%s)', (lang) => {
  it('label every edge of Figure 5 with its event and what it sends', async () => {
    const labels = edgeLabels(await loadCatalogue(lang));
    expect(labels.get('LISTEN--rcv-syn')?.lines).toEqual(['rcv SYN', 'snd SYN,ACK']);
    expect(labels.get('SYN-RECEIVED--rcv-ack-of-syn')?.lines).toEqual(['rcv ACK of SYN']);
    for (const edge of FIGURE_5) expect(labels.has(edge.id), edge.id).toBe(true);
  });

  it('overlap no state and no other label; Figure 5’s cross no other edge', async () => {
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
