import type { Timeline } from '../model';
import type { SeqMode } from './variants';

/**
 * The numbers a timeline is shown in until the reader chooses: relative (counted from each
 * side's ISN, as Wireshark and the textbooks do), but absolute where a relative number would be
 * negative. A segment of an older incarnation (RFC 9293 Figure 8's old SYN, Seq=90 below the
 * ISN 100) would read "Seq=-10", and a sequence number is never negative (§3.4: it counts
 * modulo 2^32); the figure's own numbers are the lesson there.
 */
export function ownNumbering(timeline: Timeline): SeqMode {
  const below = timeline.segments.some(
    (s) => s.relSeq < 0 || (s.flags.includes('ACK') && s.relAck < 0),
  );
  return below ? 'absolute' : 'relative';
}
