/**
 * Every conversation of every fixture capture as a timeline: valid against the timeline's
 * schema, its numbers equal to what tshark printed when the fixture was made, its HTTP
 * messages read block by block, and both ends' final states.
 */
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../scenarios';
import { simulate } from '../session/simulate';
import { validateJson } from '../timeline/json-schema';
import { TIMELINE_SCHEMA } from '../timeline/schema';
import type { Timeline } from '../timeline/types';
import { type Conversation, listConversations, readCapture } from './index';
import {
  captureFiles,
  fixtureBytes,
  readTsharkSummary,
  summaryFile,
} from './test-support/fixtures';
import { sketch } from './test-support/segments';
import { asTsharkFlags } from './test-support/tshark';
import { timelineFromConversation } from './timeline';

function timelines(file: string): Timeline[] {
  const result = readCapture(fixtureBytes(file));
  if (!result.ok) throw new Error(result.error.explanation);
  return listConversations(result.packets).map(timelineFromConversation);
}

/** The first request line of each conversation, and both ends' states after its last segment. */
const EXPECTED: Record<string, [string, string, string][]> = {
  'connection-close.pcapng': [['GET / HTTP/1.1', 'CLOSED', 'TIME-WAIT']],
  'four-conversations.pcapng': [
    ['GET / HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
    ['GET /missing HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
    ['GET /old HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
    ['GET /large.html HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
  ],
  'get.pcap': [['GET / HTTP/1.1', 'TIME-WAIT', 'CLOSED']],
  'get.pcapng': [['GET / HTTP/1.1', 'TIME-WAIT', 'CLOSED']],
  'http-1.0.pcapng': [['GET / HTTP/1.0', 'CLOSED', 'TIME-WAIT']],
  'ipv6.pcapng': [['GET / HTTP/1.1', 'TIME-WAIT', 'CLOSED']],
  'keep-alive.pcapng': [['GET / HTTP/1.1', 'TIME-WAIT', 'CLOSED']],
  'large-response-mtu1500.pcapng': [['GET /large.html HTTP/1.1', 'TIME-WAIT', 'CLOSED']],
  'large-response-rtt40.pcapng': [['GET /large.html HTTP/1.1', 'TIME-WAIT', 'CLOSED']],
  'large-response.pcapng': [['GET /large.html HTTP/1.1', 'TIME-WAIT', 'CLOSED']],
  'mid-connection.pcapng': [['GET / HTTP/1.1', 'TIME-WAIT', 'CLOSED']],
  'not-found-404.pcapng': [['GET /missing HTTP/1.1', 'TIME-WAIT', 'CLOSED']],
  'post-form.pcapng': [['POST /contact_form.php HTTP/1.1', 'TIME-WAIT', 'CLOSED']],
  'redirect-301.pcapng': [['GET /old HTTP/1.1', 'TIME-WAIT', 'CLOSED']],
  // The server aborts (SO_LINGER 0): both ends CLOSED, neither in TIME-WAIT.
  'reset.pcapng': [['GET / HTTP/1.1', 'CLOSED', 'CLOSED']],
  'retransmission-rto.pcapng': [['GET / HTTP/1.1', 'TIME-WAIT', 'CLOSED']],
  'retransmission-sack.pcapng': [['GET /large.html HTTP/1.1', 'TIME-WAIT', 'CLOSED']],
  'sll2.pcapng': [['GET / HTTP/1.1', 'TIME-WAIT', 'CLOSED']],
  'vlan.pcapng': [
    ['GET / HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
    ['GET / HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
  ],
};

describe.each(captureFiles())('%s as a timeline', (file) => {
  const all = timelines(file);
  const rows = readTsharkSummary(summaryFile(file)).filter((r) => r['tcp.srcport']);
  const byFrame = new Map(rows.map((r) => [Number(r['frame.number']), r]));

  it('has the request line and final states expected, and fits the schema', () => {
    expect(Object.keys(EXPECTED)).toContain(file);
    expect(all.map((t) => [t.messages[0]?.startLine, t.outcome.client, t.outcome.server])).toEqual(
      EXPECTED[file],
    );
    for (const t of all) {
      expect(validateJson(TIMELINE_SCHEMA, JSON.parse(JSON.stringify(t)))).toEqual([]);
      // Pure: the same conversation gives the same timeline, byte for byte.
      expect(JSON.stringify(t)).toBe(JSON.stringify(timelines(file)[all.indexOf(t)]));
    }
  });

  it("shows tshark's relative numbers, lengths and analysis on every segment", () => {
    for (const t of all) {
      for (const seg of t.segments) {
        const row = byFrame.get(seg.captured?.frame ?? 0);
        expect(row, `frame ${seg.captured?.frame}`).toBeDefined();
        expect(seg.relSeq >>> 0).toBe(Number(row?.['tcp.seq']));
        if (seg.flags.includes('ACK')) expect(seg.relAck >>> 0).toBe(Number(row?.['tcp.ack']));
        expect(seg.payloadLength).toBe(Number(row?.['tcp.len']));
        const tshark = Object.keys(row ?? {})
          .filter((k) => k.startsWith('tcp.analysis.') && row?.[k] && !k.includes('_num'))
          .filter((k) => !k.endsWith('duplicate_ack_frame'))
          .map((k) => k.slice('tcp.analysis.'.length));
        const ours = asTsharkFlags({ flags: seg.captured?.analysis as never });
        expect(ours.sort(), `frame ${seg.captured?.frame}`).toEqual(tshark.sort());
      }
    }
  });

  it('reads every message block after the segment that completes it', () => {
    for (const t of all) {
      const parsed = t.steps.filter((s) => s.kind === 'message');
      expect(parsed.length).toBe(t.messages.reduce((n, m) => n + m.blocks.length, 0));
      for (const step of parsed) {
        const { messageId, block } = step.message ?? { messageId: -1, block: -1 };
        const m = t.messages[messageId];
        const b = m?.blocks[block];
        // Every octet up to the block's end was carried by a segment at or before this step.
        const carried = t.steps
          .slice(0, step.index)
          .flatMap((s) => s.segmentsOut)
          .flatMap((id) => t.segments[id]?.carries ?? [])
          .filter((c) => c.messageId === messageId);
        const upTo = b?.end ?? 0;
        const covered = new Set<number>();
        for (const c of carried)
          for (let i = c.start; i < Math.min(c.end, upTo); i++) covered.add(i);
        expect(covered.size, `${m?.startLine} block ${block}`).toBe(upTo);
        expect(step.endpoint).toBe(m?.from === 'client' ? 'server' : 'client');
      }
      expect(t.steps.map((s) => s.index)).toEqual(t.steps.map((_, i) => i));
    }
  });

  // The sources' phases are a sequence (docs/sources.md): within one exchange a step never goes
  // back to an earlier one, in either model; only a new request starts again at 2.
  it('never goes back a phase within one exchange, in either model', () => {
    for (const t of all) {
      const requests = new Set<number>();
      const last: Record<'mdn' | 'sevenStep', number | null> = { mdn: null, sevenStep: null };
      const back: string[] = [];
      for (const step of t.steps) {
        const seg = step.segmentIn === null ? undefined : t.segments[step.segmentIn];
        const ids = [
          ...(seg?.carries.map((c) => c.messageId) ?? []),
          ...(step.message ? [step.message.messageId] : []),
        ];
        const opens = ids.some((id) => t.messages[id]?.kind === 'request' && !requests.has(id));
        for (const id of ids) if (t.messages[id]?.kind === 'request') requests.add(id);
        if (opens) last.mdn = last.sevenStep = null;
        for (const model of ['mdn', 'sevenStep'] as const) {
          const now = step.phase[model];
          if (now === null) continue;
          const was = last[model];
          if (was !== null && now < was)
            back.push(`${model} ${was} → ${now} at step ${step.index}`);
          last[model] = now;
        }
      }
      expect(back).toEqual([]);
    }
  });
});

describe('where the capture starts', () => {
  // An imported capture lit "1 Connect" before anything was sent; a simulated session lights
  // nothing at its start.
  it('is in no phase at its start, as a simulated session; its first SYN is in the first', () => {
    for (const file of ['get.pcapng', 'retransmission-sack.pcapng', 'mid-connection.pcapng']) {
      const [t] = timelines(file);
      expect(t?.steps[0]?.phase, file).toEqual({ mdn: null, sevenStep: null });
    }
    const simulated = simulate(SCENARIOS[0] as (typeof SCENARIOS)[number], {});
    expect(simulated.steps[0]?.phase).toEqual({ mdn: null, sevenStep: null });
    expect(timelines('get.pcapng')[0]?.steps[1]?.phase).toEqual({ mdn: 1, sevenStep: 1 });
  });

  it('a capture that begins mid-connection starts in ESTABLISHED, labelled as inferred', () => {
    const [t] = timelines('mid-connection.pcapng');
    expect(t?.steps[0]).toMatchObject({
      reason: 'capture-start-inferred',
      states: { client: 'ESTABLISHED', server: 'ESTABLISHED' },
    });
  });

  it('a capture with the handshake starts with the client CLOSED and the server listening', () => {
    const [t] = timelines('get.pcapng');
    expect(t?.steps[0]).toMatchObject({
      reason: 'capture-start',
      states: { client: 'CLOSED', server: 'LISTEN' },
    });
    expect(t?.steps[1]?.changes.map((c) => `${c.endpoint} ${c.from}→${c.to}`)).toEqual([
      'client CLOSED→SYN-SENT',
      'server LISTEN→SYN-RECEIVED',
    ]);
  });
});

describe('what real stacks do, kept as seen', () => {
  it("marks Wireshark's flags as its Info column does, and links a retransmission to its first copy", () => {
    const [t] = timelines('retransmission-rto.pcapng');
    const again = t?.segments.filter((s) => s.retransmissionOf !== null) ?? [];
    expect(again.length).toBeGreaterThan(0);
    for (const s of again) {
      expect(s.captured?.info).toMatch(/\[TCP (Fast |Spurious )?Retransmission\]/);
      const first = t?.segments[s.retransmissionOf ?? -1];
      expect(first?.from).toBe(s.from);
      expect(first?.relSeq).toBe(s.relSeq);
    }
  });

  it('reads a response dropped after the capture point only once its retransmission is received', () => {
    // Packet 6 was dropped at the client's input, after the loopback capture point
    // (fixtures/captures/README.md): the client acknowledges the response only after packet 7.
    const [t] = timelines('retransmission-rto.pcapng');
    if (!t) throw new Error('no conversation');
    const stepOf = (frame: number) =>
      t.steps.findIndex(
        (s) => s.segmentIn !== null && t.segments[s.segmentIn]?.captured?.frame === frame,
      );
    const statusLine = t.steps.findIndex((s) => s.reason === 'status-line-parsed');
    expect(statusLine).toBeGreaterThan(stepOf(7));
    expect(t.steps.slice(stepOf(6) + 1, stepOf(7)).map((s) => s.reason)).toEqual([]);
    const lost = t.segments.find((s) => s.captured?.frame === 6);
    expect(lost?.captured?.receivedWith).toBe(7);
    // Every other segment was acknowledged as it came: nothing else is noted.
    expect(t.segments.filter((s) => s.captured?.receivedWith !== undefined)).toHaveLength(1);
  });

  it('cites the retransmission timer for a retransmission, and duplicate ACKs for a fast one', () => {
    const rfcOf = (t: Timeline | undefined, frame: number) =>
      t?.steps.find(
        (s) => s.segmentIn !== null && t.segments[s.segmentIn]?.captured?.frame === frame,
      )?.rfc;
    const [rto] = timelines('retransmission-rto.pcapng');
    expect(rfcOf(rto, 7)).toBe('RFC 6298 §5');
    const [sack] = timelines('retransmission-sack.pcapng');
    const fast = sack?.segments.find((s) => s.captured?.analysis.includes('fast_retransmission'));
    expect(rfcOf(sack, fast?.captured?.frame ?? -1)).toBe('RFC 5681 §3.2');
  });

  it('counts SACK blocks and names duplicate ACKs as "Dup ACK frame#n"', () => {
    const [t] = timelines('retransmission-sack.pcapng');
    expect(t?.segments.some((s) => (s.captured?.sackBlocks ?? 0) > 0)).toBe(true);
    const dup = t?.segments.find((s) => s.captured?.analysis.includes('duplicate_ack'));
    expect(dup?.captured?.info).toMatch(/\[TCP Dup ACK \d+#\d+\]/);
  });

  it('notes a payload longer than the MSS (segmentation offload) with the MSS it exceeds', () => {
    const [c] = listConversations(
      sketch([
        { from: 'client', flags: ['SYN'], seq: 0, options: { mss: 1460 } },
        { from: 'server', flags: ['SYN', 'ACK'], seq: 0, ack: 1, options: { mss: 1460 } },
        { from: 'client', flags: ['ACK'], seq: 1, ack: 1 },
        { from: 'server', flags: ['ACK', 'PSH'], seq: 1, ack: 1, len: 5000 },
      ]),
    );
    const t = timelineFromConversation(c as Conversation);
    expect(t.segments.map((s) => s.captured?.longerThanMss)).toEqual([null, null, null, 1460]);
    // Not HTTP: no message, and nothing "corrected".
    expect(t.messages).toEqual([]);
    expect(t.segments[3]?.payloadLength).toBe(5000);
  });
});
