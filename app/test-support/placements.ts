/**
 * A canned scenario's labels placed at every step as StepLayer places them on the page (not in
 * projector mode): off the state tags, the other arrows' lines and packets at rest, for the sweeps
 * of the label tests (lines.test.ts, packet.test.ts, pageTags.test.ts). And any timeline's in
 * projector mode, with everything StepLayer gives placeLabels there (projectorCaptures.test.ts).
 */
import type { Profile, Step, Timeline } from '../model';
import { type Lang, loadCatalogue } from '../strings';
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
  labelWidth,
  placeLabels,
} from '../timeline/geometry';
import { type LabelText, labelEm, textEm } from '../timeline/labelText';
import {
  breakBoxes,
  type DiagramLayout,
  diagramLayout,
  labelMarks,
  stateTags,
  tagBoxes,
} from '../timeline/layout';
import { PACKET_SIZES, restingPackets } from '../timeline/packet';
import { timelineOf } from './fixtures';

export interface PlacedStep {
  step: Step;
  /** The segments the step sends and the one it receives. */
  current: ReadonlySet<number>;
  packets: ReturnType<typeof restingPackets>;
  lines: DrawnLine[];
  /**
   * Each drawn label shown: its arrow, its box where it is placed, whether it is plated (a line
   * runs through it) and whether it is near a plate (`LabelPlace`).
   */
  labels: { a: ArrowGeometry; box: LabelBox; plated: boolean; underPlate: boolean }[];
  /** The drawn arrows whose labels are left out. */
  hidden: ArrowGeometry[];
  /** The boxes of the state tags shown beside the lanes. */
  tags: LabelBox[];
}

/**
 * A canned scenario's labels (or a timeline's: a workshop's) placed at every step as StepLayer
 * places them on the page, in a diagram `width` px wide, with the marks written in `lang`.
 */
export async function pagePlacements(
  id: string | Timeline,
  profile: Profile,
  width: number,
  lang: Lang = 'en',
): Promise<{
  layout: DiagramLayout;
  arrowOf: (segment: number) => ArrowGeometry | undefined;
  steps: PlacedStep[];
}> {
  const t = await loadCatalogue(lang);
  const timeline = typeof id === 'string' ? timelineOf(id, profile) : id;
  const layout = diagramLayout(timeline, width, false, false);
  const arrows = arrowGeometry(timeline, layout.scale, layout.lanes, 'relative', layout.stacking);
  const marks = labelMarks(layout, {
    retx: t['diagram.retransmission'],
    old: t['diagram.oldDuplicate'],
  });
  const ems = arrows.map((a) => labelEm(a, marks));
  const arrowOf = (segment: number) => arrows.find((a) => a.seg.id === segment);
  const fontPx = LABEL_PX.page;
  // Beside a narrow diagram's lanes there is no room for the state tags: none are drawn.
  const drawnTags = layout.narrow ? [] : stateTags(timeline, layout.scale, 15, arrows);
  const steps = timeline.steps.map((step) => {
    const tags = tagBoxes(drawnTags, layout.lanes, step.index, layout.tagPx);
    const drawn = (a: ArrowGeometry) => a.sendStep <= step.index;
    const current = new Set([
      ...step.segmentsOut,
      ...(step.segmentIn === null ? [] : [step.segmentIn]),
    ]);
    const packets = restingPackets(step, arrowOf, t['diagram.data'], PACKET_SIZES.page);
    const lines = drawnLines(arrows, step.index);
    const places: LabelPlace[] = placeLabels(arrows, drawn, current, {
      fontPx,
      ems,
      obstacles: tags,
      packets,
      lines,
    });
    const labels = arrows.flatMap((a, i) => {
      const place = places[i];
      if (!drawn(a) || !place?.show) return [];
      const w = labelWidth(ems[i] ?? textEm(a.label), fontPx);
      const box = labelBox(a, place.at, w, fontPx * LABEL_LINE_EM, LABEL_LIFT);
      const { plated, underPlate } = place;
      return [{ a, box, plated, underPlate }];
    });
    const hidden = arrows.filter((a, i) => drawn(a) && !places[i]?.show);
    return { step, current, packets, lines, labels, hidden, tags };
  });
  return { layout, arrowOf, steps };
}

/** One step's labels in projector mode, and what they were to keep off. */
export interface ProjectorStep {
  step: Step;
  /** Each drawn label shown: its arrow, and its box where it is placed. */
  shown: { a: ArrowGeometry; box: LabelBox }[];
  /** The drawn arrows whose labels are left out. */
  hidden: ArrowGeometry[];
  /** The state tags shown and the compressed stretches, which no label may cover. */
  obstacles: LabelBox[];
  lines: DrawnLine[];
}

/**
 * A timeline's labels placed at every step as StepLayer places them in projector mode, in a
 * diagram `width` px wide: 24 px, under an arrow where over it is taken, on two lines where one
 * does not fit, between the lanes where they can be (only there, where they are close and the
 * timeline is no capture: `DiagramLayout.onlyBetween`), off the state tags, the compressed
 * stretches, the other arrows' lines and the packets at rest.
 */
export async function projectorPlacements(
  timeline: Timeline,
  width: number,
  lang: Lang,
): Promise<{ layout: DiagramLayout; arrows: ArrowGeometry[]; steps: ProjectorStep[] }> {
  const t = await loadCatalogue(lang);
  const old = t['diagram.oldDuplicate'];
  const words = { mode: 'relative', retx: t['diagram.retransmission'], old } as const;
  const layout = diagramLayout(timeline, width, false, true, words);
  // Where the lanes are close, a retransmission is marked by ↻ alone, as StepLayer draws it.
  const marks = labelMarks(layout, words);
  const arrows = arrowGeometry(timeline, layout.scale, layout.lanes, 'relative', layout.stacking);
  const ems = arrows.map((a) => labelEm(a, marks));
  const rowsOf = (a: LabelText) => layout.splitRows[a.seg.id] ?? 2;
  const splitRows = arrows.map(rowsOf);
  const splitEms = arrows.map((a) => labelEm(a, marks, rowsOf(a)));
  // Beside a narrow diagram's lanes there is no room for the state tags: none are drawn.
  const tags = layout.narrow ? [] : stateTags(timeline, layout.scale, 28);
  const arrowOf = (segment: number) => arrows.find((a) => a.seg.id === segment);
  const steps = timeline.steps.map((step) => {
    const drawn = (a: ArrowGeometry) => a.sendStep <= step.index;
    const current = new Set([
      ...step.segmentsOut,
      ...(step.segmentIn === null ? [] : [step.segmentIn]),
    ]);
    const obstacles = [
      ...tagBoxes(tags, layout.lanes, step.index, layout.tagPx),
      ...breakBoxes(layout.scale.breaks, layout.lanes),
    ];
    const lines = drawnLines(arrows, step.index);
    const places = placeLabels(arrows, drawn, current, {
      fontPx: LABEL_PX.projector,
      ems,
      splitEms,
      splitRows,
      below: true,
      obstacles,
      packets: restingPackets(step, arrowOf, t['diagram.data'], PACKET_SIZES.projector),
      lines,
      between: layout.lanes,
      onlyBetween: layout.onlyBetween,
      edges: { left: 0, right: layout.width },
    });
    const shown: ProjectorStep['shown'] = [];
    const hidden: ArrowGeometry[] = [];
    arrows.forEach((a, i) => {
      const place = places[i];
      if (!drawn(a)) return;
      if (!place?.show) {
        hidden.push(a);
        return;
      }
      const em = (place.split ? splitEms[i] : ems[i]) ?? textEm(a.label);
      const rows = place.split ? rowsOf(a) : 1;
      const w = labelWidth(em, LABEL_PX.projector);
      const h = rows * LABEL_PX.projector * LABEL_LINE_EM;
      shown.push({ a, box: labelBox(a, place.at, w, h, LABEL_LIFT, place.below) });
    });
    return { step, shown, hidden, obstacles, lines };
  });
  return { layout, arrows, steps };
}
