/**
 * The lines under a captured segment's explanation (CaptureNotes.tsx): what Wireshark's TCP
 * analysis says of it, and what the real stack did that the simulator does not. A pure function
 * of the segment, so that what each line claims can be checked against the capture.
 */
import type { RstReason, Segment } from '../model';
import { fill } from '../strings';
import type { importStrings } from './strings';

type Words = (typeof importStrings)['en'];

/**
 * Wireshark's flag words, except where the segment shows them to be incomplete: its window
 * update is "nothing but a new window" (tcp-analysis.ts), read without the SACK blocks, which
 * are news of their own (RFC 2018 §3).
 */
function flagKey(flag: string, seg: Segment): string {
  const sack = (seg.captured?.sackBlocks ?? 0) > 0;
  return flag === 'window_update' && sack ? 'flag.window_update.sack' : `flag.${flag}`;
}

/** What a RST says, by why its sender sent it (`RstReason`, src/timeline/types.ts). */
const RST_WORDS = {
  abort: 'note.rst',
  'after-close': 'note.rst.after-close',
  'no-connection': 'note.rst.no-connection',
  unacceptable: 'note.rst.unacceptable',
} as const satisfies Record<RstReason, keyof Words>;

export function captureNoteLines(seg: Segment, s: Words): string[] {
  const note = seg.captured;
  if (!note) return [];
  const lines: string[] = [];
  for (const flag of note.analysis) {
    const key = flagKey(flag, seg);
    if (key in s) lines.push(s[key as keyof Words]);
  }
  if (note.longerThanMss !== null)
    lines.push(fill(s['note.longerThanMss'], { mss: note.longerThanMss }));
  if (note.sackBlocks === 1) lines.push(s['note.sack.one']);
  else if (note.sackBlocks > 1) lines.push(fill(s['note.sack'], { n: note.sackBlocks }));
  if (note.rst) lines.push(s[RST_WORDS[note.rst]]);
  if (note.receivedWith !== undefined)
    lines.push(fill(s['note.receivedWith'], { frame: note.receivedWith }));
  return lines;
}
