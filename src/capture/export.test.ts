/**
 * Every canned scenario, under both profiles, exported as pcapng and opened
 * by tshark itself: IP and TCP checksums right, nothing malformed, the HTTP
 * request and response dissected, and Wireshark's TCP analysis flagging only
 * what the scenario means to show. Then read back: the same segments.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../scenarios';
import { simulate } from '../session/simulate';
import { bytesToBinary } from '../timeline/bytes';
import type { Segment, Timeline } from '../timeline/types';
import { timelineToPcapng } from './export';
import { listConversations, readCapture } from './index';
import { ANALYSIS_FIELDS, INSTALL_TSHARK, tsharkAvailable } from './test-support/tshark';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'roundtrip-export-'));
const cases = (['textbook', 'linux'] as const).flatMap((profile) =>
  SCENARIOS.map((scenario) => ({
    name: `${scenario.id} (${profile})`,
    timeline: simulate(scenario, { profile }),
  })),
);

/**
 * What a scenario means Wireshark to flag, segment by segment: a segment
 * sent again is a retransmission (the lost segment in lost-segment, the
 * repeated FIN in why-time-wait); the new SYN after an old duplicate (RFC
 * 9293 Figure 8), or of the next incarnation on one client port
 * (time-wait-old-segment), reuses the ports of that older connection; an
 * ACK that repeats the last one is a duplicate ACK (TIME-WAIT answering an
 * old segment; in time-wait-cut-short, the real answer arriving after the
 * old one was taken). Nothing else.
 */
function intended(timeline: Timeline, s: Segment): string[] {
  if (s.retransmissionOf !== null) return ['retransmission'];
  const oldSyn = timeline.segments.some((o) => o.oldDuplicate && o.flags.includes('SYN'));
  const portUsedBefore = timeline.segments.some(
    (o) => o.id < s.id && o.from === 'client' && o.srcPort === s.srcPort && o.flags.includes('FIN'),
  );
  if ((oldSyn || portUsedBefore) && !s.oldDuplicate && s.flags.join() === 'SYN') {
    return ['reused_ports'];
  }
  const sentBy = timeline.steps.find((st) => st.segmentsOut.includes(s.id));
  const repeatsAck =
    sentBy?.reason === 'old-segment-in-time-wait' || sentBy?.reason === 'duplicate-ack-sent';
  if (repeatsAck && s.payloadLength === 0) return ['duplicate_ack'];
  return [];
}

const FIELDS = [
  'frame.number',
  'ip.checksum.status',
  'tcp.checksum.status',
  '_ws.malformed',
  'http.request.method',
  'http.request.uri',
  'http.request.version',
  'http.response.code',
  ...ANALYSIS_FIELDS.map((f) => `tcp.analysis.${f}`),
];

type Row = Record<string, string>;
const tshark = new Map<string, Row[]>();

beforeAll(async () => {
  if (!tsharkAvailable()) throw new Error(INSTALL_TSHARK);
  // One tshark per file, all at once: most of each run is tshark starting up.
  await Promise.all(
    cases.map(async ({ name, timeline }) => {
      const file = join(dir, `${name.replace(/\W+/g, '-')}.pcapng`);
      writeFileSync(file, timelineToPcapng(timeline).bytes);
      const args = ['-r', file, '-o', 'tcp.check_checksum:TRUE', '-o', 'ip.check_checksum:TRUE'];
      args.push('-T', 'fields', '-E', 'separator=/t', '-E', 'occurrence=f');
      for (const f of FIELDS) args.push('-e', f);
      const { stdout } = await run('tshark', args, { maxBuffer: 1 << 26 });
      tshark.set(
        name,
        stdout
          .trimEnd()
          .split('\n')
          .map((line) => {
            const cells = line.split('\t');
            return Object.fromEntries(FIELDS.map((f, i) => [f, cells[i] ?? '']));
          }),
      );
    }),
  );
}, 120_000);

describe.each(cases)('$name exported as pcapng', ({ name, timeline }) => {
  const { bytes, segmentIds } = timelineToPcapng(timeline);
  const byId = new Map(timeline.segments.map((s) => [s.id, s]));

  it('has right IP and TCP checksums and nothing malformed, as tshark checks them', () => {
    const rows = tshark.get(name) ?? [];
    expect(rows).toHaveLength(segmentIds.length);
    // Wireshark's checksum status: 1 good, 2 bad.
    expect(
      rows.filter(
        (r) =>
          r['ip.checksum.status'] !== '1' || r['tcp.checksum.status'] !== '1' || r['_ws.malformed'],
      ),
    ).toEqual([]);
  });

  it("has the HTTP requests and responses tshark's dissector finds", () => {
    const rows = tshark.get(name) ?? [];
    const requests = rows.filter((r) => r['http.request.method']);
    const lines = requests.map(
      (r) => `${r['http.request.method']} ${r['http.request.uri']} ${r['http.request.version']}`,
    );
    expect(lines).toEqual(
      timeline.messages.filter((m) => m.kind === 'request').map((m) => m.startLine),
    );
    const codes = rows.filter((r) => r['http.response.code']).map((r) => r['http.response.code']);
    expect(codes).toEqual(
      timeline.messages.filter((m) => m.kind === 'response').map((m) => m.startLine.split(' ')[1]),
    );
  });

  it('is flagged by tshark only where the scenario means it', () => {
    const rows = tshark.get(name) ?? [];
    const flagged = rows.map((r, i) => {
      const segment = byId.get(segmentIds[i] ?? -1) as Segment;
      return {
        frame: i + 1,
        segment: segment.id,
        flags: ANALYSIS_FIELDS.filter((f) => r[`tcp.analysis.${f}`]),
        intended: intended(timeline, segment),
      };
    });
    expect(flagged.filter((f) => f.flags.join() !== f.intended.join())).toEqual([]);
  });

  it('reads back as the same segments, at the times the server saw them', () => {
    const result = readCapture(bytes);
    if (!result.ok) throw new Error(result.error.explanation);
    expect(result.warnings).toEqual([]);
    const back = result.packets.map((p, i) => {
      const s = byId.get(segmentIds[i] ?? -1) as Segment;
      return {
        id: s.id,
        addresses: [p.src, p.dst],
        ports: [p.srcPort, p.dstPort],
        flags: p.flags,
        seq: p.seq,
        ack: p.ack,
        window: p.window,
        mss: p.options.mss,
        windowScale: p.options.windowScale,
        sackPermitted: p.options.sackPermitted,
        timestamps: p.options.timestamps,
        payload: bytesToBinary(p.payload),
        time: p.time,
      };
    });
    const want = segmentIds.map((id) => {
      const s = byId.get(id) as Segment;
      const [from, to] =
        s.from === 'client'
          ? [timeline.client, timeline.server]
          : [timeline.server, timeline.client];
      return {
        id,
        addresses: [from.address, to.address],
        ports: [s.srcPort, s.dstPort],
        flags: s.flags,
        seq: s.seq,
        ack: s.ack,
        window: s.window,
        mss: s.flags.includes('SYN') ? s.options.mss : undefined,
        windowScale: s.options.windowScale,
        sackPermitted: s.options.sackPermitted,
        timestamps: s.options.timestamps,
        payload: s.payload,
        time: s.from === 'server' ? s.sentAt : s.arrivesAt,
      };
    });
    // The reader counts time from the first frame, as Wireshark does.
    const first = want[0]?.time ?? 0;
    for (const w of want) w.time = Math.round(((w.time ?? 0) - first) * 1e6) / 1e6;
    expect(back).toEqual(want);
  });

  it("numbers the segments relative to each side's ISN as the timeline does", () => {
    const result = readCapture(bytes);
    if (!result.ok) throw new Error(result.error.explanation);
    const conversations = listConversations(result.packets);
    const isns = new Set(timeline.connections.map((c) => c.clientIsn));
    // A conversation started by an old duplicate SYN (RFC 9293 Figure 8) is
    // the earlier incarnation's, numbered from its own SYN, as Wireshark does.
    const earlier = conversations.filter((c) => !isns.has(c.clientIsn ?? -1));
    const hasOldSyn = timeline.segments.some((s) => s.oldDuplicate);
    expect(earlier.length).toBe(hasOldSyn ? 1 : 0);
    for (const c of conversations) {
      if (earlier.includes(c)) continue;
      for (const s of c.segments) {
        const segment = byId.get(segmentIds[s.frame - 1] ?? -1) as Segment;
        expect({ id: segment.id, relSeq: s.relSeq, relAck: s.relAck }).toEqual({
          id: segment.id,
          relSeq: segment.relSeq >>> 0,
          relAck: segment.relAck >>> 0,
        });
      }
    }
  });
});

describe('the capture point', () => {
  it('from the client, a segment the server lost is missing, and what arrives is stamped when it arrives', () => {
    const scenario = SCENARIOS.find((s) => s.id === 'lost-segment');
    if (!scenario) throw new Error('lost-segment is a canned scenario');
    const timeline = simulate(scenario);
    const lost = timeline.segments.filter((s) => s.lostAt !== null);
    expect(lost.map((s) => s.from)).toEqual(['server']);
    const atClient = timelineToPcapng(timeline, { at: 'client' });
    const atServer = timelineToPcapng(timeline);
    expect(atServer.segmentIds).toHaveLength(timeline.segments.length);
    expect(atClient.segmentIds).toHaveLength(timeline.segments.length - 1);
    expect(atClient.segmentIds).not.toContain(lost[0]?.id);
  });
});
