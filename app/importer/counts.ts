/**
 * The chooser's counted words. English writes "1 packet", not "1 packets"; Chinese counts with a
 * measure word in one form, but its words for several ("the first is packet 23") read wrong of
 * one. So a count of one takes its phrase's `.one` words, in every language.
 */
import { fill, type Lang, LIST_GAP } from '../strings';
import type { OtherTraffic } from './capture';
import type { importStrings } from './strings';

type Words = (typeof importStrings)['en'];
type Counted = 'packets' | 'skipped' | 'otherItem';

/** The words of a counted phrase for `count`. */
export function countWords(s: Words, key: Counted, count: number): string {
  return count === 1 ? s[`${key}.one`] : s[key];
}

/** What the capture holds besides TCP, each protocol with its count and its first packet. */
export function otherTrafficText(
  s: Words,
  lang: Lang,
  other: readonly OtherTraffic[],
  n: (x: number) => string,
): string {
  const items = other.map((o) =>
    fill(countWords(s, 'otherItem', o.packets), {
      protocol: o.protocol,
      n: n(o.packets),
      frame: o.firstFrame,
    }),
  );
  return fill(s.otherTraffic, { list: items.join(LIST_GAP[lang]) });
}
