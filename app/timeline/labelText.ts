/**
 * What an arrow's label says as drawn, line by line, and how long it is: one function each, which
 * the layout (a capture's lines between the lanes), the placement (StepLayer) and the drawing
 * (Arrow.tsx) share, so that what is measured is what is drawn.
 */
import type { ArrowGeometry } from './geometry';

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
export type LabelText = Pick<ArrowGeometry, 'seg' | 'label'>;

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
 * retransmission's, an old duplicate's), each null where it has none, and its lines.
 */
export function labelParts(
  a: LabelText,
  marks: LabelMarks,
  rows = 1,
): { retx: string | null; old: string | null; lines: string[] } {
  const retx = a.seg.retransmissionOf !== null ? retxPrefix(marks) : null;
  const old = a.seg.oldDuplicate ? `${marks.old} ` : null;
  const lead = (retx?.length ?? 0) + (old?.length ?? 0);
  return { retx, old, lines: labelLines(drawnLabel(a.label, marks.narrow), lead, rows) };
}

/**
 * How many characters the longest line of an arrow's label shows as drawn, on one line or on
 * `rows` (`labelLines`), its marks counted on the first.
 */
export function labelChars(a: LabelText, marks: LabelMarks, rows = 1): number {
  const { retx, old, lines } = labelParts(a, marks, rows);
  const lead = (retx?.length ?? 0) + (old?.length ?? 0);
  return Math.max(...lines.map((line, k) => (k === 0 ? lead : 0) + line.length));
}

/**
 * A label written on two lines (or `count`), for an arrow too short for it on one: broken before
 * the numbers (Seq=, Ack= or Len=), or before the flags after a captured segment's Wireshark
 * marks (`[TCP Retransmission] [PSH, ACK]`), where that makes the longest line shortest, the
 * first such choice, `lead` characters of marks counted on the first line. A label with nothing
 * to break before stays on one line, and one with fewer than `count - 1` is broken before each.
 */
export function labelLines(label: string, lead: number, count = 2): string[] {
  const breaks = [...label.matchAll(/ (?=(?:Seq|Ack|Len)=|\[)/g)].map((m) => m.index);
  const lengths = (at: readonly number[]) =>
    [-1, ...at].map((from, k) => (k === 0 ? lead : 0) + (at[k] ?? label.length) - from - 1);
  let best: readonly number[] = [];
  let longest = lead + label.length;
  // Each choice of breaks, in order: they are few (the three numbers, a mark or two), so all are
  // tried.
  const choose = (from: number, at: readonly number[]) => {
    if (at.length === Math.min(count - 1, breaks.length)) {
      const len = Math.max(...lengths(at));
      if (len < longest) {
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
