/**
 * The byte streams in the cases the fixtures do not hold: segments out of
 * order, overlapping, conflicting, missing, cut by the snap length. On every
 * fixture, each stream equals tshark's "Follow TCP Stream" (fixtures.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { binaryToBytes } from '../timeline/bytes';
import { type Conversation, listConversations, readCapture } from './index';
import { framesOf, reassemble } from './reassembly';
import { fixtureBytes } from './test-support/fixtures';
import type { CapturedSegment } from './types';

function conversations(file: string): Conversation[] {
  const result = readCapture(fixtureBytes(file));
  if (!result.ok) throw new Error(result.error.explanation);
  return listConversations(result.packets);
}

describe('reassemble', () => {
  const [large] = conversations('large-response-mtu1500.pcapng');
  if (!large) throw new Error('large-response-mtu1500 has a conversation');
  const whole = reassemble(large.segments, 'server');
  const dataSegments = large.segments.filter((s) => s.from === 'server' && s.len > 0);

  it('maps every octet to the packet that brought it', () => {
    expect(whole.chunks.map((c) => c.frame)).toEqual(dataSegments.map((s) => s.frame));
    expect(framesOf(whole, 0, 1)).toEqual([dataSegments[0]?.frame]);
    expect(framesOf(whole, 1447, 1449)).toEqual([dataSegments[0]?.frame, dataSegments[1]?.frame]);
    expect(whole.finAt).toBe(whole.end);
  });

  it('places segments by sequence number, whatever order they arrive in', () => {
    const server = large.segments.filter((s) => s.from === 'server');
    const shuffled = [...server].reverse();
    expect(reassemble(shuffled, 'server').octets).toBe(whole.octets);
  });

  it('keeps the first copy of repeated octets and says how many differed', () => {
    const second = dataSegments[1] as Conversation['segments'][number];
    // A retransmission of the second segment, shifted back 100 octets, its first octets changed.
    const payload = whole.octets.slice(1348, 1348 + 400).replace(/^.{10}/s, 'XXXXXXXXXX');
    const again = {
      ...second,
      frame: 999,
      relSeq: second.relSeq - 100,
      len: 400,
      packet: { ...second.packet, payload: binaryToBytes(payload) } as CapturedSegment,
    };
    const result = reassemble([...large.segments, again], 'server');
    expect(result.octets).toBe(whole.octets);
    expect(result.repeats).toEqual([{ frame: 999, start: 1348, end: 1748, conflicting: 10 }]);
  });

  it('reports a missing segment as a gap, and the stream around it', () => {
    const lost = dataSegments[2] as Conversation['segments'][number];
    const result = reassemble(
      large.segments.filter((s) => s !== lost),
      'server',
    );
    const start = lost.relSeq - 1;
    expect(result.gaps).toEqual([{ start, end: start + lost.len, truncatedIn: null }]);
    expect(result.octets.length).toBe(whole.octets.length);
    expect(framesOf(result, start, start + lost.len)).toEqual([]);
  });

  it('reports octets cut by the snap length as a gap in that packet', () => {
    const cut = dataSegments[1] as Conversation['segments'][number];
    const short = {
      ...cut,
      packet: { ...cut.packet, payload: cut.packet.payload.subarray(0, 100), truncated: true },
    };
    const result = reassemble(
      large.segments.map((s) => (s === cut ? short : s)),
      'server',
    );
    const start = cut.relSeq - 1;
    expect(result.gaps).toEqual([
      { start: start + 100, end: start + cut.len, truncatedIn: cut.frame },
    ]);
  });

  it('counts octets before the capture started (a segment that starts below the first one seen)', () => {
    const [mid] = conversations('mid-connection.pcapng');
    if (!mid) throw new Error('mid-connection has a conversation');
    const first = mid.segments.find(
      (s) => s.from === 'client' && s.len > 0,
    ) as Conversation['segments'][number];
    const earlier = {
      ...first,
      frame: 998,
      relSeq: (first.relSeq - 5) >>> 0,
      len: 10,
      packet: { ...first.packet, payload: binaryToBytes('01234GET /') },
    };
    const result = reassemble([earlier, ...mid.segments], 'client');
    expect(result.beforeStart).toBe(5);
    expect(result.octets.startsWith('GET /')).toBe(true);
  });
});
