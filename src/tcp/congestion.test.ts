/**
 * The congestion window (RFC 5681 §3.1): the initial window of each profile, slow start's growth
 * on each ACK of new data, congestion avoidance above ssthresh, the loss window after a
 * retransmission timeout, and the rule that holds throughout: a sender never has more
 * unacknowledged data than the smaller of cwnd and the peer's window.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINUX, type TcpConfig, TEXTBOOK, tcpConfigFor } from './config';
import { receiveSegment } from './receive';
import type { SegmentOptions } from './segment';
import { nextDataSegment, send } from './send';
import { seqAdd } from './sequence';
import { payloadRoom, type Tcb } from './tcb';
import {
  feed,
  LOCAL_ISS,
  PEER_ISS,
  seg,
  tcbInSynReceived,
  tcbInSynSent,
} from './test-support/fixtures';
import { fireTimer } from './timers';

/** What a Linux peer's SYN,ACK offers (the captures' options). */
const LINUX_SYN_OPTIONS: SegmentOptions = {
  mss: 1460,
  sackPermitted: true,
  timestamps: { value: 1, echo: 0 },
  windowScale: 10,
};

/** The client end, ESTABLISHED by the peer's SYN,ACK (with `mss`, and Linux's options under linux). */
function established(config: TcpConfig, mss = 1460, timeouts = 0): Tcb {
  let tcb = tcbInSynSent(config);
  for (let i = 0; i < timeouts; i++) {
    tcb = fireTimer(tcb, 'retransmission', config, tcb.rtxDeadline ?? 0).tcb;
  }
  const options = config.profile === 'linux' ? { ...LINUX_SYN_OPTIONS, mss } : { mss };
  return feed(
    tcb,
    seg({ seq: PEER_ISS, ack: LOCAL_ISS + 1, flags: ['SYN', 'ACK'], options }),
    config,
  );
}

/** Sends every segment the windows allow now; returns the next TCB and how many left. */
function sendAllowed(tcb: Tcb, config: TcpConfig): { tcb: Tcb; sent: number } {
  let sent = 0;
  for (;;) {
    const r = nextDataSegment(tcb, config, 0);
    if (r === null) return { tcb, sent };
    tcb = r.tcb;
    sent += 1;
  }
}

/** The peer acknowledges `octets` more of our data: what the TCB does with that ACK. */
function acked(tcb: Tcb, octets: number, config: TcpConfig, window = 65535) {
  const ack = seqAdd(tcb.sndUna, octets);
  return receiveSegment(tcb, seg({ seq: tcb.rcvNxt, ack, flags: ['ACK'], window }), {
    now: 0,
    config,
    iss: 0,
  });
}

/** The TCB after the peer acknowledges `octets` more of our data. */
function ackMore(tcb: Tcb, octets: number, config: TcpConfig, window = 65535): Tcb {
  return acked(tcb, octets, config, window).tcb;
}

describe('the initial window (RFC 5681 §3.1; Linux TCP_INIT_CWND, RFC 6928)', () => {
  it('textbook: 3 segments at SMSS 1460, 4 at SMSS ≤ 1095, 2 above 2190', () => {
    expect(established(TEXTBOOK).cwnd).toBe(3 * 1460);
    expect(established(TEXTBOOK, 1095).cwnd).toBe(4 * 1095);
    expect(established(TEXTBOOK, 536).cwnd).toBe(4 * 536);
    const big = tcpConfigFor('textbook', 9000);
    expect(established(big, 8960).cwnd).toBe(2 * 8960);
  });

  it('linux: 10 segments of MSS less the timestamps, whatever the MSS', () => {
    const tcb = established(LINUX);
    expect(payloadRoom(tcb)).toBe(1448);
    expect(tcb.cwnd).toBe(10 * 1448);
    // On loopback RFC 6928's cap in octets would allow 2 segments; Linux sends 10.
    const lo = tcpConfigFor('linux', 65536);
    expect(established(lo, 65495).cwnd).toBe(10 * 65483);
  });

  it('the server starts from the same window once the handshake ACK arrives', () => {
    const r = receiveSegment(
      tcbInSynReceived(),
      seg({ seq: PEER_ISS + 1, ack: LOCAL_ISS + 1, flags: ['ACK'] }),
      {
        now: 0,
        config: TEXTBOOK,
        iss: 0,
      },
    );
    expect(r.tcb.state).toBe('ESTABLISHED');
    expect(r.tcb.cwnd).toBe(3 * 1460);
  });

  it('one segment after a lost SYN: textbook after one timeout, Linux after two', () => {
    expect(established(TEXTBOOK, 1460, 1).cwnd).toBe(1460);
    expect(established(LINUX, 1460, 1).cwnd).toBe(10 * 1448);
    expect(established(LINUX, 1460, 2).cwnd).toBe(1448);
  });

  it('ssthresh starts at the largest window the peer can advertise', () => {
    expect(established(TEXTBOOK).ssthresh).toBe(65535);
    expect(established(LINUX).ssthresh).toBe(65535 * 2 ** 10);
  });
});

describe('the first flight and slow start', () => {
  it.each([
    ['textbook', TEXTBOOK, 3],
    ['linux', LINUX, 10],
  ] as const)('%s sends IW segments, then two for each ACK of one segment', (_, config, iw) => {
    const queued = send(established(config), 'x'.repeat(40_000));
    const first = sendAllowed(queued, config);
    expect(first.sent).toBe(iw);
    const smss = payloadRoom(first.tcb);
    const acked = ackMore(first.tcb, smss, config);
    expect(acked.cwnd).toBe((iw + 1) * smss);
    expect(sendAllowed(acked, config).sent).toBe(2);
  });

  it('textbook grows by at most SMSS per ACK, Linux by what the ACK acknowledges', () => {
    const flight = (config: TcpConfig) =>
      sendAllowed(send(established(config), 'x'.repeat(40_000)), config).tcb;
    const textbook = flight(TEXTBOOK);
    expect(ackMore(textbook, 2 * 1460, TEXTBOOK).cwnd).toBe(textbook.cwnd + 1460);
    expect(ackMore(textbook, 500, TEXTBOOK).cwnd).toBe(textbook.cwnd + 500);
    const linux = flight(LINUX);
    expect(ackMore(linux, 2 * 1448, LINUX).cwnd).toBe(linux.cwnd + 2 * 1448);
  });

  it('an ACK that acknowledges no new data leaves the window', () => {
    const tcb = sendAllowed(send(established(TEXTBOOK), 'x'.repeat(40_000)), TEXTBOOK).tcb;
    const r = receiveSegment(tcb, seg({ seq: tcb.rcvNxt, ack: tcb.sndUna, flags: ['ACK'] }), {
      now: 0,
      config: TEXTBOOK,
      iss: 0,
    });
    expect(r.tcb.cwnd).toBe(tcb.cwnd);
    expect(r.outcome.reason).toBe('duplicate-ack-received');
  });

  it('says which window holds the rest back: the outcome of the segment that fills it', () => {
    let tcb = send(established(TEXTBOOK), 'x'.repeat(40_000));
    const full: string[] = [];
    for (let r = nextDataSegment(tcb, TEXTBOOK, 0); r; r = nextDataSegment(tcb, TEXTBOOK, 0)) {
      full.push(r.outcome.detail.windowFull);
      tcb = r.tcb;
    }
    expect(full).toEqual(['none', 'none', 'cwnd']);
    // The whole body fits: nothing is held back by the last segment.
    const small = nextDataSegment(send(established(TEXTBOOK), 'x'.repeat(100)), TEXTBOOK, 0);
    expect(small?.outcome.detail.windowFull).toBe('none');
  });

  it('the ACK says slow start while cwnd < ssthresh', () => {
    const tcb = sendAllowed(send(established(TEXTBOOK), 'x'.repeat(40_000)), TEXTBOOK).tcb;
    const r = acked(tcb, 1460, TEXTBOOK);
    expect(r.outcome).toEqual({
      reason: 'ack-received',
      detail: { acked: 1460, cwnd: 'slow-start' },
    });
  });
});

describe('a retransmission timeout (RFC 5681 §3.1, eq. 4)', () => {
  const inFlight = () => sendAllowed(send(established(TEXTBOOK), 'x'.repeat(40_000)), TEXTBOOK).tcb;

  it('cwnd falls to one segment, ssthresh to max(FlightSize / 2, 2·SMSS)', () => {
    const tcb = inFlight();
    const r = fireTimer(tcb, 'retransmission', TEXTBOOK, tcb.rtxDeadline ?? 0);
    expect(r.out).toHaveLength(1);
    expect(r.tcb.cwnd).toBe(1460);
    // FlightSize was 3 segments: half of it is less than 2·SMSS.
    expect(r.tcb.ssthresh).toBe(2 * 1460);
  });

  it('a large flight halves: ssthresh is half of it', () => {
    let tcb = inFlight();
    // Grow to 12 segments in flight: three rounds of ACKs.
    for (let round = 0; round < 2; round++) {
      const n = (tcb.sndNxt - tcb.sndUna) / 1460;
      for (let i = 0; i < n; i++) tcb = ackMore(tcb, 1460, TEXTBOOK);
      tcb = sendAllowed(tcb, TEXTBOOK).tcb;
    }
    const flight = tcb.sndNxt - tcb.sndUna;
    expect(flight).toBe(12 * 1460);
    const r = fireTimer(tcb, 'retransmission', TEXTBOOK, tcb.rtxDeadline ?? 0);
    expect(r.tcb.ssthresh).toBe(flight / 2);
    expect(r.tcb.cwnd).toBe(1460);
  });

  it('a second timeout of the same segment keeps ssthresh', () => {
    const once = fireTimer(inFlight(), 'retransmission', TEXTBOOK, 0).tcb;
    const twice = fireTimer(once, 'retransmission', TEXTBOOK, 0).tcb;
    expect(twice.retries).toBe(2);
    expect(twice.ssthresh).toBe(once.ssthresh);
    expect(twice.cwnd).toBe(1460);
  });

  it('then slow start to ssthresh, and congestion avoidance: cwnd += SMSS·SMSS / cwnd', () => {
    let tcb = fireTimer(inFlight(), 'retransmission', TEXTBOOK, 0).tcb;
    expect(tcb.ssthresh).toBe(2920);
    // The retransmitted segment is acknowledged: slow start, 1460 → 2920.
    const first = acked(tcb, 1460, TEXTBOOK);
    expect(first.outcome.detail).toEqual({ acked: 1460, cwnd: 'slow-start' });
    tcb = first.tcb;
    expect(tcb.cwnd).toBe(2920);
    // cwnd = ssthresh: congestion avoidance, 2920 + 1460·1460/2920 = 3650.
    const second = acked(tcb, 1460, TEXTBOOK);
    expect(second.outcome.detail).toEqual({ acked: 1460, cwnd: 'congestion-avoidance' });
    expect(second.tcb.cwnd).toBe(3650);
  });

  it('a window that is not a whole number of segments lets only whole segments go', () => {
    // After the two ACKs above, cwnd 3650 with one segment in flight: one more full segment, not
    // a piece of 730 octets to fill the window.
    let tcb = fireTimer(inFlight(), 'retransmission', TEXTBOOK, 0).tcb;
    tcb = ackMore(tcb, 1460, TEXTBOOK);
    tcb = ackMore(tcb, 1460, TEXTBOOK);
    expect(tcb.cwnd).toBe(3650);
    const sent = sendAllowed(tcb, TEXTBOOK).tcb;
    expect(sent.sndNxt - sent.sndUna).toBe(2 * 1460);
  });
});

describe('a sender never has more than min(cwnd, rwnd) unacknowledged', () => {
  /** One thing that happens to a sender with much queued: the peer acknowledges, or the timer fires. */
  const event = fc.oneof(
    fc.record({
      kind: fc.constant('ack' as const),
      segments: fc.integer({ min: 0, max: 4 }),
      extra: fc.integer({ min: 0, max: 1459 }),
      window: fc.integer({ min: 0, max: 65535 }),
    }),
    fc.record({ kind: fc.constant('timeout' as const) }),
  );

  it('after every segment it sends, under either profile', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(TEXTBOOK, LINUX),
        fc.array(event, { maxLength: 40 }),
        (config, events) => {
          let tcb = send(established(config), 'x'.repeat(200_000));
          const sendChecked = () => {
            for (let r = nextDataSegment(tcb, config, 0); r; r = nextDataSegment(tcb, config, 0)) {
              const [s] = r.out;
              const end = seqAdd(s?.seq ?? 0, s?.payload.length ?? 0);
              const outstanding = (end - r.tcb.sndUna) | 0;
              expect(outstanding).toBeLessThanOrEqual(Math.min(r.tcb.cwnd, r.tcb.sndWnd));
              tcb = r.tcb;
            }
          };
          sendChecked();
          for (const e of events) {
            if (e.kind === 'timeout') {
              tcb = fireTimer(tcb, 'retransmission', config, tcb.rtxDeadline ?? 0).tcb;
            } else {
              const flight = (tcb.sndNxt - tcb.sndUna) | 0;
              const octets = Math.min(flight, e.segments * payloadRoom(tcb) + e.extra);
              // The window field is scaled under linux (RFC 7323 §2.3).
              const window = config.profile === 'linux' ? e.window >> 10 : e.window;
              tcb = ackMore(tcb, octets, config, window);
            }
            if (tcb.state !== 'ESTABLISHED') return;
            sendChecked();
          }
        },
      ),
    );
  });
});
