import { describe, expect, it } from 'vitest';
import { timelineOf } from '../test-support/fixtures';
import { messageSnapshots, snapshotAt } from './select';

const timeline = timelineOf('get');
const snaps = messageSnapshots(timeline);
const indexOf = (reason: string, block?: number) =>
  timeline.steps.findIndex(
    (s) => s.reason === reason && (block === undefined || s.message?.block === block),
  );

describe('the message under the cursor', () => {
  it('is the same object from a step that changes nothing in it, so the view can skip it', () => {
    for (let i = 1; i < snaps.length; i++) {
      const [before, now] = [snaps[i - 1], snaps[i]];
      if (JSON.stringify(before) === JSON.stringify(now)) expect(now).toBe(before);
      else expect(now).not.toBe(before);
    }
    expect(snapshotAt(timeline, 5)).toEqual(snaps[5]);
    expect(snapshotAt(timeline, 5)).toBe(snapshotAt(timeline, 5));
  });

  it('is none before anything is written', () => {
    expect(snaps[0]).toBeNull();
    expect(snaps[indexOf('syn-ack-received')]).toBeNull();
  });

  it('reveals the blocks one at a time as the steps write them', () => {
    expect(snaps[indexOf('request-line-written')]).toMatchObject({
      messageId: 0,
      revealed: 1,
      current: 0,
      direction: 'write',
    });
    expect(snaps[indexOf('request-header-written', 1)]).toMatchObject({ revealed: 2, current: 1 });
    expect(snaps[indexOf('request-blank-line-written')]).toMatchObject({ revealed: 4, current: 3 });
  });

  it('follows the segment that carries the message, with the bytes it carries', () => {
    const sent = snaps[indexOf('data-sent')];
    expect(sent).toMatchObject({ messageId: 0, current: null, direction: 'send' });
    expect(sent?.carried).toEqual({ start: 0, end: timeline.messages[0]?.bytes.length });
    // The server receives the request's segment: the view says so, not that the client writes.
    expect(snaps[indexOf('data-received')]).toMatchObject({ messageId: 0, direction: 'receive' });
  });

  it('counts the blocks the receiver has read', () => {
    expect(snaps[indexOf('request-header-parsed', 1)]).toMatchObject({
      parsed: 2,
      direction: 'parse',
    });
  });

  it('moves on to the response when the server writes it', () => {
    expect(snaps[indexOf('status-line-written')]).toMatchObject({ messageId: 1, revealed: 1 });
  });
});
