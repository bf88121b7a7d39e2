import { describe, expect, it } from 'vitest';
import type { Segment } from '../model';
import { type LabelMarks, type LabelText, labelChars, labelLines, labelParts } from './labelText';

/** A retransmitted segment's label, as an arrow carries it. */
const retransmitted: LabelText = {
  seg: { id: 3, retransmissionOf: 1 } as Segment,
  label: '[PSH, ACK] Seq=1 Ack=69 Len=333',
};
const marks: LabelMarks = { narrow: false, retx: 'retransmission', retxAlone: false, old: 'old' };

describe('a retransmission’s mark', () => {
  it('is ↻ and its word, or ↻ alone where the layout says so', () => {
    expect(labelParts(retransmitted, marks).retx).toBe('↻ retransmission ');
    expect(labelParts(retransmitted, { ...marks, retxAlone: true }).retx).toBe('↻ ');
    expect(labelParts(retransmitted, { ...marks, narrow: true }).retx).toBe('↻ ');
  });
  it('is counted on the first line of the label, as drawn', () => {
    expect(labelChars(retransmitted, marks)).toBe(17 + 31);
    expect(labelChars(retransmitted, { ...marks, retxAlone: true }, 2)).toBe(2 + 16);
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
    expect(labelLines('[FIN, ACK] Seq=334 Ack=70 Len=0', 20)).toEqual([
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
