/**
 * The server: a small virtual site behind a passive OPEN. It reads each
 * request block by block, answers it (site.ts), writes the response block by
 * block, and closes when HTTP says so (RFC 9112 §9.6: `Connection: close`, or
 * an HTTP/1.0 request without keep-alive; §6.3 point 8: a response that ends
 * where the connection does) or when the client has closed.
 */
import {
  createParser,
  type HttpParser,
  type HttpRequest,
  isPersistent,
  messageFraming,
  type ParseError,
} from '../http';
import type { Scenario } from '../scenarios/types';
import type { AppAction, AppContext, Application } from './application';
import { type Answer, badRequest, notImplemented, route, withClose, withKeepAlive } from './site';

interface ServerConnection {
  parser: HttpParser;
  /** Requests read so far on this connection. */
  requests: number;
  reported: number;
  request: HttpRequest | null;
  error: ParseError | null;
  /** A response is being written or sent. */
  responding: boolean;
  /** Close once the response is out. */
  closeAfter: boolean;
  finReceived: boolean;
  closed: boolean;
}

export class VirtualSite implements Application {
  private readonly conns = new Map<number, ServerConnection>();

  /**
   * `closeAtOnce`: the application calls CLOSE right after writing its last response, so the
   * FIN can ride on the last data segment (nginx on Linux, as the captures show); otherwise it
   * closes once every octet has been sent, and the FIN goes out on its own (textbook).
   */
  constructor(
    private readonly scenario: Scenario,
    private readonly closeAtOnce: boolean,
  ) {}

  start(): void {}

  private conn(id: number): ServerConnection {
    let c = this.conns.get(id);
    if (!c) {
      c = {
        parser: createParser('request'),
        requests: 0,
        reported: 0,
        request: null,
        error: null,
        responding: false,
        closeAfter: false,
        finReceived: false,
        closed: false,
      };
      this.conns.set(id, c);
    }
    return c;
  }

  onEstablished(_ctx: AppContext, id: number): void {
    this.conn(id);
  }

  onData(ctx: AppContext, id: number, octets: string): void {
    const c = this.conn(id);
    if (c.responding || c.request || c.error) {
      // Simplification: no pipelining; octets after a request wait for its response.
      // (Neither curl nor browsers pipeline HTTP/1.1 requests.)
      return;
    }
    const result = c.parser.pushBinary(octets);
    this.report(ctx, id);
    if (result === null) return;
    if (result.ok && result.message.kind === 'request') c.request = result.message;
    else if (!result.ok) {
      c.error = result.error;
      const { code, explanation } = result.error;
      this.answer(
        ctx,
        id,
        code === 'unsupported-transfer-coding'
          ? notImplemented(explanation, ctx.now)
          : badRequest(explanation, ctx.now),
      );
    }
  }

  private report(ctx: AppContext, id: number): void {
    const c = this.conn(id);
    const record = ctx.messageSent(id, 'client', c.requests);
    if (!record) return;
    const blocks = c.parser.blocks();
    for (; c.reported < blocks.length; c.reported++) {
      ctx.schedule('server', id, { kind: 'parse', message: record.id, block: c.reported });
    }
  }

  onParsed(ctx: AppContext, id: number, message: number, block: number): void {
    const c = this.conn(id);
    const record = ctx.messageSent(id, 'client', c.requests);
    if (!record || record.id !== message || block !== record.blocks.length - 1 || !c.request) {
      return;
    }
    this.answer(ctx, id, route(this.scenario.site, c.request, ctx.now));
  }

  private answer(ctx: AppContext, id: number, answer: Answer): void {
    const c = this.conn(id);
    const requestMethod = c.request?.method;
    // A response typed by hand is framed as typed: without a length it runs to the close.
    const options = {
      ...(requestMethod ? { requestMethod } : {}),
      ...(answer.raw ? { untilClose: true } : {}),
    };
    // RFC 9112 §9.3: whether the connection persists after this exchange; and §6.3 point 8:
    // a response without a length of its own ends only when the server closes.
    c.closeAfter =
      c.request === null ||
      !isPersistent(c.request) ||
      messageFraming(answer.response, options).closeAfter ||
      // The site's route says so (a teacher's session: Connection: close on this response).
      answer.close === true ||
      // RFC 9112 §9.6: a server that sends "close" initiates the close after that response.
      !isPersistent(answer.response);
    const response = answer.raw
      ? // A response typed by hand is sent as typed: the server adds no field to it.
        answer.response
      : c.closeAfter
        ? withClose(answer.response)
        : c.request?.version === 'HTTP/1.0'
          ? // RFC 9112 Appendix C.2.2: an HTTP/1.0 client asked for keep-alive; the server agrees.
            withKeepAlive(answer.response)
          : answer.response;
    const record = ctx.addMessage(id, 'server', response, options);
    c.responding = true;
    record.blocks.forEach((_, block) => {
      ctx.schedule('server', id, { kind: 'write', message: record.id, block });
    });
  }

  onWritten(ctx: AppContext, id: number, message: number, block: number): void {
    const c = this.conn(id);
    const record = ctx.messageSent(id, 'server', c.requests);
    if (!record || record.id !== message || block !== record.blocks.length - 1) return;
    ctx.schedule('server', id, { kind: 'output' });
    if (c.closeAfter && this.closeAtOnce) this.close(ctx, id);
  }

  onDrained(ctx: AppContext, id: number): void {
    const c = this.conn(id);
    if (!c.responding) return;
    // The response is out: ready for the next request on a persistent connection.
    c.responding = false;
    c.requests += 1;
    c.reported = 0;
    c.request = null;
    c.parser = createParser('request');
    if (c.closeAfter || c.finReceived) this.close(ctx, id);
  }

  onFin(ctx: AppContext, id: number): void {
    const c = this.conn(id);
    c.finReceived = true;
    // The client has closed its half: nginx closes its own at once (after any response).
    if (!c.responding) this.close(ctx, id);
  }

  private close(ctx: AppContext, id: number): void {
    const c = this.conn(id);
    if (c.closed) return;
    c.closed = true;
    ctx.schedule('server', id, { kind: 'close' });
  }

  onReset(_ctx: AppContext, id: number): void {
    this.conn(id).closed = true;
  }

  onRedirect(_ctx: AppContext, _id: number, _action: AppAction): void {}
}
