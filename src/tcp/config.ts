/**
 * What a TCP endpoint does where the RFCs leave a choice: the two behaviour
 * profiles. `textbook` draws what the RFC 9293 figures draw (every segment on
 * its own, an ACK for every data segment at once, a four-segment teardown);
 * `linux` does what a Linux 6.x stack does (see `fixtures/captures/README.md`).
 */

/** `textbook` draws what the RFC figures draw; `linux` sends what Linux sends. */
export type Profile = 'textbook' | 'linux';

export interface RtoConfig {
  /** RFC 6298 §2.1: "Until a round-trip time (RTT) measurement has been made ... set RTO <- 1 second". */
  initialMs: number;
  /** Lower bound: RFC 6298 §2.4 says 1 s; Linux uses TCP_RTO_MIN = 200 ms on the variance term. */
  minMs: number;
  /** RFC 6298 §2.5: "A maximum value MAY be placed on RTO provided it is at least 60 seconds." */
  maxMs: number;
  /** How the minimum applies: to the whole RTO (RFC 6298 §2.4) or to the variance term (Linux). */
  minAppliesTo: 'rto' | 'variance';
}

export interface DelayedAckConfig {
  /** How long an ACK may wait for data to ride on (Linux TCP_DELACK_MIN is 40 ms). */
  timeoutMs: number;
  /**
   * Linux starts a connection in "quick ACK" mode and acknowledges the first
   * data segments at once (tcp_incr_quickack); this many are acknowledged
   * immediately before delaying starts.
   */
  quickAcks: number;
  /** After a FIN arrives Linux enters "ping-pong" (interactive) mode: the FIN's ACK is delayed. */
  delayAckOfFin: boolean;
}

/** Congestion control (RFC 5681 §3.1, `congestion.ts`): where the profiles differ. */
export interface CongestionConfig {
  /**
   * IW, the congestion window when the connection is established: RFC 5681 §3.1's rule for the
   * sender's SMSS (3 segments at SMSS 1460), or a number of segments whatever the SMSS (Linux's
   * TCP_INIT_CWND = 10, RFC 6928).
   */
  initialWindow: 'rfc5681' | { segments: number };
  /**
   * Slow start's growth on an ACK that acknowledges N new octets: by min(N, SMSS) (RFC 5681 §3.1,
   * eq. 2), or by N (Linux's tcp_slow_start adds one segment per segment acknowledged, as
   * RFC 3465's byte counting does without its limit L).
   */
  slowStartGrowth: 'at-most-smss' | 'acked';
  /**
   * Timeouts of this end's SYN (or SYN,ACK) after which it starts from one segment instead of IW.
   * RFC 5681 §3.1: "if the SYN or SYN/ACK is lost, the initial window used by a sender after a
   * correctly transmitted SYN MUST be one segment"; Linux (tcp_init_transfer) does so only "when
   * more than 1 SYN/SYN-ACK retransmission has occurred", in view of RFC 6298's 1 s initial RTO.
   */
  synTimeoutsForOneSegment: number;
  /**
   * DupThresh, the duplicate ACKs that start fast retransmit (RFC 5681 §3.2: "The fast
   * retransmit algorithm uses the arrival of 3 duplicate ACKs [...] as an indication that a
   * segment has been lost"; RFC 6675 §2: "DupThresh: The number of duplicate acknowledgments
   * required to trigger a fast retransmit. Per [RFC5681], the DupThresh is 3."). Linux's
   * net.ipv4.tcp_reordering is 3 too.
   */
  dupThresh: number;
}

export interface TcpConfig {
  profile: Profile;
  /** The MSS we announce on our SYN (RFC 9293 §3.7.1). */
  mss: number;
  /**
   * RCV.WND in octets, constant: the application reads every octet at once.
   * `linux`: the largest multiple of the payload size (MSS less 12 octets of timestamps when
   * they are in use) that fits in 65535, as the captures show (64240 = 44 × 1460 on a SYN,
   * 65160 = 45 × 1448 on a SYN,ACK with timestamps).
   */
  receiveWindow: number | 'linux';
  /** RFC 7323 §2: the shift count we offer, or null to send no Window Scale option. */
  windowScale: number | null;
  /** RFC 2018: offer SACK-permitted on the SYN. Simplification: no SACK blocks are ever sent. */
  sackPermitted: boolean;
  /** RFC 7323 §3: send Timestamps options. */
  timestamps: boolean;
  rto: RtoConfig;
  /** Maximum Segment Lifetime; TIME-WAIT lasts 2×MSL (RFC 9293 §3.4.2). */
  mslMs: number;
  /** Retransmissions of one segment before giving up (RFC 9293 §3.8.3, R2). */
  maxRetransmissions: { syn: number; data: number };
  /** null: ACK every segment that needs one at once (textbook). */
  delayedAck: DelayedAckConfig | null;
  congestion: CongestionConfig;
  /** The range ephemeral (client) ports are drawn from. */
  ephemeralPorts: { low: number; high: number };
  /**
   * RFC 5961 §7: "An implementation SHOULD include an ACK throttling mechanism". An ACK that
   * answers an unacceptable segment goes out at most once in this many ms, the others dropped
   * silently, where that segment is out of the window and carries no data (a bare ACK or a SYN),
   * or acknowledges what was never sent (a challenge ACK); a segment with data or a FIN out of
   * the window is always answered, as by Linux (`sendInvalidAck` in receive/work.ts). Without it
   * two ends that disagree on the sequence numbers (an old segment taken as data,
   * `time-wait-cut-short` with the next request lost) answer each other's ACKs for ever: an ACK
   * storm. 500 ms is Linux's `tcp_invalid_ratelimit`.
   */
  invalidAckIntervalMs: number;
  /**
   * The answer, in SYN-RECEIVED, to the peer's SYN repeated (SEG.SEQ = IRS, before RCV.NXT):
   * `ack`, RFC 9293 §3.10.7.4's first check ("If an incoming segment is not acceptable, an
   * acknowledgment should be sent in reply [...] <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>", the
   * segment dropped; the SYN,ACK goes again only when its retransmission timer expires), or
   * `syn-ack`, the SYN,ACK sent again at once, as Linux does (tcp_check_req).
   */
  repeatedSynInSynReceived: 'ack' | 'syn-ack';
}

export const TEXTBOOK: TcpConfig = {
  profile: 'textbook',
  mss: 1460,
  receiveWindow: 65535,
  windowScale: null,
  sackPermitted: false,
  timestamps: false,
  rto: { initialMs: 1000, minMs: 1000, maxMs: 60_000, minAppliesTo: 'rto' },
  // RFC 9293 §3.4.2: "the Maximum Segment Lifetime (MSL) ... is arbitrarily defined to be 2
  // minutes". TIME-WAIT therefore lasts 4 minutes in the textbook profile.
  mslMs: 120_000,
  // RFC 9293 §3.8.3: R2 "SHOULD correspond to at least 100 seconds"; with 1, 2, 4 ... 64 s of
  // backoff, 7 retransmissions wait 127 s. For a SYN R2 "SHOULD be set to at least 3 minutes".
  maxRetransmissions: { syn: 8, data: 7 },
  delayedAck: null,
  congestion: {
    initialWindow: 'rfc5681',
    slowStartGrowth: 'at-most-smss',
    synTimeoutsForOneSegment: 1,
    dupThresh: 3,
  },
  // RFC 6335 §6: the Dynamic and/or Private Ports 49152-65535.
  ephemeralPorts: { low: 49152, high: 65535 },
  invalidAckIntervalMs: 500,
  repeatedSynInSynReceived: 'ack',
};

export const LINUX: TcpConfig = {
  profile: 'linux',
  mss: 1460,
  receiveWindow: 'linux',
  // The shift the captured Linux 6.18 sent (it follows net.ipv4.tcp_rmem's maximum).
  windowScale: 10,
  sackPermitted: true,
  timestamps: true,
  rto: { initialMs: 1000, minMs: 200, maxMs: 120_000, minAppliesTo: 'variance' },
  // Linux does not use the MSL: TIME-WAIT lasts TCP_TIMEWAIT_LEN = 60 s, which is 2×MSL for an
  // MSL of 30 s.
  mslMs: 30_000,
  // net.ipv4.tcp_syn_retries = 6, net.ipv4.tcp_retries2 = 15.
  maxRetransmissions: { syn: 6, data: 15 },
  delayedAck: { timeoutMs: 40, quickAcks: 16, delayAckOfFin: true },
  // TCP_INIT_CWND; RFC 6928's min(10·MSS, max(2·MSS, 14600)) caps it in octets, which Linux does
  // not (at SMSS 1448 both are 10 segments).
  congestion: {
    initialWindow: { segments: 10 },
    slowStartGrowth: 'acked',
    synTimeoutsForOneSegment: 2,
    dupThresh: 3,
  },
  // net.ipv4.ip_local_port_range = 32768 60999.
  ephemeralPorts: { low: 32768, high: 60999 },
  invalidAckIntervalMs: 500,
  repeatedSynInSynReceived: 'syn-ack',
};

/** The profile's configuration on a link of the given MTU: MSS = MTU − 40 (IPv4 and TCP headers). */
export function tcpConfigFor(profile: Profile, mtu = 1500): TcpConfig {
  const base = profile === 'linux' ? LINUX : TEXTBOOK;
  return { ...base, mss: Math.min(65535, mtu) - 40 };
}

/** RCV.WND for a connection whose segments carry `payload` octets at most. */
export function receiveWindowFor(config: TcpConfig, payload: number): number {
  if (config.receiveWindow !== 'linux') return config.receiveWindow;
  return Math.floor(65535 / payload) * payload;
}

/**
 * The configuration with the timers a scenario sets in place of its profile's (`Scenario.tcp`):
 * the MSL, and so TIME-WAIT's 2×MSL (RFC 9293 §3.4.2), and the RTO before any measurement
 * (RFC 6298 §2.1).
 */
export function withTimers(
  config: TcpConfig,
  timers: { mslMs?: number; initialRtoMs?: number } = {},
): TcpConfig {
  return {
    ...config,
    mslMs: timers.mslMs ?? config.mslMs,
    rto: { ...config.rto, initialMs: timers.initialRtoMs ?? config.rto.initialMs },
  };
}

/** Each profile's own MSL and initial RTO, which `Scenario.tcp` may set instead. */
export const PROFILE_TIMERS: Readonly<Record<Profile, { mslMs: number; initialRtoMs: number }>> = {
  textbook: { mslMs: TEXTBOOK.mslMs, initialRtoMs: TEXTBOOK.rto.initialMs },
  linux: { mslMs: LINUX.mslMs, initialRtoMs: LINUX.rto.initialMs },
};
