/**
 * A canned scenario's labels placed at every step as StepLayer places them on the page (not in
 * projector mode): off the other arrows' lines and packets at rest, for the sweeps of the label
 * tests (lines.test.ts, packet.test.ts).
 */
import type { Profile, Step } from '../model';
import { loadCatalogue } from '../strings';
import {
  type ArrowGeometry,
  arrowGeometry,
  type DrawnLine,
  drawnLines,
  LABEL_LIFT,
  LABEL_LINE_EM,
  LABEL_PX,
  type LabelBox,
  type LabelPlace,
  labelBox,
  labelChars,
  placeLabels,
} from '../timeline/geometry';
import { type DiagramLayout, diagramLayout } from '../timeline/layout';
import { PACKET_SIZES, restingPackets } from '../timeline/packet';
import { timelineOf } from './fixtures';

export interface PlacedStep {
  step: Step;
  /** The segments the step sends and the one it receives. */
  current: ReadonlySet<number>;
  packets: ReturnType<typeof restingPackets>;
  lines: DrawnLine[];
  /** Each drawn label shown: its arrow, and its box where it is placed. */
  labels: { a: ArrowGeometry; box: LabelBox }[];
}

export async function pagePlacements(
  id: string,
  profile: Profile,
  width: number,
): Promise<{
  layout: DiagramLayout;
  arrowOf: (segment: number) => ArrowGeometry | undefined;
  steps: PlacedStep[];
}> {
  const t = await loadCatalogue('en');
  const timeline = timelineOf(id, profile);
  const layout = diagramLayout(timeline, width, false, false);
  const arrows = arrowGeometry(timeline, layout.scale, layout.lanes, 'relative', layout.stacking);
  const chars = labelChars(
    arrows,
    layout.narrow,
    t['diagram.retransmission'],
    t['diagram.oldDuplicate'],
  );
  const arrowOf = (segment: number) => arrows.find((a) => a.seg.id === segment);
  const fontPx = LABEL_PX.page;
  const steps = timeline.steps.map((step) => {
    const drawn = (a: ArrowGeometry) => a.sendStep <= step.index;
    const current = new Set([
      ...step.segmentsOut,
      ...(step.segmentIn === null ? [] : [step.segmentIn]),
    ]);
    const packets = restingPackets(step, arrowOf, t['diagram.data'], PACKET_SIZES.page);
    const lines = drawnLines(arrows, step.index);
    const places: LabelPlace[] = placeLabels(arrows, drawn, current, {
      fontPx,
      chars,
      packets,
      lines,
    });
    const labels = arrows.flatMap((a, i) => {
      const place = places[i];
      if (!drawn(a) || !place?.show) return [];
      const w = (chars[i] ?? a.label.length) * fontPx * 0.6 + 4;
      return [{ a, box: labelBox(a, place.at, w, fontPx * LABEL_LINE_EM, LABEL_LIFT) }];
    });
    return { step, current, packets, lines, labels };
  });
  return { layout, arrowOf, steps };
}
