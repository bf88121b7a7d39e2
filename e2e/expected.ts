/**
 * What the page must show at each step, computed in the test process from the
 * simulator's own timeline (independently of the app's code).
 */
import type { Step, Timeline } from '../src/index';

export interface ExpectedMessage {
  messageId: number;
  /** At least this many blocks are on screen. */
  minBlocks: number;
  startLine: string;
}

/** The message of the latest step, at or before n, that writes, reads or carries one. */
export function expectedMessage(timeline: Timeline, n: number): ExpectedMessage | null {
  let found: { id: number; block: number } | null = null;
  const blocks = new Map<number, number>();
  for (const step of timeline.steps.slice(0, n + 1)) {
    const m = messageOf(step, timeline);
    if (!m) continue;
    found = m;
    blocks.set(m.id, Math.max(blocks.get(m.id) ?? 0, m.block + 1));
  }
  if (!found) return null;
  const record = timeline.messages[found.id];
  if (!record) return null;
  return { messageId: found.id, minBlocks: blocks.get(found.id) ?? 0, startLine: record.startLine };
}

function messageOf(step: Step, timeline: Timeline): { id: number; block: number } | null {
  if (step.message) return { id: step.message.messageId, block: step.message.block };
  for (const id of [...step.segmentsOut, ...(step.segmentIn === null ? [] : [step.segmentIn])]) {
    const slice = timeline.segments[id]?.carries[0];
    if (slice) return { id: slice.messageId, block: 0 };
  }
  return null;
}
