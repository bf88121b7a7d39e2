/**
 * The client: a user agent in the manner of curl or a browser's network
 * stack. It opens a connection, writes each request block by block, reads the
 * response block by block, follows redirects, reuses a persistent connection
 * (RFC 9112 §9.3) and closes when it is done.
 */
import {
  createParser,
  encodeUtf8,
  type HttpParser,
  type HttpRequest,
  type HttpResponse,
  headerValue,
  isPersistent,
} from '../http';
import type { RequestSpec, Scenario } from '../scenarios/types';
import type { AppAction, AppContext, Application } from './application';

interface ClientConnection {
  parser: HttpParser | null;
  request: HttpRequest | null;
  /** Responses read so far on this connection (to find the server's message record). */
  responses: number;
  /** Blocks of the current response already given a parse step. */
  reported: number;
  response: HttpResponse | null;
  /** Every block of the response has had its parse step. */
  responseDone: boolean;
  finReceived: boolean;
  /** Waiting for the server's FIN before closing (the server said it will close). */
  awaitingFin: boolean;
  closed: boolean;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * A Location the simulated client can follow: a path, or an absolute http URL on the same
 * host. Simplification: the simulation has one server, so other origins and https end the
 * chain (the response is treated as final). A fragment ("#…", RFC 9110 §10.2.2) stays
 * with the user agent: it is never part of a request-target (RFC 9112 §3.2).
 */
export function resolveLocation(location: string, host: string): string | null {
  const hash = location.indexOf('#');
  const uri = hash < 0 ? location : location.slice(0, hash);
  if (uri.startsWith('/')) return uri;
  const m = /^http:\/\/([^/:?#]+)(?::80)?(\/.*)?$/i.exec(uri);
  if (m && m[1]?.toLowerCase() === host.toLowerCase()) return m[2] ?? '/';
  return null;
}

/**
 * The method a redirect is followed with. RFC 9110 §15.4.2–3: for 301 and 302 "a user agent
 * MAY change the request method from POST to GET", and browsers and curl do; every other
 * method is sent again as it was. §15.4.4: 303 asks for a retrieval, GET (HEAD stays HEAD).
 * §15.4.8–9: 307 and 308 forbid any change.
 */
export function redirectMethod(method: string, status: number): string {
  if (status === 303) return method === 'HEAD' ? 'HEAD' : 'GET';
  if ((status === 301 || status === 302) && method === 'POST') return 'GET';
  return method;
}

/**
 * RFC 9110 §15.4: a request whose method changed to GET or HEAD loses the fields that
 * described its content ("Content-Encoding, Content-Language, Content-Location, Content-Type,
 * Content-Length, Digest, Last-Modified"), and with them the body and how it was framed.
 */
const CONTENT_FIELDS =
  /^(content-(encoding|language|location|type|length)|digest|last-modified|transfer-encoding)$/i;

/**
 * The request that follows a redirect: the request that got it (its own body and fields,
 * not another request with the same method), sent to the new target, with the method
 * `redirectMethod` gives.
 */
export function redirected(request: HttpRequest, status: number, target: string): HttpRequest {
  const method = redirectMethod(request.method, status);
  if (method === request.method) return { ...request, target };
  return {
    ...request,
    method,
    target,
    headers: request.headers.filter((h) => !CONTENT_FIELDS.test(h.name)),
    body: new Uint8Array(),
  };
}

/**
 * RFC 9112 §9.3: whether the client keeps the connection after this exchange. The version
 * that decides is the lower of the two: an HTTP/1.0 client keeps the connection only if the
 * response says `Connection: keep-alive` (Appendix C.2.2), whatever version the server writes.
 * (A connection the server has closed, after a close-delimited response, §6.3 point 8,
 * carries nothing more: the user agent checks that first.)
 */
export function keepsConnection(request: HttpRequest, response: HttpResponse): boolean {
  const version = request.version === 'HTTP/1.0' ? 'HTTP/1.0' : response.version;
  return isPersistent(request) && isPersistent(response, version);
}

export class UserAgent implements Application {
  private readonly pending: RequestSpec[];
  private redirects = 0;
  private readonly conns = new Map<number, ClientConnection>();
  /** The request a redirect asks for, sent before the scenario's next one. */
  private next: HttpRequest | null = null;
  /** The parallel connections have been opened (`ClientSpec.parallel`): once, after the first response. */
  private spread = false;

  constructor(private readonly scenario: Scenario) {
    this.pending = [...scenario.requests];
  }

  start(ctx: AppContext): void {
    this.openAndConnect(ctx);
  }

  private openAndConnect(ctx: AppContext): void {
    const id = ctx.openConnection();
    this.conns.set(id, {
      parser: null,
      request: null,
      responses: 0,
      reported: 0,
      response: null,
      responseDone: false,
      finReceived: false,
      awaitingFin: false,
      closed: false,
    });
    ctx.schedule('client', id, { kind: 'connect' });
  }

  private conn(id: number): ClientConnection {
    const c = this.conns.get(id);
    if (!c) throw new Error(`client: no connection ${id}`);
    return c;
  }

  onEstablished(ctx: AppContext, id: number): void {
    // A parallel connection may find every request already taken by the others.
    if (this.next === null && this.pending.length === 0) this.close(ctx, id);
    else this.sendNext(ctx, id);
  }

  /**
   * A browser learns of a page's images from the page itself: once the first response is read,
   * it opens more connections to fetch them at once, up to its limit (`ClientSpec.parallel`;
   * RFC 9112 §9.4). One connection is open already; `busy` says whether it has yet to take one
   * of the requests left (a new connection replacing a closed one) or has taken its own (0).
   */
  private openParallel(ctx: AppContext, busy: number): void {
    const limit = this.scenario.client?.parallel ?? 1;
    if (this.spread || limit <= 1 || this.scenario.client?.reusePort === true) return;
    this.spread = true;
    const extra = Math.min(limit - 1, this.pending.length - busy);
    for (let i = 0; i < extra; i++) this.openAndConnect(ctx);
  }

  /** The request a spec describes (RFC 9112 §3.2: Host first). */
  private requestOf(spec: RequestSpec): HttpRequest {
    return {
      kind: 'request',
      method: spec.method,
      target: spec.target,
      version: spec.version ?? 'HTTP/1.1',
      headers: [
        { name: 'Host', value: this.scenario.site.host },
        ...(spec.headers ?? []).map(([name, value]) => ({ name, value })),
      ],
      body: encodeUtf8(spec.body ?? ''),
    };
  }

  /** Write the next request block by block: a redirect's, else the scenario's next. */
  private sendNext(ctx: AppContext, id: number): void {
    const spec = this.next ? undefined : this.pending.shift();
    const request = this.next ?? (spec ? this.requestOf(spec) : null);
    this.next = null;
    if (!request) return;
    const c = this.conn(id);
    const record = ctx.addMessage(id, 'client', request);
    c.request = request;
    c.response = null;
    c.responseDone = false;
    c.reported = 0;
    c.parser = createParser('response', { requestMethod: request.method });
    record.blocks.forEach((_, block) => {
      ctx.schedule('client', id, { kind: 'write', message: record.id, block });
    });
  }

  onWritten(ctx: AppContext, id: number, message: number, block: number): void {
    const record = ctx.messageSent(id, 'client', this.conn(id).responses);
    if (record && record.id === message && block === record.blocks.length - 1) {
      ctx.schedule('client', id, { kind: 'output' });
    }
  }

  onData(ctx: AppContext, id: number, octets: string): void {
    const c = this.conn(id);
    if (!c.parser) return;
    const result = c.parser.pushBinary(octets);
    this.reportBlocks(ctx, id);
    if (result?.ok && result.message.kind === 'response') c.response = result.message;
  }

  /** A parse step for each block the parser has completed since the last call. */
  private reportBlocks(ctx: AppContext, id: number): void {
    const c = this.conn(id);
    if (!c.parser) return;
    const blocks = c.parser.blocks();
    const record = ctx.messageSent(id, 'server', c.responses);
    if (!record) return;
    for (; c.reported < blocks.length; c.reported++) {
      ctx.schedule('client', id, { kind: 'parse', message: record.id, block: c.reported });
    }
  }

  onParsed(ctx: AppContext, id: number, message: number, block: number): void {
    const c = this.conn(id);
    const record = ctx.messageSent(id, 'server', c.responses);
    if (!record || record.id !== message || block !== record.blocks.length - 1 || !c.response) {
      return;
    }
    c.responseDone = true;
    c.responses += 1;
    c.parser = null;
    this.afterResponse(ctx, id, record.id);
  }

  /** Whether this connection can carry the next request (see `keepsConnection`). */
  private persistent(c: ClientConnection): boolean {
    if (!c.request || !c.response || c.finReceived) return false;
    return keepsConnection(c.request, c.response);
  }

  private afterResponse(ctx: AppContext, id: number, messageId: number): void {
    const c = this.conn(id);
    const response = c.response as HttpResponse;
    const maxRedirects = this.scenario.client?.maxRedirects ?? 5;
    const location = headerValue(response, 'location');
    if (REDIRECTS.has(response.status) && location !== undefined && this.redirects < maxRedirects) {
      const target = resolveLocation(location, this.scenario.site.host);
      if (target !== null) {
        ctx.schedule('client', id, {
          kind: 'redirect',
          message: messageId,
          status: response.status,
          location,
        });
        return;
      }
    }
    this.continueOrClose(ctx, id);
  }

  onRedirect(ctx: AppContext, id: number, action: AppAction & { kind: 'redirect' }): void {
    const c = this.conn(id);
    this.redirects += 1;
    this.next = redirected(
      c.request as HttpRequest,
      action.status,
      resolveLocation(action.location, this.scenario.site.host) ?? '/',
    );
    this.continueOrClose(ctx, id);
  }

  /** Next request on this connection if it persists; else close, and reconnect if more to do. */
  private continueOrClose(ctx: AppContext, id: number): void {
    const c = this.conn(id);
    const more = this.next !== null || this.pending.length > 0;
    // With `reusePort`, each request gets its own connection from the same port.
    if (more && this.persistent(c) && this.scenario.client?.reusePort !== true) {
      this.sendNext(ctx, id);
      // This connection has taken its request: the others may take the rest.
      this.openParallel(ctx, 0);
      return;
    }
    const policy = this.scenario.client?.close ?? 'when-done';
    if (!this.persistent(c) && policy === 'when-done' && !c.finReceived) {
      // RFC 9112 §9.6: the server will close after this response; wait for its FIN.
      c.awaitingFin = true;
    } else {
      this.close(ctx, id);
    }
    if (more) {
      this.openAndConnect(ctx);
      this.openParallel(ctx, 1);
    }
  }

  private close(ctx: AppContext, id: number): void {
    const c = this.conn(id);
    if (c.closed) return;
    c.closed = true;
    ctx.schedule('client', id, { kind: 'close' });
  }

  onFin(ctx: AppContext, id: number): void {
    const c = this.conn(id);
    c.finReceived = true;
    if (c.parser && !c.response) {
      // RFC 9112 §6.3 point 8: a response without Content-Length ends where the connection does.
      const result = c.parser.finish();
      this.reportBlocks(ctx, id);
      if (result.ok && result.message.kind === 'response') c.response = result.message;
      return;
    }
    // Parse steps still to come: the close follows them (see continueOrClose).
    if (!c.responseDone && c.request !== null) return;
    this.close(ctx, id);
  }

  onReset(_ctx: AppContext, id: number): void {
    this.conn(id).closed = true;
  }

  onDrained(): void {}
}
