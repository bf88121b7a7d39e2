/**
 * Projector mode's sequence diagram of every canned scenario on a classroom's projector of
 * 1280×720, whose diagram is 728 px wide (measured in Chromium, `?projector=1`). Beside state tags
 * of 24 px its lanes were 220 px apart, closer than a label of 24 px on two lines is long along
 * its slanted arrow: "[PSH, ACK] Seq=1 Ack=1 Len=68" ran past the client's lane, through its line
 * and the tags' column (lost-segment, step 20).
 */
import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from '../../src/scenarios/ids';
import type { Lang } from '../strings';
import { timelineOf } from '../test-support/fixtures';
import { projectorPlacements } from '../test-support/placements';
import { boxesOverlap, LANE_SLACK, type LabelBox } from './geometry';

/** The diagram's width in projector mode at 1280×720, measured in the browser. */
const WIDTH = 728;

const PROFILES = ['textbook', 'linux'] as const;
const LANGS = ['en', 'zh-CN'] as const satisfies readonly Lang[];

/** How far a (turned) label's box reaches across the page. */
function across(box: LabelBox): { left: number; right: number } {
  const half = box.hw * Math.abs(box.ux) + box.hh * Math.abs(box.uy);
  return { left: box.cx - half, right: box.cx + half };
}

/**
 * At every step of a canned scenario: each label drawn across a lane (further past it than
 * `LANE_SLACK`, the corner of its box) and each drawn over another label, as `step: label`, and
 * how many labels are left out. Measured once for the tests below.
 */
const measure = memo(async (id: string, profile: (typeof PROFILES)[number], lang: Lang) => {
  const { layout, steps } = await projectorPlacements(timelineOf(id, profile), WIDTH, lang);
  const left = Math.min(layout.lanes.client, layout.lanes.server) - LANE_SLACK;
  const right = Math.max(layout.lanes.client, layout.lanes.server) + LANE_SLACK;
  const crossing: string[] = [];
  const over: string[] = [];
  let hidden = 0;
  for (const { step, shown, hidden: out } of steps) {
    hidden += out.length;
    shown.forEach(({ a, box }, i) => {
      const reach = across(box);
      // A hundredth of a pixel for the arithmetic of turned boxes.
      if (reach.left < left - 0.01 || reach.right > right + 0.01)
        crossing.push(`${step.index}: ${a.label}`);
      if (shown.slice(0, i).some((o) => boxesOverlap(o.box, box)))
        over.push(`${step.index}: ${a.label}`);
    });
  }
  return { crossing, over, hidden };
});

/** `f`, each of its results kept by its arguments. */
function memo<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  const kept = new Map<string, R>();
  return (...args) => {
    const key = args.join(' ');
    if (!kept.has(key)) kept.set(key, f(...args));
    return kept.get(key) as R;
  };
}

/** Each of `PROFILES` and `LANGS`, with its name. */
const EACH = PROFILES.flatMap((profile) =>
  LANGS.map((lang) => ({ profile, lang, name: `${profile} ${lang}` })),
);

/** Every scenario in both profiles and both languages: a few seconds on a busy machine. */
const SLOW = 60_000;

describe('projector mode at 1280×720: a canned scenario’s labels', () => {
  // The state tags are 18 px there, which moves each lane 43 px out (`TAG_PX` in layout.ts); a
  // retransmission is marked by ↻ alone; a label that fits nowhere between the lanes is left out
  // (`LabelRoom.onlyBetween`), and a current one goes across a lane only where between them it
  // would cover another label. Before, in English, 7851 labels (each counted at every step it
  // showed) reached across a lane.
  it.each(SCENARIO_IDS)(
    '%s: none across a lane, in either profile and language',
    async (id) => {
      for (const { profile, lang, name } of EACH)
        expect((await measure(id, profile, lang)).crossing, name).toEqual(
          ACROSS[`${id} ${profile}`] ?? [],
        );
    },
    SLOW,
  );

  // Before, 12 labels (each counted at every step) were drawn over another in English, 13 in
  // Chinese: a current one that fitted nowhere clear of the others. Now 1 in each.
  it.each(SCENARIO_IDS)(
    '%s: none over another',
    async (id) => {
      for (const { profile, lang, name } of EACH)
        expect((await measure(id, profile, lang)).over, name).toEqual(
          OVER[`${id} ${profile}`] ?? [],
        );
    },
    SLOW,
  );

  // A label kept between the lanes is sometimes left out where, drawn across one, it showed: in
  // the teardown, where FINs and ACKs cross. Measured (the most of either profile and language),
  // a count above these is a regression. Before, in all: 2415 in English, 2366 in Chinese; now
  // 2062 in each; GET's, 7 (textbook) and 4 (linux), now 9 and 10.
  it.each(Object.entries(AT_MOST))(
    '%s: at most %i labels left out',
    async (id, most) => {
      for (const { profile, lang, name } of EACH)
        expect((await measure(id, profile, lang)).hidden, name).toBeLessThanOrEqual(most);
    },
    SLOW,
  );
});

/**
 * What still reaches across a lane, in either language: a last ACK where the FIN it answers,
 * current with it, takes the room between the lanes; over that FIN's label, neither would read.
 */
const ACROSS: Record<string, string[]> = {
  'why-time-wait textbook': ['37: [ACK] Seq=70 Ack=335 Len=0', '40: [ACK] Seq=70 Ack=335 Len=0'],
  'why-time-wait linux': ['39: [ACK] Seq=70 Ack=335 Len=0'],
  'large-response textbook': ['69: [ACK] Seq=59 Ack=18021 Len=0'],
};

/** What is still drawn over another label, in either language. */
const OVER: Record<string, string[]> = {};

/** The labels left out at 1280×720, each counted at every step it is left out at. */
const AT_MOST: Record<string, number> = {
  get: 10,
  'post-form': 10,
  'redirect-301': 20,
  'not-found-404': 10,
  'keep-alive': 19,
  'connection-close': 24,
  'http-1.0': 22,
  'page-with-images': 650,
  'lost-segment': 30,
  'why-three-way': 10,
  'why-time-wait': 18,
  'time-wait-old-segment': 53,
  'time-wait-cut-short': 77,
  'simultaneous-close': 16,
  'large-response': 327,
};
