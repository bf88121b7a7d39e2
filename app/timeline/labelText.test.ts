import { describe, expect, it } from 'vitest';
import type { Segment } from '../model';
import {
  type LabelMarks,
  type LabelText,
  labelEm,
  labelLines,
  labelParts,
  textEm,
} from './labelText';

/** A retransmitted segment's label, as an arrow carries it. */
const retransmitted: LabelText = {
  seg: { id: 3, retransmissionOf: 1 } as Segment,
  label: '[PSH, ACK] Seq=1 Ack=69 Len=333',
};
const marks: LabelMarks = { narrow: false, retx: 'retransmission', retxAlone: false, old: 'old' };

describe('a label’s width', () => {
  // Measured in Chromium at 24 px in the labels' font (`--font-mono`): a Latin letter, a digit,
  // a bracket and ↻ 0.602 em in DejaVu Sans Mono, a Chinese character and full-width punctuation
  // 1 em in Noto Sans Mono CJK. Counted at 0.6 em each, "↻ 重传 " was 0.8 em short, "旧的重复 " 1.6.
  it('takes a character of the monospace face as 0.6 em and a CJK one as 1 em', () => {
    for (const char of ['A', 'q', '0', '[', ',', ' ', '=', '↻'])
      expect(textEm(char), char).toBe(0.6);
    for (const char of [
      '重',
      '传',
      '傳',
      '旧',
      '複',
      '，',
      '：',
      '（',
      '、',
      '。',
      '「',
      '　',
      '！',
    ])
      expect(textEm(char), char).toBe(1);
  });
  it('adds up its characters’ widths', () => {
    expect(textEm('')).toBe(0);
    expect(textEm('↻ 重传 ')).toBeCloseTo(3 * 0.6 + 2);
    expect(textEm('旧的重复 [SYN]')).toBeCloseTo(4 + 6 * 0.6);
  });
  it('counts a Chinese mark as drawn on the label’s first line', () => {
    const zh = { ...marks, retx: '重传' };
    expect(labelEm(retransmitted, zh)).toBeCloseTo(3 * 0.6 + 2 + 31 * 0.6);
    // Its first line 3.8 em of marks and 6 of flags, its second 12: the longer.
    expect(labelParts(retransmitted, zh, 2).lines).toEqual(['[PSH, ACK]', 'Seq=1 Ack=69 Len=333']);
    expect(labelEm(retransmitted, zh, 2)).toBeCloseTo(20 * 0.6);
  });
});

describe('a retransmission’s mark', () => {
  it('is ↻ and its word, or ↻ alone where the layout says so', () => {
    expect(labelParts(retransmitted, marks).retx).toBe('↻ retransmission ');
    expect(labelParts(retransmitted, { ...marks, retxAlone: true }).retx).toBe('↻ ');
    expect(labelParts(retransmitted, { ...marks, narrow: true }).retx).toBe('↻ ');
  });
  it('is counted on the first line of the label, as drawn', () => {
    expect(labelEm(retransmitted, marks)).toBeCloseTo((17 + 31) * 0.6);
    expect(labelEm(retransmitted, { ...marks, retxAlone: true }, 2)).toBeCloseTo((2 + 16) * 0.6);
    expect(labelParts(retransmitted, marks, 2).lines).toEqual([
      '[PSH, ACK]',
      'Seq=1 Ack=69 Len=333',
    ]);
  });
});

describe('a label on two lines', () => {
  it('breaks before the number that makes its longer line shortest', () => {
    expect(labelLines('[FIN, ACK] Seq=334 Ack=70 Len=0', 0)).toEqual([
      '[FIN, ACK] Seq=334',
      'Ack=70 Len=0',
    ]);
    expect(labelLines('[SYN] Seq=0 Len=0', 0)).toEqual(['[SYN]', 'Seq=0 Len=0']);
  });
  it('counts the marks before it on its first line', () => {
    expect(labelLines('[FIN, ACK] Seq=334 Ack=70 Len=0', 12)).toEqual([
      '[FIN, ACK]',
      'Seq=334 Ack=70 Len=0',
    ]);
  });
  it('stays on one line with no number to break before', () => {
    expect(labelLines('[ACK]', 0)).toEqual(['[ACK]']);
  });
  it('on three lines, breaks before the two numbers that make its longest line shortest', () => {
    expect(labelLines('[FIN, ACK] Seq=100 Ack=422 Len=0', 0, 3)).toEqual([
      '[FIN, ACK]',
      'Seq=100',
      'Ack=422 Len=0',
    ]);
  });
  it('breaks before the flags after a captured segment’s Wireshark mark', () => {
    expect(labelLines('[TCP Window Update] [ACK] Seq=89 Ack=1', 0)).toEqual([
      '[TCP Window Update]',
      '[ACK] Seq=89 Ack=1',
    ]);
  });
});
