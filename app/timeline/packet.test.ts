import { describe, expect, it } from 'vitest';
import { type Profile, SCENARIO_IDS } from '../model';
import { captureTimeline, timelineOf } from '../test-support/fixtures';
import { pagePlacements } from '../test-support/placements';
import {
  type ArrowGeometry,
  arrowGeometry,
  boxesOverlap,
  type LabelBox,
  placeLabels,
} from './geometry';
import { diagramLayout } from './layout';
import { movingPackets, packetPath } from './packet';

/**
 * Every drawn label that covers a packet at rest, its own arrow's included, as `step: label`, at
 * every step of a canned scenario, placed as StepLayer places them at a diagram `width` px wide.
 * (A packet turned with its arrow and 13 px tall clears its own label, lifted 9 px over the arrow.)
 */
async function coveredPackets(id: string, profile: Profile, width: number): Promise<string[]> {
  const covered: string[] = [];
  for (const { step, packets, labels } of (await pagePlacements(id, profile, width)).steps) {
    for (const { a, box } of labels) {
      for (const p of packets)
        if (boxesOverlap(p.box, box)) covered.push(`${step.index}: ${a.label}`);
    }
  }
  return covered;
}

describe('a packet at rest', () => {
  it('stops short of the receiver on arrival, and half way when sent or lost', () => {
    const timeline = timelineOf('get');
    const layout = diagramLayout(timeline, 620, false, false);
    const [syn] = arrowGeometry(timeline, layout.scale, layout.lanes, 'relative', layout.stacking);
    if (!syn) throw new Error('get has a SYN');
    expect(packetPath(syn, 'send', 0)).toEqual({
      from: { x: syn.x1, y: syn.y1 },
      to: { x: syn.xm, y: syn.ym },
    });
    const arrival = packetPath(syn, 'receive', 0);
    expect(arrival.from).toEqual({ x: syn.xm, y: syn.ym });
    expect(arrival.to.x).toBeCloseTo(syn.x1 + (syn.x2 - syn.x1) * 0.86);
  });

  it('travels a little under its arrow, clear of the label over it', () => {
    const level = { x1: 0, y1: 100, x2: 400, y2: 100, xm: 200, ym: 100, angle: 0, lost: false };
    const a = level as ArrowGeometry;
    expect(packetPath(a, 'send', 2.5).to).toEqual({ x: 200, y: 102.5 });
    // Right to left, the label reads left to right all the same: under is still down the page.
    const back = { ...level, x1: 400, x2: 0 } as ArrowGeometry;
    expect(packetPath(back, 'send', 2.5).to.y).toBeCloseTo(102.5);
  });

  // why-time-wait's last ACK dies near the server (the second after it is compressed): sent, it
  // waited there, looking delivered.
  it('waits half way along the part of a lost arrow drawn, and dies where it ends', () => {
    const lost = {
      x1: 0,
      y1: 100,
      x2: 400,
      y2: 104,
      xm: 390,
      ym: 103.9,
      angle: 0,
      lost: true,
    } as ArrowGeometry;
    expect(packetPath(lost, 'send', 0).to).toEqual({ x: 195, y: 101.95 });
    expect(packetPath(lost, 'lost', 0)).toEqual({
      from: { x: 195, y: 101.95 },
      to: { x: 390, y: 103.9 },
    });
  });

  it('is each segment a step sends, and the one it receives', () => {
    const timeline = timelineOf('get');
    const layout = diagramLayout(timeline, 620, false, false);
    const arrows = arrowGeometry(timeline, layout.scale, layout.lanes, 'relative', layout.stacking);
    const arrowOf = (segment: number) => arrows.find((a) => a.seg.id === segment);
    for (const step of timeline.steps) {
      const moving = movingPackets(step, arrowOf);
      const ids = new Set([
        ...step.segmentsOut,
        ...(step.segmentIn === null ? [] : [step.segmentIn]),
      ]);
      expect(moving.map((m) => m.a.seg.id).sort()).toEqual([...ids].sort());
    }
  });

  // fixtures/captures/reset.pcapng: the server's RST is sent and seen at one step, and takes no
  // time. Sent, its packet rested on the server's lane, over the server's new state, CLOSED.
  it('lands, when the step that sends it also receives it (a captured segment)', () => {
    const timeline = captureTimeline('reset.pcapng');
    const layout = diagramLayout(timeline, 620, false, false);
    const arrows = arrowGeometry(timeline, layout.scale, layout.lanes, 'relative', layout.stacking);
    const rst = arrows.find((a) => a.seg.flags.includes('RST'));
    const step = timeline.steps.find((s) => s.segmentIn === rst?.seg.id);
    if (!rst || !step) throw new Error('reset.pcapng has a RST');
    const [packet] = movingPackets(step, (id) => arrows.find((a) => a.seg.id === id));
    expect(packet?.moment).toBe('receive');
    const rest = packetPath(rst, 'receive', 0).to;
    expect(rest.x).toBeCloseTo(rst.x1 + (rst.x2 - rst.x1) * 0.86);
  });

  // The 404's step 20: the client receives the ACK of the request while the server's response is
  // on its way just under it; at rest, the ACK's packet sat on the start of the response's label.
  it('moves another arrow’s label off it, and not its own', () => {
    const level = (y: number, id: number): ArrowGeometry => ({
      seg: { id } as ArrowGeometry['seg'],
      x1: 400,
      y1: y,
      x2: 0,
      y2: y,
      xm: 200,
      ym: y,
      lost: false,
      angle: 0,
      label: 'x'.repeat(20),
      sendStep: 0,
      endStep: 1,
      past: null,
      expectedAck: null,
    });
    // The label of arrow 1 sits at its middle, 10 px under arrow 0's packet at rest there.
    const arrows = [level(100, 0), level(124, 1)];
    const packet: LabelBox = { cx: 200, cy: 100, hw: 20, hh: 6.5, ux: 1, uy: 0 };
    const room = { fontPx: 10, ems: [20 * 0.6, 20 * 0.6] };
    const all = () => true;
    const without = placeLabels(arrows, all, new Set([0]), room);
    expect(without[1]?.at).toBe(0.5);
    const withIt = placeLabels(arrows, all, new Set([0]), {
      ...room,
      packets: [{ segment: 0, box: packet }],
    });
    expect(withIt[0]?.at).toBe(0.5);
    expect(withIt[1]?.show).toBe(true);
    expect(withIt[1]?.at).not.toBe(0.5);
  });

  // Diagrams of the normal layout at 1280×800 (620 px) and on a phone (358 px, narrow labels).
  // Where keeping a label off a packet would leave a label out, the packet covers it for that
  // step: in four crowded scenarios, at most this many times (any profile, either width).
  const COVER_CAP: Record<string, number> = {
    'page-with-images': 3,
    'why-time-wait': 1,
    'time-wait-cut-short': 1,
    'large-response': 4,
  };
  it.each(
    SCENARIO_IDS.flatMap((id) =>
      (['textbook', 'linux'] as const).flatMap((p) => [620, 358].map((w) => [id, p, w] as const)),
    ),
  )('%s (%s, %i px): no label covers a packet at rest', async (id, p, w) => {
    const covered = await coveredPackets(id, p, w);
    expect(covered.length, covered.join(' | ')).toBeLessThanOrEqual(COVER_CAP[id] ?? 0);
  });
});
