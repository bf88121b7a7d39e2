/**
 * What the simulation keeps for each connection and for each of its two ends:
 * the end's TCB (replaced by the next one after every TCP call), what its
 * application wrote and received, and its pending timers.
 */
import type { Random } from '../network/random';
import type { Scenario } from '../scenarios/types';
import type { TcpConfig } from '../tcp/config';
import { passiveOpen } from '../tcp/send';
import { closedTcb, type Tcb } from '../tcp/tcb';
import type { TimerKind } from '../tcp/timers';
import type { Connection, Endpoint, HttpMessageRecord } from '../timeline/types';
import type { StreamSpan } from './wire';

export interface Conn {
  info: Connection;
  ends: Record<Endpoint, ConnEnd>;
}

export interface ConnEnd {
  tcb: Tcb;
  /** An `output` action is scheduled: TCP will send the next segment of queued octets. */
  outputPending: boolean;
  /** Where each message this end sent sits in its byte stream. */
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

export function freshEnd(tcb: Tcb): ConnEnd {
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

/**
 * Connection `id`: the client's ephemeral port and ISN (the scenario's fixed ones for the first
 * connection, else drawn), a timestamp clock for each end, the server listening and the client's
 * TCB not yet opened: CLOSED, holding the ISS and clock its OPEN will use.
 */
export function newConnection(
  id: number,
  scenario: Scenario,
  config: TcpConfig,
  random: Random,
  serverPort: number,
  reusedPort?: number,
): Conn {
  const { low, high } = config.ephemeralPorts;
  const fixed = id === 0 ? scenario.fixed : undefined;
  const clientPort = reusedPort ?? fixed?.clientPort ?? random.int(low, high);
  const fixedIsn = id === 0 ? fixed?.clientIsn : scenario.fixed?.nextClientIsns?.[id - 1];
  const clientIsn = fixedIsn !== undefined ? fixedIsn >>> 0 : random.nextUint32();
  const tsClient = config.timestamps ? random.nextUint32() : 0;
  const tsServer = config.timestamps ? random.nextUint32() : 0;
  const listening = passiveOpen(config, { iss: 0, tsOffset: tsServer });
  const closed: Tcb = { ...closedTcb(clientIsn, 0, 0), tsOffset: tsClient };
  return {
    info: { id, clientPort, serverPort, clientIsn, serverIsn: 0 },
    ends: { client: freshEnd(closed), server: freshEnd(listening) },
  };
}

export const OTHER_END: Readonly<Record<Endpoint, Endpoint>> = {
  client: 'server',
  server: 'client',
};
