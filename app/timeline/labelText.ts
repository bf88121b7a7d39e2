/**
 * What an arrow's label says as drawn, line by line, and how long it is: one function each, which
 * the layout (a capture's lines between the lanes), the placement (StepLayer) and the drawing
 * (Arrow.tsx) share, so that what is measured is what is drawn.
 */
import type { Segment } from '../model';

/**
 * What a label is written with besides its segment's numbers: the marks of a retransmission and
 * of an old duplicate, and whether the screen is narrow (its label then has no Len=).
 */
export interface LabelMarks {
  narrow: boolean;
  /** The word after a retransmission's ↻. */
  retx: string;
  /**
   * Whether a retransmission is marked by ↻ alone, without its word, which the legend gives:
   * projector mode's close lanes (`DiagramLayout.close`), where with the word the label fits
   * nowhere between them. On a narrow screen it always is.
   */
  retxAlone: boolean;
  /** The word before an old duplicate's label. */
  old: string;
}

/**
 * What a label's length is counted from: its segment and its text (an arrow's, or a segment's
 * `segmentLabel` before its arrow is drawn: the layout makes room for it).
 */
export interface LabelText {
  seg: Segment;
  label: string;
}

/**
 * The characters drawn a full em wide in the labels' monospace font (diagram.css, `--font-mono`),
 * which the font stack takes from a CJK face (Noto Sans Mono CJK, PingFang, Microsoft YaHei): the
 * Chinese characters, and the full-width punctuation of the CJK Symbols and Punctuation block
 * (、。「」) and the fullwidth forms (，：（）！), East Asian Wide and Fullwidth in Unicode UAX #11. Every other character, in the monospace face, is 0.6 em (DejaVu Sans Mono's
 * 0.602, SF Mono's, Consolas's 0.55).
 */
const WIDE = /[\p{sc=Han}\u3000-\u303f\uff01-\uff60]/u;

/** How wide `text` is drawn in a label, in em: 1 for each wide character (`WIDE`), 0.6 for the rest. */
export function textEm(text: string): number {
  let em = 0;
  for (const char of text) em += WIDE.test(char) ? 1 : 0.6;
  return em;
}

/** A label as drawn: on a narrow screen without its length. */
export function drawnLabel(label: string, narrow: boolean): string {
  return narrow ? label.replace(/ Len=\d+$/, '') : label;
}

/** What goes before a retransmission's label: ↻ and its word, or ↻ alone (`retxAlone`, narrow). */
export function retxPrefix(marks: LabelMarks): string {
  return marks.narrow || marks.retxAlone ? '↻ ' : `↻ ${marks.retx} `;
}

/**
 * A label as drawn on `rows` lines (`labelLines`): the marks before its first line (a
 * retransmission's, an old duplicate's), each empty where it has none, how wide they are (em),
 * and its lines.
 */
export function labelParts(
  a: LabelText,
  marks: LabelMarks,
  rows = 1,
): { retx: string; old: string; lead: number; lines: string[] } {
  const retx = a.seg.retransmissionOf !== null ? retxPrefix(marks) : '';
  const old = a.seg.oldDuplicate ? `${marks.old} ` : '';
  const lead = textEm(retx + old);
  return { retx, old, lead, lines: labelLines(drawnLabel(a.label, marks.narrow), lead, rows) };
}

/**
 * How wide the longest line of an arrow's label is drawn, in em (`textEm`), on one line or on
 * `rows` (`labelLines`), its marks counted on the first.
 */
export function labelEm(a: LabelText, marks: LabelMarks, rows = 1): number {
  const { lead, lines } = labelParts(a, marks, rows);
  return Math.max(...lines.map((line, k) => (k === 0 ? lead : 0) + textEm(line)));
}

/**
 * A label written on two lines (or `count`), for an arrow too short for it on one: broken before
 * the numbers (Seq=, Ack= or Len=), or before the flags after a captured segment's Wireshark
 * marks (`[TCP Retransmission] [PSH, ACK]`), where that makes the longest line shortest, the
 * first such choice (each line's width in em, `textEm`), `lead` em of marks counted on the first
 * line. A label with nothing to break before stays on one line, and one with fewer than
 * `count - 1` is broken before each.
 */
export function labelLines(label: string, lead: number, count = 2): string[] {
  const breaks = [...label.matchAll(/ (?=(?:Seq|Ack|Len)=|\[)/g)].map((m) => m.index);
  const lengths = (at: readonly number[]) =>
    [-1, ...at].map(
      (from, k) => (k === 0 ? lead : 0) + textEm(label.slice(from + 1, at[k] ?? label.length)),
    );
  let best: readonly number[] = [];
  let longest = lead + textEm(label);
  // Each choice of breaks, in order: they are few (the three numbers, a mark or two), so all are
  // tried.
  const choose = (from: number, at: readonly number[]) => {
    if (at.length === Math.min(count - 1, breaks.length)) {
      const len = Math.max(...lengths(at));
      // Widths added up in em differ by a rounding error where they are equal: the first wins.
      if (len < longest - 1e-9) {
        best = at;
        longest = len;
      }
      return;
    }
    for (let k = from; k < breaks.length; k++) choose(k + 1, [...at, breaks[k] as number]);
  };
  choose(0, []);
  return [-1, ...best].map((from, k) => label.slice(from + 1, best[k] ?? label.length));
}
