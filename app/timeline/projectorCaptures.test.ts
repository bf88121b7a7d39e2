/**
 * Projector mode's sequence diagram of a capture, at the classroom's screens: 1280×720 and
 * 1024×768, whose diagram is 728 and 480 px wide, and 1920×1080's 928 (measured in Chromium,
 * `?projector=1`). A capture's arrows are level, each at its captured time, all within a
 * millisecond on loopback; nobody in the room can hover an arrow for its tooltip, so a label left
 * out is lost to them.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../strings';
import { captureTimeline } from '../test-support/fixtures';
import { projectorPlacements } from '../test-support/placements';
import { boxesOverlap, glyphBox, type LabelBox, lineCrosses } from './geometry';
import { headingsBottom } from './layout';

/** The diagram's width in projector mode, measured in the browser at each screen size. */
const SCREENS = { '1280×720': 728, '1024×768': 480, '1920×1080': 928 } as const;

/** The fixture captures of one connection each, as a class would open them. */
const CAPTURES = [
  'get.pcapng',
  'post-form.pcapng',
  'redirect-301.pcapng',
  'not-found-404.pcapng',
  'keep-alive.pcapng',
  'connection-close.pcapng',
  'http-1.0.pcapng',
  'reset.pcapng',
  'retransmission-rto.pcapng',
  'retransmission-sack.pcapng',
  'mid-connection.pcapng',
  'ipv6.pcapng',
] as const;

/** How far a label's box reaches, across the page and down it. */
function reachOf(box: LabelBox): { left: number; right: number; top: number; bottom: number } {
  const across = box.hw * Math.abs(box.ux) + box.hh * Math.abs(box.uy);
  const down = box.hw * Math.abs(box.uy) + box.hh * Math.abs(box.ux);
  return {
    left: box.cx - across,
    right: box.cx + across,
    top: box.cy - down,
    bottom: box.cy + down,
  };
}

type Fault =
  | 'left out'
  | 'over a label'
  | 'over a state tag'
  | 'across another arrow'
  | 'cut off'
  | 'over the lanes’ names';

/** What is wrong with the labels of `file` at each step, as `step: label: what`. */
async function faults(
  file: string,
  width: number,
  lang: (typeof LANGUAGES)[number]['code'],
  kinds: readonly Fault[],
) {
  const { layout, steps } = await projectorPlacements(captureTimeline(file), width, lang);
  const found: string[] = [];
  for (const { step, shown, hidden, obstacles, lines } of steps) {
    const say = (label: string, fault: Fault, what: string = fault) => {
      if (kinds.includes(fault)) found.push(`${step.index}: ${label}: ${what}`);
    };
    for (const a of hidden) say(a.label, 'left out');
    shown.forEach(({ a, box }, i) => {
      if (shown.slice(0, i).some((o) => boxesOverlap(o.box, box))) say(a.label, 'over a label');
      if (obstacles.some((o) => boxesOverlap(o, box))) say(a.label, 'over a state tag');
      const glyphs = glyphBox(box);
      if (lines.some((l) => l.segment !== a.seg.id && lineCrosses(glyphs, l.x1, l.y1, l.x2, l.y2)))
        say(a.label, 'across another arrow');
      const { left, right, top, bottom } = reachOf(box);
      if (left < 0 || right > width) say(a.label, 'cut off', 'cut off at the side');
      if (bottom > layout.scale.height) say(a.label, 'cut off', 'cut off at the bottom');
      if (top < headingsBottom(layout.narrow)) say(a.label, 'over the lanes’ names');
    });
  }
  return found;
}

const CASES = Object.entries(SCREENS).flatMap(([screen, width]) =>
  CAPTURES.map((file) => [file, screen, width] as const),
);

describe('projector mode: a capture’s labels at the classroom’s screen sizes', () => {
  // The lanes are closer than a label on one line is long: written on two lines or more, a label
  // needs as many lines' height over its level arrow. Each moment had one line's, and the labels
  // ran through the arrow above, or were left out (every [ACK] at 1280×720), or were pushed
  // under the last arrow, past the diagram's bottom.
  it.each(CASES)(
    '%s at %s: every label shown, off the others, the state tags, the other arrows and the edges',
    async (file, _, width) => {
      const kinds = [
        'left out',
        'over a label',
        'over a state tag',
        'across another arrow',
        'cut off',
      ] as const;
      for (const lang of LANGUAGES.map((l) => l.code)) {
        expect(await faults(file, width, lang, kinds), lang).toEqual([]);
      }
    },
  );

  // The first arrow was 56 px down, and its label, on two lines over it, ran over the lanes'
  // names and addresses and past the diagram's top ("[SYN]" / "Seq=0 Len=0" at 1280×720).
  it.each(CASES)(
    '%s at %s: no label over the lanes’ names and addresses',
    async (file, _, width) => {
      for (const lang of LANGUAGES.map((l) => l.code)) {
        expect(await faults(file, width, lang, ['over the lanes’ names']), lang).toEqual([]);
      }
    },
  );

  // The now line and the state tags are drawn at a step's moment: an arrow drawn lower than its
  // own (pushed by the one before from its side, or by a stack before it) is not level with them.
  it.each(CASES)(
    '%s at %s: each arrow at its moment, but under one its side sent at the same instant',
    async (file, _, width) => {
      const timeline = captureTimeline(file);
      const { layout, arrows } = await projectorPlacements(timeline, width, 'en');
      const stacked = (a: (typeof arrows)[number]) =>
        timeline.segments.some(
          (s) => s.id < a.seg.id && s.from === a.seg.from && s.sentAt === a.seg.sentAt,
        );
      const off = arrows
        .filter((a) => !stacked(a) && Math.abs(a.y1 - layout.scale.y(a.seg.sentAt)) > 0.5)
        .map((a) => `${a.label}: ${a.y1 - layout.scale.y(a.seg.sentAt)} px under its moment`);
      expect(off).toEqual([]);
    },
  );
});
