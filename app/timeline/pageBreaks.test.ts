/**
 * On the page (not projector mode) a label may cross a compressed stretch's band: it is drawn over
 * it, and kept off it would leave 38 to 70 more label-steps out where the workshop drops a
 * segment. At 1280×800 in English, textbook, labels reach into a band at 17 label-steps of
 * lost-segment, 4 of why-time-wait, 42 of get with its first SYN,ACK dropped. What no label and no
 * arrow's line may meet is the stretch's words ("960 ms compressed"), at 1280×800 and 390×844, in
 * every language: an imported capture's level arrow just under a stretch had its label centred
 * under them, and they ran over its top (retransmission-rto.pcapng's resent response, 16
 * label-steps at each width and language); now its moment is a gap under the stretch.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from '../../src/scenarios/ids';
import type { Profile, Timeline } from '../model';
import { format, type Lang, loadCatalogue } from '../strings';
import { formatDuration } from '../strings/intl';
import { captureTimeline, withDrops } from '../test-support/fixtures';
import { pagePlacements } from '../test-support/placements';
import { boxesOverlap, glyphBox, lineCrosses } from './geometry';
import { textEm } from './labelText';
import { breakWordsBox } from './layout';

const WIDTHS = [616, 352] as const;
const PROFILES = ['textbook', 'linux'] as const satisfies readonly Profile[];
const LANGS = ['en', 'zh-CN', 'zh-TW'] as const satisfies readonly Lang[];

/**
 * At every step, as `step: label`: each label whose glyphs meet a stretch's words, each line that
 * runs through them; and how many label-steps reach into a band at all.
 */
async function measure(id: string | Timeline, profile: Profile, width: number, lang: Lang) {
  const t = await loadCatalogue(lang);
  const { layout, steps } = await pagePlacements(id, profile, width, lang);
  const words = layout.scale.breaks.map((b) => {
    const text = format(t, 'diagram.compressed', { duration: formatDuration(lang, b.to - b.from) });
    return breakWordsBox(b, layout.lanes, textEm(text));
  });
  const overWords: string[] = [];
  const struck: string[] = [];
  for (const { step, labels, lines } of steps) {
    for (const { a, box } of labels)
      if (words.some((w) => boxesOverlap(w, glyphBox(box))))
        overWords.push(`${step.index}: ${a.label}`);
    for (const l of lines)
      if (words.some((w) => lineCrosses(w, l.x1, l.y1, l.x2, l.y2)))
        struck.push(`${step.index}: segment ${l.segment}`);
  }
  return { breaks: layout.scale.breaks.length, overWords, struck };
}

/** Every width and language, with its name. */
const EACH = WIDTHS.flatMap((width) =>
  LANGS.map((lang) => ({ width, lang, name: `${width} px ${lang}` })),
);

const SLOW = 120_000;

describe('a compressed stretch’s words on the page, at 1280×800 and 390×844', () => {
  it.each(SCENARIO_IDS)(
    '%s: no label and no line over them',
    async (id) => {
      for (const profile of PROFILES)
        for (const { width, lang, name } of EACH) {
          const m = await measure(id, profile, width, lang);
          expect(m.overWords, `${profile} ${name}`).toEqual([]);
          expect(m.struck, `${profile} ${name}`).toEqual([]);
        }
    },
    SLOW,
  );

  // The workshop's named faults, each a retransmission timeout drawn as a stretch cut short.
  it.each([
    { id: 'get', fault: 'the first SYN,ACK', what: 'syn-ack', from: 'server' },
    { id: 'get', fault: 'the client’s first data segment', what: 'data', from: 'client' },
    { id: 'large-response', fault: 'the server’s FIN', what: 'fin', from: 'server' },
    { id: 'keep-alive', fault: 'the first SYN,ACK', what: 'syn-ack', from: 'server' },
  ] as const)(
    '$id, $fault dropped: no label and no line over them',
    async ({ id, what, from }) => {
      for (const profile of PROFILES) {
        const timeline = withDrops(id, profile, [{ from, what, nth: 1 }]);
        for (const { width, lang, name } of EACH) {
          const m = await measure(timeline, profile, width, lang);
          expect(m.breaks, name).toBeGreaterThan(0);
          expect(m.overWords, `${profile} ${name}`).toEqual([]);
          expect(m.struck, `${profile} ${name}`).toEqual([]);
        }
      }
    },
    SLOW,
  );

  const CAPTURES = readdirSync(resolve(import.meta.dirname, '../../fixtures/captures')).filter(
    (file) => /\.pcap(ng)?$/.test(file),
  );
  it.each(CAPTURES)(
    'capture %s: no label and no line over them',
    async (file) => {
      const timeline = captureTimeline(file);
      for (const { width, lang, name } of EACH) {
        const m = await measure(timeline, 'textbook', width, lang);
        expect(m.overWords, name).toEqual([]);
        expect(m.struck, name).toEqual([]);
      }
    },
    SLOW,
  );

  it('has a capture with a stretch cut short to try', async () => {
    const m = await measure(captureTimeline('retransmission-rto.pcapng'), 'textbook', 616, 'en');
    expect(m.breaks).toBeGreaterThan(0);
  });
});
