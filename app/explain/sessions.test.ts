/**
 * The words of sessions built in the scenario workshop, which no canned scenario reaches: each
 * is a scenario as the workshop writes it (validated as a link's would be), and each test reads
 * the words of the step a reviewer found false there against what its timeline shows.
 */
import { describe, expect, it } from 'vitest';
import { type Profile, type StepReason, simulate, type Timeline } from '../model';
import { type Catalogue, LANGUAGES, type Lang, loadCatalogue } from '../strings';
import { validateScenario } from '../validation';
import { describeStep } from './describe';
import { loadMessageFacts } from './messageFacts';
import { loadExplainWords } from './words';

await loadExplainWords();
await loadMessageFacts();
const catalogues = new Map<Lang, Catalogue>();
for (const { code } of LANGUAGES) catalogues.set(code, await loadCatalogue(code));
const LANGS = LANGUAGES.map((l) => l.code);

const HTML = { path: '/', contentType: 'text/html', body: '<p>hi</p>\n' };

/** A workshop's scenario: one site, these requests, a 20 ms link. */
function session(
  resources: object[],
  requests: object[],
  more: object = {},
  profile: Profile = 'textbook',
): Timeline {
  const checked = validateScenario({
    id: 'workshop',
    title: 'workshop',
    profile: 'textbook',
    seed: 1,
    link: { latencyMs: 20, bitsPerSecond: 10_000_000, lossRate: 0 },
    site: { host: 'example.com', resources },
    requests,
    ...more,
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return simulate(checked.scenario, { profile });
}

/** The words of every step with `reason`, in order, in `lang`. */
function wordsOf(timeline: Timeline, reason: StepReason, lang: Lang = 'en') {
  const t = catalogues.get(lang) as Catalogue;
  return timeline.steps
    .filter((s) => s.reason === reason)
    .map((s) => describeStep(s, timeline, t, lang));
}

// RFC 9110 §9.3.2, RFC 9112 §6.3 point 1: a response to HEAD has no body, whatever its status.
describe('a 404 to HEAD', () => {
  const timeline = session([HTML], [{ method: 'HEAD', target: '/nope' }]);

  it.each(LANGS)('says no body follows, not that a browser shows an error page (%s)', (lang) => {
    const [line] = wordsOf(timeline, 'status-line-parsed', lang);
    expect(line?.why).toContain('HEAD');
    expect(line?.why).toContain('RFC 9110 §9.3.2');
    expect(line?.why).not.toMatch(/error page|错误页面|錯誤頁面/);
  });
});

// A POST's body is the form's fields only where its Content-Type is a form's, and its length is
// Content-Length's only where it has one: a chunked body ends at its chunk of size 0 (RFC 9112 §7.1).
describe('the body of a POST', () => {
  const API = { path: '/api', methods: ['POST'], contentType: 'text/plain', body: 'ok\n' };
  const post = (headers: string[][], version?: string) =>
    session([API], [{ method: 'POST', target: '/api', headers, body: '{"a":1}', version }]);
  const FORM: Record<Lang, RegExp> = { en: /form/, 'zh-CN': /表单/, 'zh-TW': /表單/ };

  it.each(LANGS)('sent as JSON is not called a form’s fields (%s)', (lang) => {
    const [body] = wordsOf(
      post([['Content-Type', 'application/json']]),
      'request-body-written',
      lang,
    );
    expect(body?.why).not.toMatch(FORM[lang]);
    expect(body?.why).toContain('Content-Length');
    expect(body?.why).toContain('POST');
  });

  it.each(LANGS)('sent in chunks is not said to be counted by Content-Length (%s)', (lang) => {
    // An HTTP/1.0 request in chunks is refused by the workshop (RFC 9112 §6.1, validate.ts).
    for (const timeline of [post([['Transfer-Encoding', 'chunked']])]) {
      const [body] = wordsOf(timeline, 'request-body-written', lang);
      expect(body?.why).not.toContain('Content-Length');
      expect(body?.why).not.toMatch(FORM[lang]);
      expect(body?.why).toMatch(/chunk|块/);
    }
  });
});

// RFC 9112 §9.3: after an HTTP/1.0 response without keep-alive the connection does not persist,
// whether or not it says Connection: close.
describe('the server’s close after an HTTP/1.0 response typed without Connection', () => {
  const raw = 'HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nhi\n';
  const CLOSE: Record<Lang, RegExp> = {
    en: /response said Connection: close/,
    'zh-CN': /响应里写了 Connection: close/,
    'zh-TW': /回應裡寫了 Connection: close/,
  };

  it.each((['textbook', 'linux'] as const).flatMap((p) => LANGS.map((l) => [p, l] as const)))(
    'says why without a Connection: close the response lacks (%s, %s)',
    (profile, lang) => {
      const timeline = session([{ path: '/', raw }], [{ method: 'GET', target: '/' }], {}, profile);
      const [close] = wordsOf(timeline, 'active-close', lang);
      expect(timeline.steps.find((s) => s.reason === 'active-close')?.endpoint).toBe('server');
      expect(close?.why).not.toMatch(CLOSE[lang]);
      expect(close?.why).toContain('HTTP/1.0');
      expect(close?.why).toContain('RFC 9112 §9.3');
    },
  );

  // A response typed by hand is sent as typed: the request's close is not repeated in it.
  it.each(LANGS)('says the request asked for the close, where it did (%s)', (lang) => {
    const typed = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nhi\n';
    for (const [request, said] of [
      [{ method: 'GET', target: '/', headers: [['Connection', 'close']] }, 'Connection: close'],
      [{ method: 'GET', target: '/', version: 'HTTP/1.0' }, 'HTTP/1.0'],
    ] as const) {
      const timeline = session([{ path: '/', raw: typed }], [request]);
      const [close] = wordsOf(timeline, 'active-close', lang);
      expect(close?.why).not.toMatch(CLOSE[lang]);
      expect(close?.why).toContain(said);
    }
  });
});

// RFC 9110 §15.4: the client follows a redirect whose Location it can reach; the scenario's next
// request after one it does not follow is no sign that this one was followed.
describe('a 302 to another host, then a 302 that is followed', () => {
  const timeline = session(
    [
      HTML,
      { path: '/old', redirect: { status: 302, location: 'http://other.example/' } },
      { path: '/o2', redirect: { status: 302, location: '/' } },
    ],
    [
      { method: 'GET', target: '/old' },
      { method: 'GET', target: '/o2' },
    ],
  );

  it('says the first is not followed and the second is', () => {
    const [other, followed] = wordsOf(timeline, 'response-body-parsed');
    expect(other?.why).toContain('the client does not follow it');
    expect(other?.why).not.toContain('it follows the Location instead');
    expect(followed?.why).toContain('it follows the Location instead');
  });
});

// RFC 9112 §9.3, Appendix C.2.2: an HTTP/1.0 connection with keep-alive persists, and here the
// client closes first.
describe('the client’s close after an HTTP/1.0 exchange with keep-alive', () => {
  const timeline = session(
    [HTML],
    [{ method: 'GET', target: '/', version: 'HTTP/1.0', headers: [['Connection', 'keep-alive']] }],
  );
  const WITHOUT: Record<Lang, RegExp> = {
    en: /HTTP\/1\.0 without keep-alive/,
    'zh-CN': /HTTP\/1\.0 而没有 keep-alive/,
    'zh-TW': /HTTP\/1\.0 而沒有 keep-alive/,
  };

  it.each(LANGS)('says only HTTP/1.0 without keep-alive makes the server close (%s)', (lang) => {
    const [close] = wordsOf(timeline, 'active-close', lang);
    expect(timeline.steps.find((s) => s.reason === 'active-close')?.endpoint).toBe('client');
    expect(close?.why).toMatch(WITHOUT[lang]);
  });
});

// client.reusePort: one request per connection, each from the same port once the last is over.
describe('the client’s close with a request still to send', () => {
  const CSS = { path: '/a.css', contentType: 'text/css', body: 'a{}\n' };
  const NO_MORE: Record<Lang, RegExp> = {
    en: /no more requests/,
    'zh-CN': /没有请求了/,
    'zh-TW': /沒有請求了/,
  };

  it.each(LANGS)('says the next request goes on a connection of its own (%s)', (lang) => {
    const timeline = session(
      [HTML, CSS],
      [
        { method: 'GET', target: '/' },
        { method: 'GET', target: '/a.css' },
      ],
      { client: { reusePort: true }, tcp: { mslMs: 500 } },
    );
    const [first, last] = wordsOf(timeline, 'active-close', lang);
    expect(first?.why).not.toMatch(NO_MORE[lang]);
    expect(first?.why).toMatch(/port|端口|連接埠/);
    expect(last?.why).toMatch(NO_MORE[lang]);
  });
});

// RFC 9110 §9.3.7: OPTIONS * asks about the server as a whole; its 200 here has no body.
describe('a 200 to OPTIONS *', () => {
  const timeline = session([HTML], [{ method: 'OPTIONS', target: '*' }]);
  const RESOURCE: Record<Lang, RegExp> = {
    en: /body that follows/,
    'zh-CN': /后面的报文主体/,
    'zh-TW': /後面的訊息主體/,
  };

  it.each(LANGS)('says the answer is in its header fields, not a body (%s)', (lang) => {
    const [line] = wordsOf(timeline, 'status-line-parsed', lang);
    expect(line?.why).not.toMatch(RESOURCE[lang]);
    expect(line?.why).toContain('Allow');
    expect(line?.why).toContain('RFC 9110 §9.3.7');
  });
});

// RFC 9110 §15: each class of status, and the codes with words of their own, tell the client
// something else; "show the page, follow a redirect, or report an error" is none of them.
describe('the status line of', () => {
  const PLAIN: Record<Lang, RegExp> = {
    en: /show the page, follow a redirect, or report an error/,
    'zh-CN': /显示页面、跟随重定向，或者报告错误/,
    'zh-TW': /顯示頁面、跟著重新導向，或是回報錯誤/,
  };
  const OTHER = { path: '/', contentType: 'text/plain', body: 'x\n' };
  const CASES: [string, object[], object, string][] = [
    [
      'a 304 to a conditional GET',
      [{ path: '/', status: 304, headers: [['ETag', '"v1"']] }],
      { method: 'GET', target: '/', headers: [['If-None-Match', '"v1"']] },
      'RFC 9110 §15.4.5',
    ],
    [
      'a 204 to DELETE',
      [{ path: '/x', methods: ['DELETE'], status: 204 }],
      { method: 'DELETE', target: '/x' },
      'RFC 9110 §15.3.5',
    ],
    [
      'a 201 to a POST',
      [{ ...OTHER, path: '/items', methods: ['POST'], status: 201, headers: [['Location', '/7']] }],
      { method: 'POST', target: '/items', body: '{}' },
      'RFC 9110 §15.3.2',
    ],
    [
      'a 302',
      [HTML, { path: '/old', redirect: { status: 302, location: '/' } }],
      { method: 'GET', target: '/old' },
      'RFC 9110 §15.4',
    ],
    ['a 400', [{ ...OTHER, status: 400 }], { method: 'GET', target: '/' }, 'RFC 9110 §15.5'],
    ['a 500', [{ ...OTHER, status: 500 }], { method: 'GET', target: '/' }, 'RFC 9110 §15.6'],
    [
      'a 200 to a POST',
      [{ ...OTHER, path: '/api', methods: ['POST'] }],
      { method: 'POST', target: '/api', body: '{}' },
      'RFC 9110 §15.3.1',
    ],
  ];

  describe.each(CASES)('%s', (_name, resources, request, rfc) => {
    const timeline = session(resources, [request]);
    it.each(LANGS)('says what its status tells the client (%s)', (lang) => {
      const [line] = wordsOf(timeline, 'status-line-parsed', lang);
      expect(line?.why).not.toMatch(PLAIN[lang]);
      expect(line?.why).not.toMatch(/resource that was asked for|所请求的资源|所請求的資源/);
      expect(line?.why).toContain(rfc);
    });
  });
});
