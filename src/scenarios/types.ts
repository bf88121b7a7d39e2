/**
 * A scenario: plain data that `simulate()` turns into a timeline. Everything
 * that decides what happens is in here (the requests, the site, the link, the
 * profile, the seed), so a scenario can be stored, linked to, edited and
 * validated (`validateScenario`).
 */
import type { DelayRule, SegmentRule } from '../network/link';
import type { Profile } from '../timeline/types';

export type { DelayRule, SegmentClass, SegmentRule } from '../network/link';

/** One field line, name as sent. */
export type HeaderSpec = [name: string, value: string];

export interface RequestSpec {
  method: string;
  /**
   * The request-target (RFC 9112 §3.2): origin-form, path and query, e.g. `/`; absolute-form, an
   * http URL whose path the server answers (§3.2.2); or `*` for a server-wide OPTIONS (§3.2.4).
   */
  target: string;
  /** Default HTTP/1.1. */
  version?: 'HTTP/1.1' | 'HTTP/1.0';
  /** Field lines after Host (which the user agent adds, RFC 9112 §3.2). */
  headers?: HeaderSpec[];
  /** The body as text (sent as UTF-8); Content-Length is computed, never typed. */
  body?: string;
}

/** One resource of the virtual site. */
export interface ResourceSpec {
  path: string;
  /** Methods the resource allows; others get 405 with Allow. Default GET and HEAD. */
  methods?: string[];
  /**
   * 200 unless a redirect. 204 and 304 are sent without content (RFC 9112 §6.3 point 1); the
   * others carry `body` (a 404 or 500 page of the user's own, a 400 for a route that refuses).
   */
  status?: 200 | 201 | 204 | 304 | 400 | 404 | 500;
  contentType?: string;
  /** Content-Language, e.g. `fr` for the page the sources' GET asks for. */
  language?: string;
  /** More field lines for the response (e.g. `Server`, `ETag`), after Content-Type and Content-Length. */
  headers?: HeaderSpec[];
  body?: string;
  /** A redirect: answer with this status and a Location (RFC 9110 §15.4). */
  redirect?: { status: 301 | 302 | 303 | 307 | 308; location: string };
  /** The server closes the connection after this response (`Connection: close`, RFC 9112 §9.6). */
  close?: boolean;
  /**
   * A form handler: the body is read as application/x-www-form-urlencoded and
   * `{{name}}` in `body` is replaced by the field's (decoded) value.
   */
  form?: boolean;
  /**
   * A response typed by hand, sent instead of one made from the fields above (status, headers,
   * body, redirect, form, close): its octets as text, sent as UTF-8, CR LF written out. It must
   * be one whole final response (status 200 or more) exactly as src/http's serializer writes it
   * (`readExactMessage`); the fields above are kept, unused, for when it is taken away. Sent as
   * typed: the server adds no Connection field, and closes after it when it says `close`
   * (RFC 9112 §9.6), or when it has neither Content-Length nor Transfer-Encoding, as its body
   * then ends where the connection does (§6.3 point 8). `methods` still applies (405 for the
   * others).
   */
  raw?: string;
}

export interface SiteSpec {
  /** The name the Host field carries, e.g. `developer.mozilla.org`. */
  host: string;
  resources: ResourceSpec[];
  /** Body of the 404 page. */
  notFoundBody?: string;
}

export interface LinkSpec {
  /** One-way propagation delay in ms. */
  latencyMs: number;
  bitsPerSecond: number;
  /** Probability that a segment is lost, drawn from the seed. */
  lossRate: number;
  /** The link MTU; the MSS each end announces is MTU − 40 (IPv4 and TCP headers). Default 1500. */
  mtu?: number;
}

export interface ClientSpec {
  /**
   * When the user agent closes after its last response:
   * - `when-done` (default): at once if the connection is persistent; if the server said
   *   it will close, after the server's FIN (a passive close).
   * - `at-once`: at once in every case (with a closing server: a simultaneous close).
   */
  close?: 'when-done' | 'at-once';
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  /**
   * Connections open at once, as a browser fetching a page's images (six per host in today's
   * browsers; RFC 9112 §9.4 asks only that a client limit them). Default 1. Above 1, once the
   * first response has been read, the requests left are spread over up to this many persistent
   * connections: the first one and new ones opened at that moment, each taking the next request
   * whenever it is free.
   */
  parallel?: number;
  /**
   * Every connection from the first one's port, one request each: the next connection opens
   * once the previous incarnation on that port has closed (its TIME-WAIT over), as a client
   * that binds its port must wait (RFC 9293 §3.6.1). Default false: a fresh ephemeral port each.
   */
  reusePort?: boolean;
  /**
   * What if the client's TIME-WAIT is cut short (0 ms instead of 2×MSL)? An old segment of the
   * previous incarnation can then arrive in the next one on the same ports. Default 'full'.
   */
  timeWait?: 'full' | 'cut-short';
}

export interface Impairments {
  /** Segments the network drops, named. */
  drop?: SegmentRule[];
  /** Segments the network holds back. */
  delay?: DelayRule[];
  /**
   * RFC 9293 Figure 8: a SYN from an earlier incarnation of the connection is
   * still in the network at the start and reaches the server first. Its
   * sequence number is the client's ISN plus `seqOffset` (negative: older).
   */
  oldDuplicateSyn?: { seqOffset: number };
}

/** Fixed numbers, so that a scenario can reproduce an RFC figure (SEQ=100 …). */
export interface FixedNumbers {
  clientIsn?: number;
  /**
   * The client's ISNs for the connections after the first, in order: to show an old segment
   * whose numbers happen to fit the next incarnation (drawn otherwise).
   */
  nextClientIsns?: number[];
  /** The ISNs the server picks, one per SYN it answers, in order. */
  serverIsns?: number[];
  clientPort?: number;
}

/**
 * The TCP timers of both ends, where the scenario sets them instead of its profile
 * (src/tcp/config.ts): a "what if" for a class, e.g. a short MSL to watch TIME-WAIT end.
 */
export interface TcpSpec {
  /** Maximum Segment Lifetime; TIME-WAIT lasts 2×MSL (RFC 9293 §3.4.2). */
  mslMs?: number;
  /** The RTO before any round trip is measured (RFC 6298 §2.1: 1 second). */
  initialRtoMs?: number;
}

export interface Scenario {
  /** URL-safe id, e.g. `get`. */
  id: string;
  /** A one-line English title, for the CLI and tests (the app has its own, translated). */
  title: string;
  profile: Profile;
  seed: number;
  link: LinkSpec;
  site: SiteSpec;
  requests: RequestSpec[];
  client?: ClientSpec;
  impairments?: Impairments;
  fixed?: FixedNumbers;
  tcp?: TcpSpec;
}
