/**
 * The real captures against tshark: for every packet of every fixture, the
 * reader, the conversations and the TCP analysis must say what tshark said
 * when the fixture was made (fixtures/captures/*.txt), and what tshark says
 * now on the same file (it must be installed: see test-support/tshark.ts).
 * tshark is the oracle.
 */
import { describe, expect, it } from 'vitest';
import { type CapturedSegment, listConversations, readCapture } from './index';
import { reassemble } from './reassembly';
import {
  captureFiles,
  FIXTURES,
  fixtureBytes,
  readTsharkSummary,
  recordedSequences,
  scenarioCaptures,
  summaryFile,
  tsharkFlags,
} from './test-support/fixtures';
import { ANALYSIS_FIELDS, asTsharkFlags, tsharkReference } from './test-support/tshark';

function read(file: string): CapturedSegment[] {
  const result = readCapture(fixtureBytes(file));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.error)}`);
  expect(result.warnings).toEqual([]);
  expect(result.damage).toBeNull();
  return result.packets;
}

const num = (text: string | undefined) => (text ? Number(text) : undefined);

describe.each(captureFiles())('%s', (file) => {
  const allRows = readTsharkSummary(summaryFile(file));
  // The summary lists every frame; the TCP ones have ports.
  const rows = allRows.filter((r) => r['tcp.srcport']);
  const packets = read(file);
  const conversations = listConversations(packets);
  const relative = new Map(
    conversations.flatMap((c) => c.segments.map((s) => [s.frame, { stream: c.id, ...s }] as const)),
  );
  // The importer's captures were summarised with more columns (scripts/capture/capture.sh).
  const has = (column: string) => column in (allRows[0] ?? {});

  it('has every TCP packet tshark saw, in order, and counts the others', () => {
    expect(packets.map((p) => p.frame)).toEqual(rows.map((r) => Number(r['frame.number'])));
    const result = readCapture(fixtureBytes(file));
    const others = result.ok ? result.other.reduce((n, o) => n + o.packets, 0) : -1;
    expect(others).toBe(allRows.length - rows.length);
  });

  it('agrees with tshark on every header field', () => {
    rows.forEach((row, i) => {
      const p = packets[i] as CapturedSegment;
      const { flags, other } = tsharkFlags(row['tcp.flags.str'] ?? '');
      const at = `${file} frame ${row['frame.number']}`;
      expect({ at, src: p.src, dst: p.dst, srcPort: p.srcPort, dstPort: p.dstPort }).toEqual({
        at,
        src: row['ip.src'] || row['ipv6.src'],
        dst: row['ip.dst'] || row['ipv6.dst'],
        srcPort: num(row['tcp.srcport']),
        dstPort: num(row['tcp.dstport']),
      });
      expect({ at, flags: p.flags, other: p.otherFlags }).toEqual({ at, flags, other });
      expect({ at, seq: p.seq, ack: p.ack, len: p.length, window: p.window }).toEqual({
        at,
        seq: num(row['tcp.seq_raw']),
        // tshark leaves the raw acknowledgment at 0 when the ACK flag is off, as Linux sends it.
        ack: num(row['tcp.ack_raw']),
        len: num(row['tcp.len']),
        window: num(row['tcp.window_size_value']),
      });
      expect(p.payload.length).toBe(p.length);
      expect(p.truncated).toBe(false);
      // Times: tshark prints seconds with 9 decimals; get.pcap holds microseconds only.
      expect(Math.abs(p.time - Number(row['frame.time_relative']) * 1000)).toBeLessThan(
        file.endsWith('.pcap') ? 1e-3 : 1e-6,
      );
      if (has('frame.len'))
        expect({ at, length: p.frameLength }).toEqual({ at, length: num(row['frame.len']) });
      if (has('vlan.id')) {
        // Wireshark names an 802.1ad service tag ieee8021ad, an 802.1Q tag vlan: outer first.
        const tags = [row['ieee8021ad.id'], row['vlan.id']].filter(Boolean).join(',');
        expect({ at, vlans: p.vlans?.join(',') ?? '' }).toEqual({ at, vlans: tags });
      }
    });
  });

  it('agrees with tshark on every TCP option', () => {
    rows.forEach((row, i) => {
      const o = (packets[i] as CapturedSegment).options;
      const s = relative.get(Number(row['frame.number']));
      // tshark shows SACK edges relative to the peer's base: the one the acknowledgment is relative to.
      const peerBase = s ? (s.packet.ack - s.relAck) >>> 0 : 0;
      const edges = (side: 'left' | 'right') =>
        o.sack?.map((b) => (b[side] - peerBase) >>> 0).join(',') ?? '';
      const at = `${file} frame ${row['frame.number']}`;
      expect({
        at,
        kinds: o.kinds.join(','),
        mss: o.mss,
        ws: o.windowScale,
        tsval: o.timestamps?.value,
        tsecr: o.timestamps?.echo,
        sackLeft: edges('left'),
        sackRight: edges('right'),
      }).toEqual({
        at,
        kinds: row['tcp.option_kind'],
        mss: num(row['tcp.options.mss_val']),
        ws: num(row['tcp.options.wscale.shift']),
        tsval: num(row['tcp.options.timestamp.tsval']),
        tsecr: num(row['tcp.options.timestamp.tsecr']),
        sackLeft: row['tcp.options.sack_le'],
        sackRight: row['tcp.options.sack_re'],
      });
      expect(o.sackPermitted ?? false).toBe(o.kinds.includes(4));
      expect(o.malformed).toBeUndefined();
    });
  });

  it("agrees with tshark on streams, relative sequence numbers (each side's base) and windows", () => {
    for (const row of rows) {
      const s = relative.get(Number(row['frame.number']));
      const at = `${file} frame ${row['frame.number']}`;
      expect({ at, stream: s?.stream, relSeq: s?.relSeq, relAck: s?.relAck, len: s?.len }).toEqual({
        at,
        stream: num(row['tcp.stream']),
        relSeq: num(row['tcp.seq']),
        relAck: num(row['tcp.ack']),
        len: num(row['tcp.len']),
      });
      if (has('tcp.window_size')) {
        expect({ at, window: s?.windowBytes }).toEqual({ at, window: num(row['tcp.window_size']) });
      }
    }
  });

  // The scenario captures' summaries predate the analysis columns; the live comparison below covers them.
  if (has('tcp.analysis.retransmission')) {
    it('agrees with the TCP analysis tshark wrote beside the capture', () => {
      for (const row of rows) {
        const s = relative.get(Number(row['frame.number']));
        const at = `${file} frame ${row['frame.number']}`;
        const expected = ANALYSIS_FIELDS.filter((f) => row[`tcp.analysis.${f}`]);
        const dupAck = row['tcp.analysis.duplicate_ack_num']
          ? `${row['tcp.analysis.duplicate_ack_num']}#${row['tcp.analysis.duplicate_ack_frame']}`
          : '';
        const ours = s?.analysis.duplicateAck;
        expect({
          at,
          flags: s ? asTsharkFlags(s.analysis) : [],
          dupAck: ours ? `${ours.number}#${ours.of}` : '',
        }).toEqual({
          at,
          flags: expected,
          dupAck,
        });
      }
    });
  }

  const reference = () => tsharkReference(`${FIXTURES}/${file}`, conversations.length);

  it('agrees with the TCP analysis, and the streams, of the tshark installed here', () => {
    const { analysis: theirs, streams } = reference();
    for (const c of conversations) {
      // Node 0 of tshark's follow output is the side of the conversation's first segment.
      const first = c.segments[0]?.from ?? 'client';
      const a = reassemble(c.segments, first);
      const b = reassemble(c.segments, first === 'client' ? 'server' : 'client');
      expect({ stream: c.id, a: a.octets, b: b.octets }).toEqual({
        stream: c.id,
        a: streams.get(c.id)?.[0],
        b: streams.get(c.id)?.[1],
      });
      expect([...a.gaps, ...b.gaps]).toEqual([]);
    }
    for (const [frame, expected] of theirs) {
      const s = relative.get(frame);
      const ours = s?.analysis.duplicateAck;
      expect({
        frame,
        flags: s ? asTsharkFlags(s.analysis) : [],
        dupAck: ours ? `${ours.number}#${ours.of}` : '',
      }).toEqual({
        frame,
        flags: expected.flags,
        dupAck: expected.dupAck,
      });
    }
    expect(theirs.size).toBe(packets.length);
    // tshark runs once per direction: about 2 s here, over 5 on a busy machine.
  }, 30_000);
});

describe.each(scenarioCaptures())('%s (a scenario capture)', (file) => {
  it('names the client as the side that sent the first SYN', () => {
    for (const c of listConversations(read(file))) {
      expect(c.clientBy).toBe('syn');
      expect(c.server).toEqual({ address: '127.0.0.1', port: 8080 });
      expect(c.segments[0]?.from).toBe('client');
    }
  });
});

/** The compact form the capture script wrote to stability.txt. */
function sequence(file: string): string[] {
  const [conversation] = listConversations(read(file));
  return (conversation?.segments ?? []).map(
    (s) =>
      `${s.from === 'client' ? 'C→S' : 'S→C'} ${s.flags.join(',')}${s.len > 0 ? ` len=${s.len}` : ''}`,
  );
}

describe('the segment sequences recorded in stability.txt', () => {
  const recorded = recordedSequences();

  it.each([...recorded.keys()])('%s: the reader sees the same', (scenario) => {
    expect(sequence(`${scenario}.pcapng`)).toEqual(recorded.get(scenario));
  });

  it('covers every scenario capture', () => {
    const scenarios = scenarioCaptures()
      .filter((f) => f.endsWith('.pcapng'))
      .map((f) => f.replace('.pcapng', ''));
    expect([...recorded.keys()].sort()).toEqual(scenarios.sort());
  });
});

describe('what the linux profile must reproduce (see fixtures/captures/README.md)', () => {
  it('GET: three-way handshake, a separate ACK of the request, three-segment close from the client', () => {
    expect(sequence('get.pcapng')).toEqual([
      'C→S SYN',
      'S→C SYN,ACK',
      'C→S ACK',
      'C→S PSH,ACK len=99',
      'S→C ACK',
      'S→C PSH,ACK len=421',
      'C→S ACK',
      'C→S FIN,ACK',
      'S→C FIN,ACK',
      'C→S ACK',
    ]);
  });

  it('Connection: close: the server sends its FIN on the last data segment', () => {
    expect(sequence('connection-close.pcapng')).toEqual([
      'C→S SYN',
      'S→C SYN,ACK',
      'C→S ACK',
      'C→S PSH,ACK len=97',
      'S→C ACK',
      'S→C FIN,PSH,ACK len=416',
      'C→S FIN,ACK',
      'S→C ACK',
    ]);
  });

  it('offers MSS, SACK-permitted, timestamps and window scale on both SYNs, in that order', () => {
    for (const file of ['get.pcapng', 'large-response-mtu1500.pcapng']) {
      const syns = read(file).filter((p) => p.flags.includes('SYN'));
      expect(syns).toHaveLength(2);
      for (const syn of syns) {
        // MSS, SACK_PERM, TS, NOP, WS: Linux's tcp_options_write order.
        expect(syn.options.kinds).toEqual([2, 4, 8, 1, 3]);
        expect(syn.options.sackPermitted).toBe(true);
        expect(syn.options.windowScale).toBe(10);
      }
    }
  });

  it('takes the MSS from the link: min(MTU, 65535) − 40 (65495 on loopback, 1460 at MTU 1500)', () => {
    const mss = (file: string) => read(file).find((p) => p.flags.includes('SYN'))?.options.mss;
    // Loopback's MTU is 65536, but an IPv4 packet is at most 65535 octets (RFC 791 total length).
    expect(mss('get.pcapng')).toBe(65535 - 40);
    expect(mss('large-response-mtu1500.pcapng')).toBe(1500 - 40);
    // Full segments carry MSS − 12: the timestamp option (10) padded to 12 on every segment.
    const full = read('large-response-mtu1500.pcapng').filter((p) => p.length > 1000);
    expect(new Set(full.slice(0, -1).map((p) => p.length))).toEqual(new Set([1448]));
  });

  it('advertises floor(65535 / m) × m in the SYNs: m = MSS (client), MSS − 12 (server, timestamps agreed)', () => {
    const windows = (file: string) =>
      read(file)
        .filter((p) => p.flags.includes('SYN'))
        .map((p) => p.window);
    const multipleBelow = (m: number) => Math.floor(65535 / m) * m;
    expect(windows('get.pcapng')).toEqual([multipleBelow(65495), multipleBelow(65495 - 12)]);
    expect(windows('large-response-mtu1500.pcapng')).toEqual([
      multipleBelow(1460),
      multipleBelow(1448),
    ]);
    expect(windows('large-response-mtu1500.pcapng')).toEqual([64240, 65160]);
  });

  it('scales the window by 2^10 after the handshake (64 → 65536 octets)', () => {
    const [c] = listConversations(read('get.pcapng'));
    expect(c?.clientWindowScale).toBe(10);
    expect(c?.segments.map((s) => s.windowBytes)).toEqual([
      65495, 65483, 65536, 65536, 65536, 65536, 65536, 65536, 65536, 65536,
    ]);
  });
});
