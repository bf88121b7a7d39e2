/**
 * The simulation: client, server and network as a discrete-event simulation,
 * recorded as a timeline. Every event popped from the scheduler that does
 * something becomes exactly one step: an application call, a segment arriving,
 * a segment lost half way, a timer firing, a block written or parsed.
 */
import { type HttpMessage, type SerializeOptions, serializeMessage } from '../http';
import { Ends } from '../network/ends';
import { Link } from '../network/link';
import { deriveRandom, type Random } from '../network/random';
import { Scheduler } from '../network/scheduler';
import type { Scenario } from '../scenarios/types';
import { type TcpConfig, tcpConfigFor } from '../tcp/config';
import { type AppSignal, receiveSegmentInPlace } from '../tcp/receive';
import { hasFlag, segLen, type TcpSegment, wireLength } from '../tcp/segment';
import { canSendData, passiveOpen } from '../tcp/send';
import { seqAdd } from '../tcp/sequence';
import type { TcpState } from '../tcp/states';
import { closedTcb, type Draft } from '../tcp/tcb';
import { deadlineOf, fireTimerInPlace, type TimerKind } from '../tcp/timers';
import { bytesToBinary } from '../timeline/bytes';
import type {
  Connection,
  Endpoint,
  HttpMessageRecord,
  Profile,
  Segment,
  Step,
} from '../timeline/types';
import { runAppAction } from './actions';
import type { AppAction, AppContext, Application } from './application';
import { UserAgent } from './client';
import { draftStep, StepRecorder } from './recorder';
import { VirtualSite } from './server';
import { classify, type StreamSpan, toTimelineSegment } from './wire';

export const CLIENT_ADDRESS = '192.0.2.10';
export const SERVER_ADDRESS = '203.0.113.80';
export const SERVER_PORT = 80;

type SimEvent =
  | { type: 'arrive'; segment: number }
  | { type: 'lose'; segment: number }
  | { type: 'timer'; endpoint: Endpoint; connection: number; timer: TimerKind; deadline: number }
  | { type: 'app'; endpoint: Endpoint; connection: number; action: AppAction };

export interface Conn {
  info: Connection;
  ends: Ends<ConnEnd>;
}

/** What the simulation keeps for one end of a connection. */
export interface ConnEnd {
  /**
   * The end's TCB, owned here: the TCP functions change it in place (their `…InPlace` forms),
   * and `setTcb` follows every change.
   */
  tcb: Draft;
  outputPending: boolean;
  spans: StreamSpan[];
  /** Octets the application handed to TCP, and octets TCP delivered to it. */
  written: string;
  delivered: string;
  /** The messages this end sent. */
  messages: HttpMessageRecord[];
  ended: 'closed' | 'reset' | 'gave-up' | null;
  /** The id of the first transmission of each sequence number (SYNs apart) this end sent. */
  firstSent: Map<number, number>;
  /** Deadlines with a timer event in the scheduler, so that each is scheduled once. */
  timersPending: Record<TimerKind, Set<number>>;
}

interface InFlight {
  seg: TcpSegment;
  from: Endpoint;
  connection: number;
  oldDuplicate: boolean;
}

const OTHER = new Ends<Endpoint>('server', 'client');

const TIMER_KINDS: readonly TimerKind[] = ['retransmission', 'time-wait', 'delayed-ack'];

function freshEnd(tcb: Draft): ConnEnd {
  return {
    tcb,
    outputPending: false,
    spans: [],
    written: '',
    delivered: '',
    messages: [],
    ended: null,
    firstSent: new Map(),
    timersPending: { retransmission: new Set(), 'time-wait': new Set(), 'delayed-ack': new Set() },
  };
}

/** The pending deadlines of one kind, read by name as `deadlineOf` reads the TCB's. */
function pendingOf(end: ConnEnd, kind: TimerKind): Set<number> {
  if (kind === 'retransmission') return end.timersPending.retransmission;
  if (kind === 'time-wait') return end.timersPending['time-wait'];
  return end.timersPending['delayed-ack'];
}

export class Simulation implements AppContext {
  readonly config: TcpConfig;
  readonly conns: Conn[] = [];
  readonly segments: Segment[] = [];
  readonly messages: HttpMessageRecord[] = [];
  readonly recorder: StepRecorder;
  private readonly scheduler = new Scheduler<SimEvent>();
  readonly link: Link;
  private readonly isnRandom: Random;
  /** Segments on the link, by id (an array: ids count up from 0). */
  private readonly inFlight: (InFlight | undefined)[] = [];
  readonly apps: Ends<Application>;
  private serverIsns: number[];

  constructor(
    readonly scenario: Scenario,
    readonly profile: Profile,
    readonly seed: number,
  ) {
    this.config = tcpConfigFor(profile, scenario.link.mtu ?? 1500);
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
    this.apps = new Ends<Application>(
      new UserAgent(scenario),
      new VirtualSite(scenario, profile === 'linux'),
    );
  }

  get now(): number {
    return this.scheduler.now;
  }

  // ---- AppContext ---------------------------------------------------------------------------

  schedule(endpoint: Endpoint, connection: number, action: AppAction): void {
    const at =
      action.kind === 'output' ? this.link.readyAt(endpoint, this.now) : this.scheduler.now;
    if (action.kind === 'output') this.conn(connection).ends.of(endpoint).outputPending = true;
    this.scheduler.at(at, { type: 'app', endpoint, connection, action });
  }

  addMessage(
    connection: number,
    from: Endpoint,
    message: HttpMessage,
    options: SerializeOptions = {},
  ): HttpMessageRecord {
    const { bytes, blocks } = serializeMessage(message, options);
    const binary = bytesToBinary(bytes);
    const record: HttpMessageRecord = {
      id: this.messages.length,
      kind: message.kind,
      from,
      connection,
      bytes: binary,
      blocks,
      startLine: binary.slice(0, binary.indexOf('\r\n')),
    };
    this.messages.push(record);
    const end = this.conn(connection).ends.of(from);
    end.spans.push({ offset: end.written.length, messageId: record.id, length: 0 });
    end.messages.push(record);
    return record;
  }

  messageSent(connection: number, from: Endpoint, index: number): HttpMessageRecord | undefined {
    return this.conn(connection).ends.of(from).messages[index];
  }

  openConnection(): number {
    const id = this.conns.length;
    const { low, high } = this.config.ephemeralPorts;
    const fixedPort = this.scenario.fixed?.clientPort;
    const clientPort =
      id === 0 && fixedPort !== undefined ? fixedPort : this.isnRandom.int(low, high);
    const clientIsn =
      id === 0 && this.scenario.fixed?.clientIsn !== undefined
        ? this.scenario.fixed.clientIsn >>> 0
        : this.isnRandom.nextUint32();
    const tsClient = this.config.timestamps ? this.isnRandom.nextUint32() : 0;
    const tsServer = this.config.timestamps ? this.isnRandom.nextUint32() : 0;
    const listening = passiveOpen(this.config, { iss: 0, tsOffset: tsServer });
    const closed = closedTcb(clientIsn, 0, 0);
    closed.tsOffset = tsClient;
    this.conns.push({
      info: { id, clientPort, serverPort: SERVER_PORT, clientIsn, serverIsn: 0 },
      ends: new Ends(freshEnd(closed), freshEnd(listening)),
    });
    return id;
  }

  state(endpoint: Endpoint, connection: number): TcpState {
    return this.conn(connection).ends.of(endpoint).tcb.state;
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
    const record = toTimelineSegment({
      id,
      seg,
      from: 'client',
      ports: new Ends(c.info.clientPort, c.info.serverPort),
      sender: c.ends.client.tcb,
      spans: [],
      sentAt: 0,
      arrivesAt: this.scenario.link.latencyMs,
      lostAt: null,
      retransmissionOf: null,
    });
    record.oldDuplicate = true;
    this.segments.push(record);
    this.inFlight[id] = { seg, from: 'client', connection: 0, oldDuplicate: true };
    this.scheduler.at(record.arrivesAt ?? 0, { type: 'arrive', segment: id });
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

  /** Put segments on the link; returns their ids. */
  transmit(
    from: Endpoint,
    connection: number,
    segs: readonly TcpSegment[],
    retransmission: boolean,
  ): number[] {
    const c = this.conn(connection);
    const end = c.ends.of(from);
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
        ports: new Ends(c.info.clientPort, c.info.serverPort),
        sender,
        spans: end.spans,
        sentAt: tx.sentAt,
        arrivesAt: tx.arrivesAt,
        lostAt: tx.lostAt,
        retransmissionOf,
      });
      this.segments.push(record);
      this.inFlight[id] = { seg, from, connection, oldDuplicate: false };
      if (tx.lostAt !== null) this.scheduler.at(tx.lostAt, { type: 'lose', segment: id });
      else this.scheduler.at(tx.arrivesAt, { type: 'arrive', segment: id });
      return id;
    });
  }

  /** After `tcb` became the TCB of `endpoint` or was changed in place: its timers and ISS. */
  setTcb(connection: number, endpoint: Endpoint, tcb: Draft): void {
    const c = this.conn(connection);
    const end = c.ends.of(endpoint);
    end.tcb = tcb;
    if (endpoint === 'server' && tcb.state !== 'LISTEN' && tcb.state !== 'CLOSED') {
      c.info.serverIsn = tcb.iss;
    }
    for (const kind of TIMER_KINDS) {
      const deadline = deadlineOf(tcb, kind);
      if (deadline === null) continue;
      const pending = pendingOf(end, kind);
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
  kickOutput(connection: number, endpoint: Endpoint): void {
    const end = this.conn(connection).ends.of(endpoint);
    if (end.outputPending) return;
    if (canSendData(end.tcb)) this.schedule(endpoint, connection, { kind: 'output' });
  }

  private lose(id: number): void {
    const f = this.inFlight[id];
    if (!f) return;
    this.inFlight[id] = undefined;
    const step = draftStep('lost', 'segment-lost', f.connection, null);
    step.segmentIn = id;
    this.recorder.step(step);
  }

  private arrive(id: number): void {
    const f = this.inFlight[id];
    if (!f) return;
    this.inFlight[id] = undefined;
    const to = OTHER.of(f.from);
    const end = this.conn(f.connection).ends.of(to);
    const tcb = end.tcb;
    const opensFromListen =
      tcb.state === 'LISTEN' && hasFlag(f.seg, 'SYN') && !hasFlag(f.seg, 'ACK');
    const iss = opensFromListen ? this.nextServerIsn() : 0;
    const r = receiveSegmentInPlace(tcb, f.seg, { now: this.now, config: this.config, iss });
    this.setTcb(f.connection, to, tcb);
    const out = this.transmit(to, f.connection, r.out, r.detail.repeatedSyn === true);
    end.delivered += r.delivered;
    const reason = f.oldDuplicate && r.reason === 'syn-received' ? 'old-duplicate-syn' : r.reason;
    const step = draftStep('receive', reason, f.connection, to);
    step.segmentIn = id;
    step.segmentsOut = out;
    step.transitions = r.transitions;
    step.rfc = r.rfc;
    step.detail = r.detail;
    this.recorder.step(step);
    this.signal(f.connection, to, r.signals, r.delivered);
    this.kickOutput(f.connection, to);
  }

  private nextServerIsn(): number {
    const fixed = this.serverIsns.shift();
    return fixed === undefined ? this.isnRandom.nextUint32() : fixed >>> 0;
  }

  private signal(connection: number, endpoint: Endpoint, signals: AppSignal[], data: string) {
    const app = this.apps.of(endpoint);
    const end = this.conn(connection).ends.of(endpoint);
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
    const end = this.conn(connection).ends.of(endpoint);
    pendingOf(end, timer).delete(deadline);
    if (deadlineOf(end.tcb, timer) !== deadline) return;
    const r = fireTimerInPlace(end.tcb, timer, this.config, this.now);
    this.setTcb(connection, endpoint, end.tcb);
    const out = this.transmit(endpoint, connection, r.out, timer === 'retransmission');
    if (r.ended) end.ended = r.ended;
    const step = draftStep('timer', r.reason, connection, endpoint);
    step.segmentsOut = out;
    step.transitions = r.transitions;
    step.rfc = r.rfc;
    step.detail = r.detail;
    this.recorder.step(step);
    this.kickOutput(connection, endpoint);
  }

  private app(endpoint: Endpoint, connection: number, action: AppAction): void {
    runAppAction(this, endpoint, connection, action);
  }

  steps(): Step[] {
    return this.recorder.steps;
  }
}
