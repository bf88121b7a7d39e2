/**
 * The importer's captures (scripts/capture/extra.sh), each read as the
 * importer will: its conversations as the chooser lists them, and one
 * explained: the request line, the messages, both ends' final states.
 */
import { describe, expect, it } from 'vitest';
import {
  type CaptureResult,
  createConversationTracker,
  explainConversation,
  listConversations,
  readCapture,
} from './index';
import { fixtureBytes } from './test-support/fixtures';

function read(file: string): CaptureResult & { ok: true } {
  const result = readCapture(fixtureBytes(file));
  if (!result.ok) throw new Error(result.error.explanation);
  return result;
}

function explained(file: string, conversation = 0) {
  const c = listConversations(read(file).packets)[conversation];
  if (!c) throw new Error(`${file} has no conversation ${conversation}`);
  return explainConversation(c);
}

describe('the conversation chooser', () => {
  it('four conversations, in capture order, each with its request line, packets and bytes', () => {
    const tracker = createConversationTracker();
    const result = read('four-conversations.pcapng');
    for (const p of result.packets) tracker.add(p);
    const summaries = tracker.summaries();
    expect(summaries.map((s) => s.firstRequestLine)).toEqual([
      'GET / HTTP/1.1',
      'GET /missing HTTP/1.1',
      'GET /old HTTP/1.1',
      'GET /large.html HTTP/1.1',
    ]);
    expect(summaries.map((s) => [s.clientBy, s.server.port, s.packets])).toEqual([
      ['syn', 8080, 10],
      ['syn', 8080, 10],
      ['syn', 8080, 10],
      ['syn', 8080, 10],
    ]);
    // Wireshark's Conversations: the frames' octets on the wire, both ways.
    const frames = result.packets.filter(
      (p) => p.srcPort === summaries[3]?.client.port || p.dstPort === summaries[3]?.client.port,
    );
    expect(summaries[3]?.bytes).toBe(frames.reduce((n, p) => n + p.frameLength, 0));
  });

  it('counts and names what is not TCP', () => {
    expect(read('four-conversations.pcapng').other).toEqual([
      { protocol: 'ICMP', packets: 3, firstFrame: 11 },
      { protocol: 'UDP', packets: 1, firstFrame: 23 },
    ]);
    expect(read('vlan.pcapng').other).toEqual([{ protocol: 'ARP', packets: 2, firstFrame: 1 }]);
  });

  it('says "not HTTP" (null) for a conversation whose client does not start with a request line', () => {
    const result = read('get.pcapng');
    // The same conversation seen from its second packet: the server's side first, no request.
    const withoutClientData = result.packets.filter((p) => !(p.srcPort !== 8080 && p.length > 0));
    expect(listConversations(withoutClientData)[0]?.firstRequestLine).toBeNull();
  });
});

describe('explainConversation on the importer captures', () => {
  it('mid-connection: ESTABLISHED inferred, two requests on one connection, the client ends in TIME-WAIT', () => {
    const e = explained('mid-connection.pcapng');
    expect(e.conversation.clientBy).toBe('http-request');
    expect(e.states.start.client).toEqual({ state: 'ESTABLISHED', inferred: 'no-handshake' });
    expect(e.http.requests.map((r) => r.startLine)).toEqual(['GET / HTTP/1.1', 'GET / HTTP/1.1']);
    expect(e.http.responses.map((r) => r.status)).toEqual([200, 200]);
    expect(e.states.final).toEqual({ client: 'TIME-WAIT', server: 'CLOSED' });
  });

  it('IPv6: the addresses as RFC 5952 writes them', () => {
    const e = explained('ipv6.pcapng');
    expect([e.conversation.client.address, e.conversation.server]).toEqual([
      '::1',
      { address: '::1', port: 8080 },
    ]);
    expect(e.conversation.ipVersion).toBe(6);
    expect(e.http.requests[0]?.startLine).toBe('GET / HTTP/1.1');
  });

  it('VLAN: one tag on port 8080, two stacked on port 8081', () => {
    const result = read('vlan.pcapng');
    const tags = (port: number) => result.packets.find((p) => p.dstPort === port)?.vlans;
    expect(tags(8080)).toEqual([100]);
    expect(tags(8081)).toEqual([200, 100]);
    expect(listConversations(result.packets).map((c) => c.server.port)).toEqual([8080, 8081]);
  });

  it('SLL2 (-i any): the same conversation as on lo', () => {
    const e = explained('sll2.pcapng');
    expect(e.conversation.packets).toBe(10);
    expect(e.states.final).toEqual({ client: 'TIME-WAIT', server: 'CLOSED' });
  });

  it('a retransmission after a timeout: the response read once, from its first copy, the repeat counted', () => {
    const e = explained('retransmission-rto.pcapng');
    expect(e.http.responses.map((r) => [r.status, r.frames])).toEqual([[200, [6]]]);
    expect(e.streams.server.repeats).toEqual([{ frame: 7, start: 0, end: 421, conflicting: 0 }]);
  });

  it('a loss in a burst: the stream whole, the fast retransmission among the notes', () => {
    const e = explained('retransmission-sack.pcapng');
    expect(e.streams.server.gaps).toEqual([]);
    expect(e.http.responses[0]?.startLine).toBe('HTTP/1.1 200 OK');
    const flags = e.states.steps.flatMap((s) =>
      s.notes.filter((n) => n.kind === 'analysis').map((n) => n.flag),
    );
    expect(flags).toContain('fast_retransmission');
  });
});
