import { describe, expect, it } from 'vitest';
import {
  type CapturedSegment,
  createConversationTracker,
  listConversations,
  readCapture,
} from './index';
import { fixtureBytes } from './test-support/fixtures';

function packets(file: string): CapturedSegment[] {
  const result = readCapture(fixtureBytes(file));
  if (!result.ok) throw new Error(result.error.explanation);
  return result.packets;
}

const compact = (file: string, from: number) =>
  listConversations(packets(file).slice(from)).map((c) => ({
    clientBy: c.clientBy,
    client: c.client.port,
    rows: c.segments.map((s) => `${s.from} ${s.relSeq} ${s.relAck} ${s.len}`),
  }));

describe('listConversations', () => {
  // What tshark 4.0 printed for get.pcapng cut with `editcap -r get.pcapng out 4-10`
  // and `… 5-10`: without a SYN, a side's base is one less than the first
  // sequence number it sends or the first acknowledgment it receives.
  it('counts from 1 when the capture missed the handshake, as Wireshark does', () => {
    expect(compact('get.pcapng', 3)).toEqual([
      {
        clientBy: 'http-request',
        client: 54656,
        rows: [
          'client 1 1 99',
          'server 1 100 0',
          'server 1 100 421',
          'client 100 422 0',
          'client 100 422 0',
          'server 422 101 0',
          'client 101 423 0',
        ],
      },
    ]);
    expect(compact('get.pcapng', 4)[0]?.rows).toEqual([
      'server 1 1 0',
      'server 1 1 421',
      'client 1 422 0',
      'client 1 422 0',
      'server 422 2 0',
      'client 2 423 0',
    ]);
  });

  it('recognises the client from the SYN,ACK when the SYN is missing', () => {
    const [c] = listConversations(packets('get.pcapng').slice(1));
    expect(c?.clientBy).toBe('syn-ack');
    expect(c?.clientIsn).toBeNull();
    expect(c?.segments[0]).toMatchObject({ from: 'server', relSeq: 0, relAck: 1 });
  });

  it('keeps connections apart by 4-tuple, numbered in order of their first segment', () => {
    const a = packets('post-form.pcapng');
    const b = packets('get.pcapng');
    // Interleaved, each connection's own order kept; post-form's SYN comes first.
    const mixed = a.flatMap((p, i) => [p, ...(b[i] ? [b[i]] : [])]);
    const conversations = listConversations(mixed);
    expect(conversations.map((c) => [c.id, c.client.port, c.segments.length])).toEqual([
      [0, a[0]?.srcPort, 10],
      [1, b[0]?.srcPort, 10],
    ]);
    expect(
      conversations.every((c) => c.clientBy === 'syn' && c.segments[0]?.from === 'client'),
    ).toBe(true);
  });

  it('counts the conversations found so far, as the progress of a long read shows them', () => {
    const a = packets('post-form.pcapng');
    const b = packets('get.pcapng');
    const tracker = createConversationTracker();
    expect(tracker.count()).toBe(0);
    for (const p of a) tracker.add(p);
    expect(tracker.count()).toBe(1);
    for (const p of b) tracker.add(p);
    expect(tracker.count()).toBe(2);
    expect(tracker.summaries()).toHaveLength(2);
  });

  it('starts a new conversation when a 4-tuple sees a SYN with another ISN (ports reused), as Wireshark does', () => {
    const once = packets('get.pcapng');
    // The same connection again, each side's sequence numbers moved by 1000.
    const again = once.map((p) => ({
      ...p,
      frame: p.frame + once.length,
      seq: (p.seq + 1000) >>> 0,
      ack: p.flags.includes('ACK') ? (p.ack + 1000) >>> 0 : p.ack,
    }));
    const conversations = listConversations([...once, ...again]);
    expect(conversations.map((c) => c.id)).toEqual([0, 1]);
    expect(conversations[1]?.segments[0]).toMatchObject({
      from: 'client',
      flags: ['SYN'],
      relSeq: 0,
      analysis: { flags: ['reused_ports'] },
    });
  });

  it('keeps a repeated SYN with the same ISN in its conversation: a retransmission', () => {
    const once = packets('get.pcapng');
    const [c, extra] = listConversations([...once.slice(0, 1), ...once]);
    expect(extra).toBeUndefined();
    expect(c?.segments[1]?.analysis.flags).toEqual(['retransmission']);
  });

  it('gives each side its ISN and window scale, and the scaled window', () => {
    const [c] = listConversations(packets('large-response-mtu1500.pcapng'));
    expect(c?.clientIsn).toBe(packets('large-response-mtu1500.pcapng')[0]?.seq);
    expect([c?.clientWindowScale, c?.serverWindowScale]).toEqual([10, 10]);
    expect(c?.segments[2]).toMatchObject({ window: 63, windowBytes: 63 * 1024 });
  });
});
