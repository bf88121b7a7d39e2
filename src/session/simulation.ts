/**
 * The simulation: client, server and network as a discrete-event simulation,
 * recorded as a timeline. Every event popped from the scheduler that does
 * something becomes exactly one step: an application call, a segment arriving,
 * a segment lost half way, a timer firing, a block written or parsed.
 */
import type { HttpMessage, SerializeOptions } from '../http';
import { Link } from '../network/link';
import { deriveRandom, type Random } from '../network/random';
import { Scheduler } from '../network/scheduler';
import type { Scenario } from '../scenarios/types';
import { type TcpConfig, tcpConfigFor, withTimers } from '../tcp/config';
import { type AppSignal, receiveSegment } from '../tcp/receive';
import { hasFlag, segLen, type TcpSegment, wireLength } from '../tcp/segment';
import {
  activeOpen,
  type CallResult,
  canSendData,
  close,
  nextDataSegment,
  send,
} from '../tcp/send';
import { seqAdd } from '../tcp/sequence';
import type { TcpState } from '../tcp/states';
import { type Tcb, unsentOctets } from '../tcp/tcb';
import { deadlineOf, fireTimer, type TimerKind } from '../tcp/timers';
import type {
  Endpoint,
  HttpMessageRecord,
  Outcome,
  Profile,
  Segment,
  Step,
  StepReason,
} from '../timeline/types';
import type { AppAction, AppContext, Application } from './application';
import { UserAgent } from './client';
import { type Conn, newConnection, OTHER_END } from './connection';
import { StepRecorder } from './recorder';
import { VirtualSite } from './server';
import { classify, messageRecord, toTimelineSegment } from './wire';

export const CLIENT_ADDRESS = '192.0.2.10';
export const SERVER_ADDRESS = '203.0.113.80';
export const SERVER_PORT = 80;

type SimEvent =
  | { type: 'arrive'; segment: number }
  | { type: 'lose'; segment: number }
  | { type: 'timer'; endpoint: Endpoint; connection: number; timer: TimerKind; deadline: number }
  | { type: 'app'; endpoint: Endpoint; connection: number; action: AppAction };

interface InFlight {
  seg: TcpSegment;
  from: Endpoint;
  /** The connection that sent it; it is delivered by its four-tuple (see `route`). */
  connection: number;
  /** The client's port: with the fixed addresses and server port, the four-tuple. */
  clientPort: number;
  oldDuplicate: boolean;
}

const TIMER_KINDS: readonly TimerKind[] = ['retransmission', 'time-wait', 'delayed-ack'];

/** An end's ISN, or null while it listens and has chosen none. */
function isnOf(tcb: Tcb): number | null {
  return tcb.state === 'LISTEN' ? null : tcb.iss;
}

export class Simulation implements AppContext {
  readonly config: TcpConfig;
  /** Each end's configuration: the client's TIME-WAIT may be cut short (`client.timeWait`). */
  private readonly configs: Record<Endpoint, TcpConfig>;
  /** Connections whose OPEN waits for their port to be free (`client.reusePort`). */
  private parked: number[] = [];
  /**
   * Connections whose client took an old incarnation's segment as data: the message it carries,
   * which the client's next parse steps read (its blocks line up with the new response's).
   */
  private readonly readAsOld = new Map<number, number>();
  readonly conns: Conn[] = [];
  readonly segments: Segment[] = [];
  readonly messages: HttpMessageRecord[] = [];
  readonly recorder: StepRecorder;
  private readonly scheduler = new Scheduler<SimEvent>();
  readonly link: Link;
  private readonly isnRandom: Random;
  /** Segments on the link, by id (an array: ids count up from 0). */
  private readonly inFlight: (InFlight | undefined)[] = [];
  readonly apps: Record<Endpoint, Application>;
  private serverIsns: number[];

  constructor(
    readonly scenario: Scenario,
    readonly profile: Profile,
    readonly seed: number,
  ) {
    this.config = withTimers(tcpConfigFor(profile, scenario.link.mtu ?? 1500), scenario.tcp);
    // What if TIME-WAIT is cut short: the client's 2×MSL is 0 ms (the MSL is used for nothing else).
    const cutShort = scenario.client?.timeWait === 'cut-short';
    this.configs = {
      client: cutShort ? { ...this.config, mslMs: 0 } : this.config,
      server: this.config,
    };
    this.isnRandom = deriveRandom(seed, 1);
    this.link = new Link(
      {
        latencyMs: scenario.link.latencyMs,
        bitsPerSecond: scenario.link.bitsPerSecond,
        lossRate: scenario.link.lossRate,
        drop: scenario.impairments?.drop ?? [],
        delay: scenario.impairments?.delay ?? [],
      },
      deriveRandom(seed, 2),
    );
    this.serverIsns = [...(scenario.fixed?.serverIsns ?? [])];
    this.recorder = new StepRecorder(this);
    this.apps = {
      client: new UserAgent(scenario),
      server: new VirtualSite(scenario, profile === 'linux'),
    };
  }

  get now(): number {
    return this.scheduler.now;
  }

  // ---- AppContext ---------------------------------------------------------------------------

  schedule(endpoint: Endpoint, connection: number, action: AppAction): void {
    const at =
      action.kind === 'output' ? this.link.readyAt(endpoint, this.now) : this.scheduler.now;
    if (action.kind === 'output') this.conn(connection).ends[endpoint].outputPending = true;
    this.scheduler.at(at, { type: 'app', endpoint, connection, action });
  }

  addMessage(
    connection: number,
    from: Endpoint,
    message: HttpMessage,
    options: SerializeOptions = {},
  ): HttpMessageRecord {
    const record = messageRecord(this.messages.length, connection, from, message, options);
    this.messages.push(record);
    const end = this.conn(connection).ends[from];
    end.spans.push({ offset: end.written.length, messageId: record.id, length: 0 });
    end.messages.push(record);
    return record;
  }

  messageSent(connection: number, from: Endpoint, index: number): HttpMessageRecord | undefined {
    return this.conn(connection).ends[from].messages[index];
  }

  openConnection(): number {
    const id = this.conns.length;
    const reused = this.scenario.client?.reusePort ? this.conns[0]?.info.clientPort : undefined;
    this.conns.push(
      newConnection(id, this.scenario, this.config, this.isnRandom, SERVER_PORT, reused),
    );
    return id;
  }

  state(endpoint: Endpoint, connection: number): TcpState {
    return this.conn(connection).ends[endpoint].tcb.state;
  }

  conn(id: number): Conn {
    const c = this.conns[id];
    if (!c) throw new Error(`no connection ${id}`);
    return c;
  }

  // ---- running ------------------------------------------------------------------------------

  run(maxSteps = 20_000): void {
    this.apps.client.start(this);
    this.injectOldDuplicateSyn();
    for (;;) {
      const next = this.scheduler.next();
      if (!next) break;
      this.handle(next.event);
      if (this.recorder.count > maxSteps) throw new Error(`more than ${maxSteps} steps`);
    }
  }

  /** RFC 9293 Figure 8: a SYN of an earlier incarnation, already in the network at time 0. */
  private injectOldDuplicateSyn(): void {
    const old = this.scenario.impairments?.oldDuplicateSyn;
    if (!old) return;
    const c = this.conn(0);
    const seg: TcpSegment = {
      seq: seqAdd(c.info.clientIsn, old.seqOffset),
      ack: 0,
      flags: ['SYN'],
      window: c.ends.client.tcb.rcvWnd,
      options: { mss: this.config.mss },
      payload: '',
    };
    const id = this.segments.length;
    const arrivesAt = this.scenario.link.latencyMs;
    this.segments.push({
      ...toTimelineSegment({
        id,
        seg,
        from: 'client',
        ports: { client: c.info.clientPort, server: c.info.serverPort },
        sender: c.ends.client.tcb,
        receiverIsn: null,
        spans: [],
        sentAt: 0,
        arrivesAt,
        lostAt: null,
        retransmissionOf: null,
      }),
      oldDuplicate: true,
    });
    this.inFlight[id] = {
      seg,
      from: 'client',
      connection: 0,
      clientPort: c.info.clientPort,
      oldDuplicate: true,
    };
    this.scheduler.at(arrivesAt, { type: 'arrive', segment: id });
  }

  private handle(event: SimEvent): void {
    switch (event.type) {
      case 'arrive':
        this.arrive(event.segment);
        break;
      case 'lose':
        this.lose(event.segment);
        break;
      case 'timer':
        this.timer(event);
        break;
      case 'app':
        this.app(event.endpoint, event.connection, event.action);
        break;
    }
  }

  /**
   * Put segments on the link from `connection`'s end `from`; returns their ids. `step` is the
   * connection of the step that sends them, if not that one (`arrive`).
   */
  transmit(
    from: Endpoint,
    connection: number,
    segs: readonly TcpSegment[],
    retransmission: boolean,
    step = connection,
  ): number[] {
    const c = this.conn(connection);
    const end = c.ends[from];
    const sender = end.tcb;
    return segs.map((seg) => {
      const id = this.segments.length;
      const syn = hasFlag(seg, 'SYN');
      let retransmissionOf: number | null = null;
      if (segLen(seg) > 0) {
        // Sequence numbers are below 2^32: one number keys both the SYN and a non-SYN at it.
        const key = seg.seq + (syn ? 2 ** 32 : 0);
        const first = end.firstSent.get(key);
        if (first === undefined) end.firstSent.set(key, id);
        else if (retransmission) retransmissionOf = first;
      }
      const tx = this.link.transmit(from, wireLength(seg), classify(seg, sender), this.now);
      const record = toTimelineSegment({
        id,
        seg,
        from,
        ports: { client: c.info.clientPort, server: c.info.serverPort },
        sender,
        receiverIsn: isnOf(c.ends[OTHER_END[from]].tcb),
        ...(sender.state === 'LISTEN' ? { seqBase: this.receivingIrs(c, from) } : {}),
        spans: end.spans,
        sentAt: tx.sentAt,
        arrivesAt: tx.arrivesAt,
        lostAt: tx.lostAt,
        retransmissionOf,
      });
      this.segments.push(record);
      this.inFlight[id] = {
        seg,
        from,
        connection: step,
        clientPort: c.info.clientPort,
        oldDuplicate: false,
      };
      if (tx.lostAt !== null) this.scheduler.at(tx.lostAt, { type: 'lose', segment: id });
      else this.scheduler.at(tx.arrivesAt, { type: 'arrive', segment: id });
      return id;
    });
  }

  /** `tcb` is the next TCB of `endpoint`: keep it, and schedule the timers it has set. */
  private setTcb(connection: number, endpoint: Endpoint, tcb: Tcb): void {
    const c = this.conn(connection);
    const end = c.ends[endpoint];
    const wasOpen = end.tcb.state !== 'CLOSED';
    end.tcb = tcb;
    if (endpoint === 'client' && wasOpen && tcb.state === 'CLOSED')
      this.portFreed(c.info.clientPort);
    if (endpoint === 'server' && tcb.state !== 'LISTEN' && tcb.state !== 'CLOSED') {
      c.info.serverIsn = tcb.iss;
    }
    for (const kind of TIMER_KINDS) {
      const deadline = deadlineOf(tcb, kind);
      if (deadline === null) continue;
      const pending = end.timersPending[kind];
      if (pending.has(deadline)) continue;
      pending.add(deadline);
      this.scheduler.at(Math.max(deadline, this.now), {
        type: 'timer',
        endpoint,
        connection,
        timer: kind,
        deadline,
      });
    }
  }

  /** After a step at `endpoint`: more to send? (One segment per step.) */
  private kickOutput(connection: number, endpoint: Endpoint): void {
    const end = this.conn(connection).ends[endpoint];
    if (end.outputPending) return;
    if (canSendData(end.tcb)) this.schedule(endpoint, connection, { kind: 'output' });
  }

  private lose(id: number): void {
    const f = this.inFlight[id];
    if (!f) return;
    this.inFlight[id] = undefined;
    this.recorder.record(
      { kind: 'lost', connection: f.connection, endpoint: null, segmentIn: id, rfc: null },
      { reason: 'segment-lost', detail: {} },
    );
  }

  private arrive(id: number): void {
    const f = this.inFlight[id];
    if (!f) return;
    this.inFlight[id] = undefined;
    const to = OTHER_END[f.from];
    const connection = this.route(f.clientPort, to);
    const end = this.conn(connection).ends[to];
    const before = end.tcb.state;
    const opensFromListen =
      end.tcb.state === 'LISTEN' && hasFlag(f.seg, 'SYN') && !hasFlag(f.seg, 'ACK');
    const iss = opensFromListen ? this.nextServerIsn() : 0;
    const config = this.configs[to];
    const r = receiveSegment(end.tcb, f.seg, { now: this.now, config, iss });
    this.setTcb(connection, to, r.tcb);
    // The step is the connection's whose TCB took the segment: one that is open, or that the
    // segment moves. A listener that answers it with a RST makes no connection of it, nor does
    // a CLOSED TCB (RFC 9293 §3.10.7.1-2): the step, and its answer, stay with the segment's
    // own incarnation, whose ends it shows (an old ACK refused while its client is in TIME-WAIT).
    const took = (before !== 'CLOSED' && before !== 'LISTEN') || r.transitions.length > 0;
    const step = took ? connection : f.connection;
    // A repeated SYN,ACK resends the sequence number of the first; a fast retransmit (RFC 5681
    // §3.2) resends the segment at SND.UNA.
    const resent =
      r.outcome.reason === 'duplicate-syn-received' || r.outcome.reason === 'fast-retransmit';
    const out = this.transmit(to, connection, r.out, resent, step);
    end.delivered += r.delivered;
    const outcome = incarnationOutcome(f, connection, before, r);
    const carried = this.segments[id]?.carries[0];
    if (outcome.reason === 'old-segment-accepted' && carried) {
      this.readAsOld.set(connection, carried.messageId);
    }
    this.recorder.record(
      {
        kind: 'receive',
        connection: step,
        endpoint: to,
        segmentIn: id,
        segmentsOut: out,
        transitions: r.transitions,
        rfc: r.rfc,
      },
      outcome,
    );
    this.signal(connection, to, r.signals, r.delivered);
    this.kickOutput(connection, to);
  }

  /**
   * RFC 9293 §3.10.7: a segment arrives at the TCB of its four-tuple. The addresses and the
   * server's port are fixed, so the client's port names it; of the incarnations on that port,
   * a TCB that is neither CLOSED nor LISTEN takes it (the oldest, as a stack looks up an
   * established socket first), else the listening one, else the newest (CLOSED: §3.10.7.1).
   */
  private route(clientPort: number, to: Endpoint): number {
    const same = this.conns.filter((c) => c.info.clientPort === clientPort);
    const state = (c: Conn) => c.ends[to].tcb.state;
    const live = same.find((c) => state(c) !== 'CLOSED' && state(c) !== 'LISTEN');
    const listening = same.filter((c) => state(c) === 'LISTEN').pop();
    const chosen = live ?? listening ?? same[same.length - 1];
    if (!chosen) throw new Error(`no connection on port ${clientPort}`);
    return chosen.info.id;
  }

  /**
   * The IRS of the TCB a segment sent now from `from` reaches (by four-tuple, as `route` finds
   * it): the number that end knows the sender's sequence space by.
   */
  private receivingIrs(c: Conn, from: Endpoint): number {
    const to = OTHER_END[from];
    return this.conn(this.route(c.info.clientPort, to)).ends[to].tcb.irs;
  }

  /** The client's port is free again: an OPEN waiting for it goes ahead. */
  private portFreed(port: number): void {
    const waiting = this.parked.find((id) => this.conn(id).info.clientPort === port);
    if (waiting === undefined) return;
    this.parked = this.parked.filter((id) => id !== waiting);
    this.scheduler.at(this.now, {
      type: 'app',
      endpoint: 'client',
      connection: waiting,
      action: { kind: 'connect' },
    });
  }

  /** Another incarnation on this connection's client port is still open (not CLOSED). */
  private portBusy(connection: number): boolean {
    const port = this.conn(connection).info.clientPort;
    return this.conns.some(
      (c) =>
        c.info.id !== connection &&
        c.info.clientPort === port &&
        c.ends.client.tcb.state !== 'CLOSED',
    );
  }

  private nextServerIsn(): number {
    const fixed = this.serverIsns.shift();
    return fixed === undefined ? this.isnRandom.nextUint32() : fixed >>> 0;
  }

  private signal(connection: number, endpoint: Endpoint, signals: AppSignal[], data: string) {
    const app = this.apps[endpoint];
    const end = this.conn(connection).ends[endpoint];
    if (signals.includes('established')) app.onEstablished(this, connection);
    if (data.length > 0) app.onData(this, connection, data);
    if (signals.includes('fin')) app.onFin(this, connection);
    if (signals.includes('reset')) {
      end.ended = 'reset';
      app.onReset(this, connection);
    }
    if (signals.includes('closed')) end.ended = 'closed';
  }

  private timer(event: SimEvent & { type: 'timer' }): void {
    const { endpoint, connection, timer, deadline } = event;
    const end = this.conn(connection).ends[endpoint];
    end.timersPending[timer].delete(deadline);
    // A deadline that has moved or been cleared since it was scheduled is not this timer's.
    if (deadlineOf(end.tcb, timer) !== deadline) return;
    const r = fireTimer(end.tcb, timer, this.configs[endpoint], this.now);
    this.setTcb(connection, endpoint, r.tcb);
    const out = this.transmit(endpoint, connection, r.out, timer === 'retransmission');
    if (r.ended) end.ended = r.ended;
    this.recorder.record(
      {
        kind: 'timer',
        connection,
        endpoint,
        segmentsOut: out,
        transitions: r.transitions,
        rfc: r.rfc,
      },
      r.outcome.reason === 'time-wait-expired' && this.configs[endpoint].mslMs === 0
        ? { reason: 'time-wait-cut-short', detail: { timeWaitMs: 2 * this.config.mslMs } }
        : r.outcome,
    );
    this.kickOutput(connection, endpoint);
  }

  /**
   * An application call, one step each: connect, write a block, send the next
   * segment, close, parse a block, follow a redirect (see `AppAction`).
   */
  private app(endpoint: Endpoint, connection: number, action: AppAction): void {
    const end = this.conn(connection).ends[endpoint];
    const app = this.apps[endpoint];
    switch (action.kind) {
      case 'connect': {
        // RFC 9293 §3.6.1: the port is not used again while an incarnation on it is open.
        if (this.portBusy(connection)) {
          this.parked.push(connection);
          return;
        }
        const options = { iss: end.tcb.iss, tsOffset: end.tcb.tsOffset };
        this.userCall(endpoint, connection, activeOpen(this.configs[endpoint], options, this.now));
        return;
      }
      case 'write': {
        const record = this.messages[action.message] as HttpMessageRecord;
        const block = record.blocks[action.block];
        if (!block) throw new Error(`no block ${action.block} in message ${action.message}`);
        const octets = record.bytes.slice(block.start, block.end);
        this.setTcb(connection, endpoint, send(end.tcb, octets));
        end.written += octets;
        const span = end.spans.find((s) => s.messageId === record.id);
        if (span) span.length += octets.length;
        this.recorder.messageStep(connection, endpoint, record, action.block, 'write');
        app.onWritten(this, connection, action.message, action.block);
        return;
      }
      case 'parse': {
        // What the client reads is the old incarnation's message when its bytes were accepted.
        const old = endpoint === 'client' ? this.readAsOld.get(connection) : undefined;
        const own = this.messages[action.message] as HttpMessageRecord;
        const record = old === undefined ? own : (this.messages[old] as HttpMessageRecord);
        if (old !== undefined && action.block === record.blocks.length - 1) {
          this.readAsOld.delete(connection);
        }
        this.recorder.messageStep(connection, endpoint, record, action.block, 'parse');
        app.onParsed(this, connection, action.message, action.block);
        return;
      }
      case 'output': {
        end.outputPending = false;
        const r = nextDataSegment(end.tcb, this.configs[endpoint], this.now);
        if (r === null) return;
        this.userCall(endpoint, connection, r);
        this.afterSending(endpoint, connection);
        return;
      }
      case 'close':
        this.userCall(endpoint, connection, close(end.tcb, this.configs[endpoint], this.now));
        this.afterSending(endpoint, connection);
        return;
      case 'redirect':
        this.recorder.record(
          { kind: 'app', connection, endpoint, rfc: 'RFC 9110 §15.4' },
          {
            reason: 'redirect-followed',
            detail: { status: action.status, location: action.location },
          },
        );
        app.onRedirect(this, connection, action);
        return;
    }
  }

  /** A step for a TCP user call (OPEN, CLOSE, or TCP sending queued octets). */
  private userCall<R extends StepReason>(
    endpoint: Endpoint,
    connection: number,
    r: CallResult<R>,
  ): void {
    this.setTcb(connection, endpoint, r.tcb);
    const segmentsOut = this.transmit(endpoint, connection, r.out, false);
    this.recorder.record(
      { kind: 'app', connection, endpoint, segmentsOut, transitions: r.transitions, rfc: r.rfc },
      r.outcome,
    );
  }

  /** After a segment or a FIN went out: the next segment, or tell the application all is sent. */
  private afterSending(endpoint: Endpoint, connection: number): void {
    const tcb = this.conn(connection).ends[endpoint].tcb;
    if (canSendData(tcb)) this.kickOutput(connection, endpoint);
    else if (unsentOctets(tcb) === 0) this.apps[endpoint].onDrained(this, connection);
  }

  steps(): Step[] {
    return this.recorder.steps;
  }
}

/**
 * What the timeline can tell that the receiving TCP cannot: which incarnation a segment belongs
 * to. RFC 9293 Figure 8: LISTEN cannot tell an old SYN from a new one.
 *
 * RFC 9293 §3.3.2 gives TIME-WAIT two reasons: "waiting for enough time to pass to be sure the
 * remote TCP peer received the acknowledgment of its connection termination request and to
 * avoid new connections being impacted by delayed segments from previous connections", and
 * §3.6.1 makes it a rule: "When a connection is closed actively, it MUST linger in the
 * TIME-WAIT state for a time 2xMSL (Maximum Segment Lifetime) (MUST-13)." A delayed segment
 * that reaches TIME-WAIT dies there (acknowledged, never delivered); one that reaches the next
 * incarnation on the same ports, TIME-WAIT cut short, is taken as its data: RFC 1337's hazard
 * H1, "Old duplicate data may be accepted erroneously."
 *
 * A RST accepted in TIME-WAIT ends it early (RFC 9293 §3.10.7.4, second check, TIME-WAIT: "If
 * the RST bit is set, then enter the CLOSED state, delete the TCB, and return"): RFC 1337 calls
 * this TIME-WAIT assassination, "TIME-WAIT state can be prematurely terminated ('assassinated')
 * by an old duplicate data or ACK segment", and its fix F1 is "Ignore RST segments in TIME-WAIT
 * state". Both profiles accept the RST, as RFC 9293 and Linux by default do
 * (`net.ipv4.tcp_rfc1337` is 0).
 */
function incarnationOutcome(
  f: InFlight,
  connection: number,
  before: TcpState,
  r: { outcome: Outcome; delivered: string },
): Outcome {
  const outcome = r.outcome;
  if (f.oldDuplicate && outcome.reason === 'syn-received') {
    return { reason: 'old-duplicate-syn', detail: {} };
  }
  if (
    before === 'TIME-WAIT' &&
    f.seg.payload.length > 0 &&
    outcome.reason === 'duplicate-ack-sent'
  ) {
    return { reason: 'old-segment-in-time-wait', detail: {} };
  }
  if (before === 'TIME-WAIT' && outcome.reason === 'rst-received') {
    return { reason: 'time-wait-assassinated', detail: {} };
  }
  if (f.connection !== connection && r.delivered.length > 0) {
    return { reason: 'old-segment-accepted', detail: { sentOn: f.connection } };
  }
  return outcome;
}
