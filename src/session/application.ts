/**
 * How the applications (the user agent and the virtual site) talk to the
 * simulation. They never touch TCP or the clock directly: they hear TCP's
 * signals and ask for actions, each of which becomes one step.
 */
import type { HttpMessage, SerializeOptions } from '../http';
import type { TcpState } from '../tcp/states';
import type { Endpoint, HttpMessageRecord } from '../timeline/types';

export type AppAction =
  /** OPEN, active (RFC 9293 §3.10.1). */
  | { kind: 'connect' }
  /** Compose one block of a message into the send buffer (SEND, RFC 9293 §3.10.2). */
  | { kind: 'write'; message: number; block: number }
  /** TCP sends the next segment of queued octets. */
  | { kind: 'output' }
  /** CLOSE (RFC 9293 §3.10.4). */
  | { kind: 'close' }
  /** The receiving application has one more block of the peer's message. */
  | { kind: 'parse'; message: number; block: number }
  /** The user agent decides to follow a redirect (RFC 9110 §15.4). */
  | { kind: 'redirect'; message: number; status: number; location: string };

export interface AppContext {
  /** Virtual time now (ms). */
  readonly now: number;
  /** Ask for an action at this endpoint on this connection, now, after what is already asked. */
  schedule(endpoint: Endpoint, connection: number, action: AppAction): void;
  /** Serialise a message, record it in the timeline, and return its record. */
  addMessage(
    connection: number,
    from: Endpoint,
    message: HttpMessage,
    options?: SerializeOptions,
  ): HttpMessageRecord;
  /** The `index`-th message `from` sent on `connection` (0-based), or undefined. */
  messageSent(connection: number, from: Endpoint, index: number): HttpMessageRecord | undefined;
  /** Open a new connection (the client's next ephemeral port); returns its id. */
  openConnection(): number;
  state(endpoint: Endpoint, connection: number): TcpState;
}

export interface Application {
  start(ctx: AppContext): void;
  onEstablished(ctx: AppContext, connection: number): void;
  onData(ctx: AppContext, connection: number, octets: string): void;
  /** The peer's FIN: no more octets will come ("connection closing"). */
  onFin(ctx: AppContext, connection: number): void;
  onReset(ctx: AppContext, connection: number): void;
  /** After a write step. */
  onWritten(ctx: AppContext, connection: number, message: number, block: number): void;
  /** After a parse step. */
  onParsed(ctx: AppContext, connection: number, message: number, block: number): void;
  /** After a redirect step. */
  onRedirect(ctx: AppContext, connection: number, action: AppAction & { kind: 'redirect' }): void;
  /** Every queued octet has been put in a segment. */
  onDrained(ctx: AppContext, connection: number): void;
}
