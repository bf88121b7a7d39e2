/**
 * Which HTTP message is under the cursor, and how much of it has been written
 * and read so far. Computed once per timeline for every step, so that moving
 * the cursor is a lookup.
 */
import type { Step, Timeline } from '../model';

export interface MessageSnapshot {
  messageId: number;
  /** Blocks written (or carried by a sent segment) so far, from the first. */
  revealed: number;
  /** Blocks read by the receiver so far. */
  parsed: number;
  /** The block this step writes or reads, if it is a message step. */
  current: number | null;
  /**
   * What this step does with the message: writes or reads a block (a message step), or sends or
   * receives a segment carrying some of its bytes; null where it does neither (the message shown
   * is the last one the connection carried).
   */
  direction: 'write' | 'parse' | 'send' | 'receive' | null;
  /** Bytes of this message carried by the segment this step sends or receives. */
  carried: { start: number; end: number } | null;
}

function carriedBy(step: Step, timeline: Timeline) {
  const ids = [...step.segmentsOut, ...(step.segmentIn === null ? [] : [step.segmentIn])];
  for (const id of ids) {
    const slice = timeline.segments[id]?.carries[0];
    if (slice) return { slice, sent: step.segmentsOut.includes(id) };
  }
  return null;
}

const sameSnapshot = (a: MessageSnapshot | null, b: MessageSnapshot | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.messageId === b.messageId &&
    a.revealed === b.revealed &&
    a.parsed === b.parsed &&
    a.current === b.current &&
    a.direction === b.direction &&
    a.carried?.start === b.carried?.start &&
    a.carried?.end === b.carried?.end);

/**
 * The snapshot of every step. A step that changes nothing in the message view
 * (most ACKs) gets the very object of the step before, so that the view can
 * skip it by identity.
 */
export function messageSnapshots(timeline: Timeline): (MessageSnapshot | null)[] {
  const all = snapshotsOf(timeline);
  for (let i = 1; i < all.length; i++) {
    if (sameSnapshot(all[i] ?? null, all[i - 1] ?? null)) all[i] = all[i - 1] ?? null;
  }
  return all;
}

const cache = new WeakMap<Timeline, (MessageSnapshot | null)[]>();

/** The snapshot of one step; all of the timeline's are computed once, on first use. */
export function snapshotAt(timeline: Timeline, step: number): MessageSnapshot | null {
  let all = cache.get(timeline);
  if (!all) {
    all = messageSnapshots(timeline);
    cache.set(timeline, all);
  }
  return all[step] ?? null;
}

function snapshotsOf(timeline: Timeline): (MessageSnapshot | null)[] {
  const revealed = new Map<number, number>();
  const parsed = new Map<number, number>();
  let last: number | null = null;
  return timeline.steps.map((step) => {
    let current: number | null = null;
    let direction: MessageSnapshot['direction'] = null;
    let carried: MessageSnapshot['carried'] = null;
    if (step.message) {
      const { messageId, block } = step.message;
      last = messageId;
      current = block;
      direction = step.message.direction;
      revealed.set(messageId, Math.max(revealed.get(messageId) ?? 0, block + 1));
      if (direction === 'parse')
        parsed.set(messageId, Math.max(parsed.get(messageId) ?? 0, block + 1));
    } else {
      const c = carriedBy(step, timeline);
      if (c) {
        const { messageId, start, end } = c.slice;
        last = messageId;
        carried = { start, end };
        direction = c.sent ? 'send' : 'receive';
        const blocks = timeline.messages[messageId]?.blocks ?? [];
        const upTo = blocks.filter((b) => b.start < end).length;
        revealed.set(messageId, Math.max(revealed.get(messageId) ?? 0, upTo));
      }
    }
    if (last === null) return null;
    return {
      messageId: last,
      revealed: revealed.get(last) ?? 0,
      parsed: parsed.get(last) ?? 0,
      current,
      direction,
      carried,
    };
  });
}
