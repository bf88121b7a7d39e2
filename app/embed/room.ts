/**
 * Which steps' words the embed lays out unseen in the explanation's place (ExplanationRoom.tsx),
 * so that its box is as tall as the tallest of them, at whatever width and in whatever language
 * the layout has, and the height the embed posts (useAutoSize.ts) stays put while a student
 * steps: a course page under the frame would otherwise jump at each press, by up to 130 px on a
 * phone. The browser finds the tallest; this only keeps the copies few. Pure: the words in, the
 * steps to copy out.
 */
import { textEm } from '../timeline/labelText';

/** The most copies laid out: a canned scenario's steps say at most a few dozen different things. */
export const ROOM_COPIES = 32;
/**
 * Above this many steps (a scenario of one's own, a long transfer) none are copied: describing
 * them all would take longer than a step should, and no class steps through them one by one.
 */
export const ROOM_STEPS = 600;
/**
 * What a paragraph costs beside its text, in em: its last line, on average half empty, and the
 * space after it. A step of more, shorter paragraphs can be the taller one.
 */
const PARAGRAPH_EM = 12;

/** How much room a step's paragraphs take, in em of text on one line (`textEm`). */
export function wordsExtent(paragraphs: readonly string[]): number {
  let em = 0;
  for (const p of paragraphs) em += textEm(p) + PARAGRAPH_EM;
  return em;
}

/**
 * The steps whose words to copy, in order, given each step's paragraphs: one step for each
 * different set of words, and of more than `limit` of them the `limit` that take most room by
 * `wordsExtent` (the text's length stands for its height, which only the layout knows).
 */
export function roomSteps(words: readonly (readonly string[])[], limit = ROOM_COPIES): number[] {
  const seen = new Set<string>();
  const distinct: number[] = [];
  words.forEach((paragraphs, k) => {
    const key = JSON.stringify(paragraphs);
    if (seen.has(key)) return;
    seen.add(key);
    distinct.push(k);
  });
  if (distinct.length <= limit) return distinct;
  const extent = new Map(distinct.map((k) => [k, wordsExtent(words[k] ?? [])]));
  return [...distinct]
    .sort((a, b) => (extent.get(b) ?? 0) - (extent.get(a) ?? 0) || a - b)
    .slice(0, limit)
    .sort((a, b) => a - b);
}
