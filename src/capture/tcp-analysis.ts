/**
 * Wireshark's TCP analysis (`tcp.analysis.*`): the flags students see in the
 * Info column, such as "[TCP Retransmission]" or "[TCP Dup ACK 5#1]".
 *
 * These are heuristics, not facts. A capture shows one point of the path,
 * so Wireshark guesses from sequence numbers, acknowledgments, windows and
 * timing what each segment was, and it guesses wrong in known ways: a quick
 * retransmission is called out-of-order, SACK blocks are not read at all,
 * and "previous segment not captured" may mean the capture missed it, not
 * the network. This module makes the same guesses, in the same order, as
 * `tcp_analyze_sequence_number` in Wireshark's epan/dissectors/packet-tcp.c
 * as tshark 4.0 has it, so that what Roundtrip marks equals what tshark marks
 * on the same file: the tests compare the two on every fixture and on
 * hundreds of random conversations (tcp-analysis.tshark.test.ts). Later
 * Wireshark versions differ in details (the order of the retransmission
 * checks, when "ACKed unseen segment" repeats).
 *
 * The analysis runs per conversation and per direction ("flow"), one segment
 * at a time in capture order, and remembers for each flow what it sent last.
 */
import type { CapturedSegment } from './types';

/** The analysis flags, named after Wireshark's `tcp.analysis.<name>` fields. */
export type TcpAnalysisFlag =
  /** A segment that repeats sequence space already sent, with nothing better to call it. */
  | 'retransmission'
  /** A retransmission right after at least two duplicate ACKs asking for it (RFC 5681 §3.2). */
  | 'fast_retransmission'
  /** A retransmission of data the receiver had already acknowledged. */
  | 'spurious_retransmission'
  /** An older sequence number soon after newer ones: reordering, or a quick retransmission. */
  | 'out_of_order'
  /** "Previous segment not captured": this segment starts past the end of what was seen. */
  | 'lost_segment'
  /** "ACKed unseen segment": this acknowledges data the capture never showed. */
  | 'ack_lost_segment'
  /** A pure ACK repeating the previous one (same ACK, window, sequence number). */
  | 'duplicate_ack'
  /** The receive window advertised is 0 (RFC 9293 §3.8.6.2). */
  | 'zero_window'
  /** One octet sent at the next sequence number into a zero window (RFC 9293 §3.8.6.1). */
  | 'zero_window_probe'
  | 'zero_window_probe_ack'
  /** An empty (or one-octet) segment one below the next sequence number (RFC 9293 §3.8.4). */
  | 'keep_alive'
  | 'keep_alive_ack'
  /** A pure ACK whose only news is a different window. */
  | 'window_update'
  /** A segment that fills the peer's advertised window to its edge. */
  | 'window_full'
  /** A new SYN on the same addresses and ports with a different initial sequence number. */
  | 'reused_ports';

export interface TcpAnalysis {
  /** In the order Wireshark checks them. */
  flags: TcpAnalysisFlag[];
  /** For a duplicate ACK: which one in the run (1, 2, …) and the frame of the ACK it repeats. */
  duplicateAck?: { number: number; of: number };
}

/** 32-bit sequence-space comparisons (RFC 9293 §3.4), as Wireshark's GT_SEQ and friends. */
const diff = (a: number, b: number) => (a - b) | 0;
const gt = (a: number, b: number) => diff(a, b) > 0;
const lt = (a: number, b: number) => diff(a, b) < 0;
const le = (a: number, b: number) => diff(a, b) <= 0;
const add = (a: number, b: number) => (a + b) >>> 0;

/** What Wireshark remembers about one direction of a conversation. */
interface Flow {
  baseSeq: number | null;
  /**
   * The highest next sequence number seen. Wireshark uses 0 for "not yet":
   * a flow whose next sequence number is truly 0 (a wrap) is taken as unset
   * too, and that quirk is kept here so that the flags stay equal.
   */
  nextSeq: number;
  nextSeqTime: number | null;
  lastAck: number;
  lastAckTime: number | null;
  /** The highest sequence number seen without a hole before it ("max seq to be acked"). */
  maxSeqToBeAcked: number;
  /** The last window field sent (unscaled); 2³² − 1 before the first segment. */
  window: number;
  /** Duplicate ACKs in the current run. */
  dupAckNum: number;
  lastNonDupAck: number;
  /** The flags of this flow's previous segment. */
  lastFlags: TcpAnalysisFlag[];
  /** Window scale: the SYN's shift; −1 unknown (no SYN seen), −2 not in use. */
  windowScale: number;
}

export function newFlow(): Flow {
  return {
    baseSeq: null,
    nextSeq: 0,
    nextSeqTime: null,
    lastAck: 0,
    lastAckTime: null,
    maxSeqToBeAcked: 0,
    window: 0xffffffff,
    dupAckNum: 0,
    lastNonDupAck: 0,
    lastFlags: [],
    windowScale: -1,
  };
}

export type { Flow };

/** The conversation-wide part: the time of the latest SYN and the handshake's round trip. */
export interface AnalysisTimes {
  lastSynTime: number | null;
  /** SYN to the handshake's ACK; Wireshark's out-of-order threshold once known. */
  firstRtt: number | null;
}

/**
 * The duplicate-ACK count right after an "ACKed unseen segment". Wireshark
 * stores −1 in an unsigned counter, so it reads as 4294967295: a run of
 * duplicate ACKs restarts from it at 1, and the fast-retransmission test
 * ("at least two duplicate ACKs") passes on it. Kept so, for equal flags.
 */
const UNSEEN_ACKED = 0xffffffff;

/** 3 ms: Wireshark's out-of-order threshold before the handshake's round trip is known. */
const OUT_OF_ORDER_DEFAULT_MS = 3;
/** 20 ms: a fast retransmission comes this soon after the last duplicate ACK. */
const FAST_RETRANSMISSION_MS = 20;

/** The segment's fields the checks read, decoded once. */
interface Seen {
  seq: number;
  ack: number;
  window: number;
  len: number;
  syn: boolean;
  fin: boolean;
  rst: boolean;
  ackFlag: boolean;
  /** No SYN, FIN or RST: the checks for keep-alives, window updates and duplicate ACKs want none. */
  plain: boolean;
  frame: number;
}

/**
 * Analyses one segment of a conversation: `fwd` is the flow of its sender,
 * `rev` the other. Updates both flows as Wireshark does and returns the flags.
 */
export function analyzeSegment(
  p: CapturedSegment,
  fwd: Flow,
  rev: Flow,
  times: AnalysisTimes,
): TcpAnalysis {
  const syn = p.flags.includes('SYN');
  const fin = p.flags.includes('FIN');
  const rst = p.flags.includes('RST');
  const s: Seen = {
    seq: p.seq,
    ack: p.ack,
    window: p.window,
    len: p.length,
    syn,
    fin,
    rst,
    ackFlag: p.flags.includes('ACK'),
    plain: !syn && !fin && !rst,
    frame: p.frame,
  };
  const { seq, ack, window, len, ackFlag } = s;

  // Wireshark's relative numbers: the SYN's sequence number, or one less than
  // the first one seen; the peer's from the first acknowledgment.
  fwd.baseSeq ??= syn ? seq : (seq - 1) >>> 0;
  if (ackFlag) rev.baseSeq ??= (ack - 1) >>> 0;

  const flags: TcpAnalysisFlag[] = [];
  const duplicateAck = windowAndAckChecks(s, fwd, rev, flags);
  const has = (f: TcpAnalysisFlag) => flags.includes(f);

  // A new acknowledgment number ends a run of duplicate ACKs.
  if (ack !== fwd.lastAck) {
    fwd.lastNonDupAck = p.frame;
    fwd.dupAckNum = 0;
  }

  // ACKed unseen segment: this acknowledges past the peer's data seen without
  // a hole. Said once: the mark moves up to the highest sequence number seen.
  if (rev.maxSeqToBeAcked !== 0 && gt(ack, rev.maxSeqToBeAcked) && ackFlag) {
    if (lt(rev.maxSeqToBeAcked, rev.nextSeq)) {
      // The peer's data seen so far has a hole: the mark moves up to its end.
      rev.maxSeqToBeAcked = rev.nextSeq;
      flags.push('ack_lost_segment');
    } else {
      // Said once per lost segment, however many ACKs repeat it; the peer's
      // duplicate-ACK count holds that it was said.
      if (rev.dupAckNum === 0) flags.push('ack_lost_segment');
      rev.dupAckNum = UNSEEN_ACKED;
    }
  }

  // Retransmission, fast retransmission, spurious retransmission or out-of-order:
  // a segment that carries sequence space (data, SYN or FIN) without advancing.
  if ((len > 0 || syn || fin) && !has('keep_alive')) {
    let notAdvanced = fwd.nextSeq !== 0 && lt(seq, fwd.nextSeq);
    // More than one octet starting one below the next sequence number follows
    // a zero window probe: it brings new data, so it is not a retransmission.
    if (len > 1 && (fwd.nextSeq - 1) >>> 0 === seq) notAdvanced = false;
    const nextSeqAfter = add(add(seq, len), syn || fin ? 1 : 0);
    if (len > 0 && rev.lastAck !== 0 && le(add(seq, len), rev.lastAck)) {
      // All of it was acknowledged already.
      flags.push('spurious_retransmission');
    } else if (
      notAdvanced &&
      rev.dupAckNum >= 2 &&
      rev.lastAck === seq &&
      since(p.time, rev.lastAckTime) < FAST_RETRANSMISSION_MS
    ) {
      // At least two duplicate ACKs asked for exactly this, within 20 ms.
      flags.push('fast_retransmission');
    } else if (
      notAdvanced &&
      since(p.time, fwd.nextSeqTime) < (times.firstRtt || OUT_OF_ORDER_DEFAULT_MS) &&
      fwd.nextSeq !== nextSeqAfter
    ) {
      // Soon after the newest data, and not ending where it ends: reordered, Wireshark guesses.
      flags.push('out_of_order');
    } else if (notAdvanced) {
      flags.push('retransmission');
    }
  }

  // Remember how far this flow has got (a zero window probe does not count).
  const nextSeq = add(add(seq, len), syn || fin ? 1 : 0);
  const probe = has('zero_window_probe');
  if ((gt(nextSeq, fwd.nextSeq) || fwd.nextSeq === 0) && !probe) {
    fwd.nextSeq = nextSeq;
    fwd.nextSeqTime = p.time;
  }
  if ((seq === fwd.maxSeqToBeAcked || fwd.maxSeqToBeAcked === 0) && !probe) {
    fwd.maxSeqToBeAcked = fwd.nextSeq;
  }
  fwd.window = window;
  fwd.lastAck = ack;
  fwd.lastAckTime = p.time;
  fwd.lastFlags = flags;
  return duplicateAck ? { flags, duplicateAck } : { flags };
}

/**
 * The first checks, in Wireshark's order. A zero window probe, a keep-alive
 * ACK and a zero window probe ACK end them (Wireshark's `goto finished_fwd`).
 * Returns the duplicate ACK's number, when it is one.
 */
function windowAndAckChecks(
  s: Seen,
  fwd: Flow,
  rev: Flow,
  flags: TcpAnalysisFlag[],
): TcpAnalysis['duplicateAck'] {
  const { seq, ack, window, len, rst, plain } = s;
  // Zero window probe: exactly one octet at the next sequence number, into a zero window.
  if (len === 1 && seq === fwd.nextSeq && rev.window === 0) {
    flags.push('zero_window_probe');
    return undefined;
  }
  // Zero window: the sender advertises no room (SYN, FIN and RST excepted).
  if (window === 0 && plain) flags.push('zero_window');
  // Previous segment not captured: this starts beyond everything seen so far (RST excepted).
  if (fwd.nextSeq !== 0 && gt(seq, fwd.nextSeq) && !rst) flags.push('lost_segment');
  // Keep-alive: 0 or 1 octet starting one below the next sequence number.
  if ((len === 0 || len === 1) && seq === (fwd.nextSeq - 1) >>> 0 && plain) {
    flags.push('keep_alive');
  }
  const sameAckAndSeq = len === 0 && seq === fwd.nextSeq && ack === fwd.lastAck && plain;
  // Window update: an empty segment repeating the last one but for a new (non-zero) window.
  if (sameAckAndSeq && window !== 0 && window !== fwd.window) flags.push('window_update');
  // Window full: the segment ends exactly at the right edge of the peer's window.
  if (len > 0 && rev.windowScale !== -1 && plain) {
    const shift = rev.windowScale === -2 ? 0 : rev.windowScale;
    const edge = add(rev.lastAck, (rev.window << shift) >>> 0);
    if (add(seq, len) === edge) flags.push('window_full');
  }
  const repeatsWindow = window === fwd.window;
  // Keep-alive ACK: the answer to a keep-alive repeats the previous ACK.
  if (sameAckAndSeq && window !== 0 && repeatsWindow && rev.lastFlags.includes('keep_alive')) {
    flags.push('keep_alive_ack');
    return undefined;
  }
  // Zero window probe ACK: the answer to a probe, still with a zero window.
  if (
    sameAckAndSeq &&
    window === 0 &&
    repeatsWindow &&
    rev.lastFlags.includes('zero_window_probe')
  ) {
    flags.push('zero_window_probe_ack');
    return undefined;
  }
  // Duplicate ACK: nothing new at all (same sequence number, ACK and non-zero window).
  if (sameAckAndSeq && window !== 0 && repeatsWindow) {
    // After an "ACKed unseen segment" the run restarts at 1.
    fwd.dupAckNum = fwd.dupAckNum === UNSEEN_ACKED ? 1 : fwd.dupAckNum + 1;
    flags.push('duplicate_ack');
    return { number: fwd.dupAckNum, of: fwd.lastNonDupAck };
  }
  return undefined;
}

/** Milliseconds since `then`; an unknown `then` is long ago. */
function since(now: number, then: number | null): number {
  return then === null ? Number.POSITIVE_INFINITY : now - then;
}

/**
 * After the segment is analysed, its window scale option (on a SYN) is
 * remembered, and on a SYN Wireshark decides whether scaling is in use:
 * a SYN without the option means neither side scales (RFC 7323 §2.2:
 * scaling needs the option in both SYNs).
 */
export function noteWindowScale(p: CapturedSegment, fwd: Flow, rev: Flow): void {
  if (!p.flags.includes('SYN')) return;
  const shift = p.options.windowScale;
  // RFC 7323 §2.3: a shift above 14 is used as 14 (Wireshark does the same).
  if (shift !== undefined) fwd.windowScale = Math.min(shift, 14);
  if (fwd.windowScale === -1) {
    fwd.windowScale = -2;
    rev.windowScale = -2;
  } else if (p.flags.includes('ACK') && rev.windowScale === -2) {
    fwd.windowScale = -2;
  }
}

/**
 * The handshake's round trip, which Wireshark uses as its out-of-order
 * threshold: from the latest SYN to the first pure ACK after it.
 */
export function noteHandshakeTimes(p: CapturedSegment, times: AnalysisTimes): void {
  const syn = p.flags.includes('SYN');
  const ack = p.flags.includes('ACK');
  if (syn && !ack) times.lastSynTime = p.time;
  if (!syn && ack && times.lastSynTime !== null && !times.firstRtt) {
    times.firstRtt = p.time - times.lastSynTime;
  }
}
