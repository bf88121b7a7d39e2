import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { modelApi } from '../modelApi';
import { createAppStore } from '../store';
import { drawInStore } from '../test-support/booted';
import Workshop from './Workshop';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render(id: string) {
  const store = createAppStore(modelApi);
  store.getState().loadScenario(id);
  return { ...drawInStore(store, <Workshop onClose={() => {}} />), store };
}

/** Types a value as a person does: React hears the input event. */
function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
  Object.getOwnPropertyDescriptor(proto.prototype, 'value')?.set?.call(el, value);
  act(() => {
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
});

describe('<Workshop>', () => {
  it('simulates a valid edit at once, and keeps the last timeline on an error', () => {
    const { host, store } = render('get');
    const box = host.querySelector('textarea.workshop-text') as HTMLTextAreaElement;
    const steps = store.getState().timeline?.steps.length ?? 0;
    type(box, box.value.replace('\n\n', '\nAccept: text/html\n\n'));
    expect(store.getState().scenarioId).toBe('custom');
    expect(store.getState().timeline?.steps.length).toBe(steps + 2);
    const good = store.getState().timeline;
    type(box, box.value.replace('Host: ', 'Host '));
    expect(host.querySelector('[data-testid="workshop-error"]')?.textContent).toMatch(
      /^Line 2, column 5: /,
    );
    expect(box.value).toContain('Host developer');
    expect(store.getState().timeline).toBe(good);
    expect(host.querySelector('mark')).not.toBeNull();
  });

  // A teacher picked POST in the header with the workshop open on GET: the box still held GET,
  // and the first keystroke made a custom GET of the POST on screen.
  it('starts again from a scenario another part of the page puts on screen, not from its own', () => {
    const { host, store } = render('get');
    const box = () => host.querySelector('textarea.workshop-text') as HTMLTextAreaElement;
    type(box(), box().value.replace('GET / ', 'GET /docs '));
    expect(store.getState().scenarioId).toBe('custom');
    // Its own edit keeps the editor and what is typed in it.
    expect(box().value).toMatch(/^GET \/docs /);
    act(() => store.getState().loadScenario('post-form'));
    expect(box().value).toMatch(/^POST /);
    type(box(), box().value.replace('POST /', 'POST /x'));
    const source = store.getState().source;
    expect(source.kind === 'custom' && source.scenario.requests[0]?.method).toBe('POST');
    // "Reset to the original" is POST's: the draft's original is the scenario picked.
    const stored = JSON.parse(localStorage.getItem('roundtrip.workshop.draft') ?? '{}');
    expect(
      stored.drafts.map(
        (d: { original: { requests: { method: string }[] } }) => d.original.requests[0]?.method,
      ),
    ).toEqual(['POST', 'GET']);
  });

  it('simulates each keystroke in its own event, so that its frame shows the new diagram', () => {
    const { host, store } = render('get');
    const box = host.querySelector('textarea.workshop-text') as HTMLTextAreaElement;
    const loads: unknown[] = [];
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.timeline !== prev.timeline) loads.push(s.source);
    });
    const accept = () => {
      const source = store.getState().source;
      return source.kind === 'custom'
        ? source.scenario.requests[0]?.headers?.find(([name]) => name === 'Accept')
        : undefined;
    };
    type(box, box.value.replace('\n\n', '\nAccept: text/html\n\n'));
    expect(accept()).toEqual(['Accept', 'text/html']);
    type(box, box.value.replace('text/html', 'text/plain'));
    expect(accept()).toEqual(['Accept', 'text/plain']);
    unsubscribe();
    expect(loads).toHaveLength(2);
  });

  // "Content-Length, computed: 0 bytes." named a line a GET without a body does not send.
  it('says under the form’s body what framing the request is sent with', () => {
    const { host } = render('get');
    openForm(host);
    const body = host.querySelector('.workshop-form-body') as HTMLElement;
    expect(body.textContent).toContain(
      'No Content-Length is sent: the request has no body (RFC 9112 §6.3).',
    );
    expect(body.textContent).not.toContain('Content-Length, computed');
  });

  it('simulates the absolute-form and OPTIONS *, and says beneath the box why CONNECT is not', () => {
    const { host, store } = render('get');
    const box = host.querySelector('textarea.workshop-text') as HTMLTextAreaElement;
    const first = () => store.getState().timeline?.messages.map((m) => m.startLine);
    type(box, 'GET http://a.example/ HTTP/1.1\nHost: b.example\n\n');
    expect(first()).toEqual(['GET http://a.example/ HTTP/1.1', 'HTTP/1.1 200 OK']);
    type(box, 'OPTIONS * HTTP/1.1\nHost: a\n\n');
    expect(first()).toEqual(['OPTIONS * HTTP/1.1', 'HTTP/1.1 200 OK']);
    expect(host.querySelector('.workshop-stale-note')?.textContent).toBe('');
    type(box, 'CONNECT a.example:443 HTTP/1.1\nHost: a.example:443\n\n');
    expect(host.querySelector('.workshop-stale-note')?.textContent).toMatch(/^Out of date/);
    expect(host.querySelector('[data-testid="workshop-refusal"]')?.textContent).toBe(
      'Request target: not accepted: CONNECT asks the server for a tunnel to another host (RFC 9110 §9.3.6), which Roundtrip does not simulate.',
    );
    expect(box.getAttribute('aria-invalid')).toBe('true');
  });

  it('edits a form POST’s fields as a form, with Content-Length computed', () => {
    const { host, store } = render('post-form');
    const form = host.querySelector('details.workshop-form') as HTMLDetailsElement;
    expect(form.querySelector('input')).toBeNull();
    // As a browser does when its summary is clicked (jsdom fires no toggle of its own).
    form.open = true;
    act(() => {
      form.dispatchEvent(new Event('toggle'));
    });
    const value = host.querySelector('input[aria-label="Field 1: value"]') as HTMLInputElement;
    expect(value).not.toBeNull();
    type(value, 'Zoë & co');
    const box = host.querySelector('textarea.workshop-text') as HTMLTextAreaElement;
    const body = box.value.slice(box.value.indexOf('\n\n') + 2);
    expect(
      body.startsWith(
        `${new URLSearchParams([['name', 'Zoë & co']]).toString().split('=')[0]}=Zo%C3%AB+%26+co`,
      ),
    ).toBe(true);
    expect(box.value).toContain(`Content-Length: ${new TextEncoder().encode(body).length}\n`);
    expect(host.textContent).toContain(`computed: ${new TextEncoder().encode(body).length} bytes`);
    const source = store.getState().source;
    expect(source.kind === 'custom' && source.scenario.requests[0]?.body).toBe(body);
  });

  it('keeps what a form field holds when it cannot be written, says why, and keeps the last timeline', () => {
    const { host, store } = render('get');
    openForm(host);
    act(() => button(host, 'Add a header line').click());
    const box = host.querySelector('textarea.workshop-text') as HTMLTextAreaElement;
    expect(box.value).toContain('\nX-Example: value\n');
    const good = store.getState().timeline;
    const rows = host.querySelectorAll<HTMLInputElement>('input[aria-label$=": name"]');
    const name = rows[rows.length - 1] as HTMLInputElement;
    const reason = (el: HTMLElement) =>
      host.querySelector(`#${CSS.escape(el.getAttribute('aria-describedby') ?? '')}`)?.textContent;

    type(name, '');
    expect(name.value).toBe('');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(reason(name)).toBe(
      'Not accepted: must be a header field name (a token, e.g. Content-Type).',
    );
    type(name, 'Bad Name:x');
    expect(name.value).toBe('Bad Name:x');
    expect(reason(name)).toMatch(/header field name/);
    // The text keeps the last request that could be sent, and the diagram the last timeline.
    expect(box.value).toContain('\nX-Example: value\n');
    expect(store.getState().timeline).toBe(good);
    expect(host.querySelector('.workshop-stale-note')?.textContent).toMatch(/Edit as a form/);

    const target = host.querySelector(
      `#${CSS.escape(labelled(host, 'Target (path and query)'))}`,
    ) as HTMLInputElement;
    type(target, 'no-slash');
    expect(target.value).toBe('no-slash');
    expect(reason(target)).toMatch(/must be a path starting with \//);
    const method = host.querySelector(
      `#${CSS.escape(labelled(host, 'Method'))}`,
    ) as HTMLInputElement;
    type(method, 'PO ST');
    expect(method.value).toBe('PO ST');
    expect(reason(method)).toMatch(/must be a method name/);
    expect(box.value.startsWith('GET / HTTP/1.1\n')).toBe(true);
    expect(store.getState().timeline).toBe(good);

    // Fixed, each goes into the text; the others stay as typed, and marked.
    type(method, 'POST');
    expect(box.value.startsWith('POST / HTTP/1.1\n')).toBe(true);
    expect(method.getAttribute('aria-invalid')).toBeNull();
    expect(target.value).toBe('no-slash');
    type(name, 'X-Fixed');
    type(target, '/fixed');
    expect(box.value).toContain('POST /fixed HTTP/1.1\n');
    expect(box.value).toContain('\nX-Fixed: value\n');
    expect(host.querySelector('.workshop-stale-note')?.textContent).toBe('');
    const source = store.getState().source;
    expect(source.kind === 'custom' && source.scenario.requests[0]?.target).toBe('/fixed');
  });

  // Issue 15: a reload brings the draft back as typed. The Request box always was; a form field
  // holding what cannot be written was lost.
  it('keeps a form field that cannot be written through a reload, and says why again', () => {
    const first = render('get');
    openForm(first.host);
    const target = () =>
      document.querySelector(
        `#${CSS.escape(labelled(document.body, 'Target (path and query)'))}`,
      ) as HTMLInputElement;
    type(target(), 'no-slash');
    act(() => first.root.unmount());
    document.body.innerHTML = '';

    const again = render('get');
    expect(again.host.querySelector('.notice')?.textContent).toMatch(/draft/i);
    openForm(again.host);
    expect(target().value).toBe('no-slash');
    expect(target().getAttribute('aria-invalid')).toBe('true');
    expect(
      again.host.querySelector(`#${CSS.escape(target().getAttribute('aria-describedby') ?? '')}`)
        ?.textContent,
    ).toMatch(/must be a path starting with \//);
    expect(again.host.querySelector('.workshop-stale-note')?.textContent).toMatch(/Edit as a form/);
  });

  // Switching the whole page between the canned scenario and the custom one at every other
  // keystroke doubled the browser's work of a keystroke ("edit to new diagram", bench/).
  it('keeps a scenario typed back to the original the user’s own; only Reset makes it canned', () => {
    const { host, store } = render('get');
    const box = host.querySelector('textarea.workshop-text') as HTMLTextAreaElement;
    const original = box.value;
    type(box, original.replace('Accept-Language: fr', 'Accept-Language: frx'));
    expect(store.getState().source.kind).toBe('custom');
    type(box, original);
    expect(store.getState().source.kind).toBe('custom');
  });

  it('says in the reader’s language why a form field cannot be written', () => {
    const { host, store } = render('get');
    act(() => store.getState().setLang('zh-TW'));
    openForm(host);
    const method = host.querySelector(`#${CSS.escape(labelled(host, '方法'))}`) as HTMLInputElement;
    type(method, 'PO ST');
    const reason = host.querySelector(
      `#${CSS.escape(method.getAttribute('aria-describedby') ?? '')}`,
    );
    expect(reason?.textContent).toBe('無法接受：必須是方法名稱（token，例如 GET）。');
  });

  // The browser's English ("Unexpected token 'h', …") was inside the Chinese message, and a
  // timeline Export wrote was refused as "/version is not a known field".
  it('says in the reader’s words where a file stops being JSON, and where a timeline opens', async () => {
    const { host, store } = render('get');
    act(() => store.getState().setLang('zh-CN'));
    const input = host.querySelector('input[type="file"]') as HTMLInputElement;
    const choose = async (text: string) => {
      Object.defineProperty(input, 'files', {
        configurable: true,
        value: [new File([text], 'x.json', { type: 'application/json' })],
      });
      await act(async () => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await act(async () => {
        await new Promise((r) => setTimeout(r, 0));
      });
      return host.querySelector('[role="alert"]')?.textContent;
    };
    expect(await choose('hello')).toBe(
      '这个文件不是 Roundtrip 能播放的场景：文件内容不是 JSON（第 1 行第 1 列出错）',
    );
    const timeline = JSON.stringify(store.getState().timeline);
    expect(await choose(timeline)).toMatch(
      /^这个文件是 Roundtrip 时间线（用“.+”保存的），不是场景：请用页面顶部的“.+”打开，按保存时的样子播放。$/,
    );
  });

  it('puts a value typed beside a refused name on no other row, and the row in once it reads', () => {
    // Review: name Transfer-Encoding (refused), then a value: it went onto "Add"'s X-Example.
    const { host, store } = render('post-form');
    openForm(host);
    act(() => button(host, 'Add a header line').click());
    const box = host.querySelector('textarea.workshop-text') as HTMLTextAreaElement;
    const added = box.value;
    expect(added).toContain('\nX-Example: value\n');
    const good = store.getState().timeline;
    const names = host.querySelectorAll<HTMLInputElement>(
      'input[aria-label^="Header"][aria-label$=": name"]',
    );
    const values = host.querySelectorAll<HTMLInputElement>(
      'input[aria-label^="Header"][aria-label$=": value"]',
    );
    const name = names[names.length - 1] as HTMLInputElement;
    const value = values[values.length - 1] as HTMLInputElement;
    type(name, 'Transfer-Encoding');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    for (const typed of ['c', 'gzip']) {
      type(value, typed);
      expect(value.value).toBe(typed);
      expect(name.value).toBe('Transfer-Encoding');
      // Refused for one reason, said once, which describes both halves of the row.
      expect(value.getAttribute('aria-invalid')).toBe('true');
      expect(value.getAttribute('aria-describedby')).toBe(name.getAttribute('aria-describedby'));
      expect(
        name.closest('.workshop-pair')?.querySelectorAll('.workshop-field-error'),
      ).toHaveLength(1);
      // The request stays the last one that read, in the box, the diagram and the link.
      expect(box.value).toBe(added);
      expect(store.getState().timeline).toBe(good);
    }
    type(value, 'chunked');
    expect(box.value).toContain('\nTransfer-Encoding: chunked\n');
    expect(box.value).not.toContain('X-Example');
    expect(name.getAttribute('aria-invalid')).toBeNull();
    expect(value.getAttribute('aria-invalid')).toBeNull();
    const source = store.getState().source;
    expect(source.kind === 'custom' && source.scenario.requests[0]?.headers).toContainEqual([
      'Transfer-Encoding',
      'chunked',
    ]);
  });

  it('keeps a space typed in a header value while the next word is typed', () => {
    const { host } = render('get');
    openForm(host);
    act(() => button(host, 'Add a header line').click());
    const values = host.querySelectorAll<HTMLInputElement>('input[aria-label$=": value"]');
    const value = values[values.length - 1] as HTMLInputElement;
    const box = host.querySelector('textarea.workshop-text') as HTMLTextAreaElement;
    type(value, 'text/html, ');
    expect(value.value).toBe('text/html, ');
    expect(value.getAttribute('aria-invalid')).toBeNull();
    expect(box.value).toContain('\nX-Example: text/html,\n');
    type(value, 'text/html, text/plain');
    expect(box.value).toContain('\nX-Example: text/html, text/plain\n');
  });

  it('says that a link copied while the request is broken holds the last version that worked', async () => {
    const { host } = render('get');
    const box = host.querySelector('textarea.workshop-text') as HTMLTextAreaElement;
    const status = () => host.querySelector('.copy-status')?.textContent;
    await act(async () => button(host, 'Copy link').click());
    expect(status()).toBe('Link copied.');
    type(box, box.value.replace('Host: ', 'Host '));
    await act(async () => button(host, 'Copy link').click());
    expect(status()).toMatch(/^Link copied, to the last version that worked/);
  });

  it('resets to the original: asks with the safe choice focused, then is the canned scenario again', () => {
    const { host, store } = render('get');
    const box = host.querySelector('textarea.workshop-text') as HTMLTextAreaElement;
    type(box, box.value.replace('\n\n', '\nAccept: text/html\n\n'));
    expect(store.getState().scenarioId).toBe('custom');
    const reset = button(host, 'Reset to the original');
    act(() => reset.click());
    expect(document.activeElement?.textContent).toBe('Keep editing');
    act(() => button(host, 'Discard my changes').click());
    expect(store.getState().source).toEqual({ kind: 'canned', id: 'get' });
    expect(store.getState().scenarioId).toBe('get');
    // The draft no longer holds the edits: the picker stops offering them.
    expect(store.getState().ownScenario).toBeNull();
    expect(document.activeElement?.id).toBe('h-workshop');
    expect(reset.disabled).toBe(true);
  });

  it('changes a route’s status in the server’s table, and the response follows', () => {
    const { host, store } = render('get');
    const select = [...host.querySelectorAll('select')].find((el) =>
      [...el.options].some((o) => o.value === '301'),
    ) as HTMLSelectElement;
    select.value = '500';
    act(() => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const source = store.getState().source;
    expect(source.kind === 'custom' && source.scenario.site.resources[0]?.status).toBe(500);
    const response = store.getState().timeline?.messages.find((m) => m.from === 'server');
    expect(response?.startLine).toMatch(/^HTTP\/1.1 500/);
  });

  it('says a route’s path and methods refusals under each field, not under the route', () => {
    const { host } = render('get');
    const field = (label: string) =>
      [...host.querySelectorAll('label')].find((l) => l.textContent === label)
        ?.control as HTMLInputElement;
    for (const [label, bad] of [
      ['Path', 'no-slash'],
      ['Methods (comma-separated)', 'GET, B D'],
    ] as const) {
      const input = field(label);
      type(input, bad);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      const said = document.getElementById(input.getAttribute('aria-describedby') ?? '');
      expect(said?.textContent).toMatch(/^Not accepted: /);
      expect(said?.parentElement).toBe(input.parentElement);
      expect(host.querySelector('#route-0-error')).toBeNull();
      type(input, label === 'Path' ? '/' : 'GET, HEAD');
    }
  });

  it('moves a page a redirect is chosen for, refuses a Location back beside it, and a 304 to a plain GET beside the status', () => {
    const { host, store } = render('get');
    const select = [...host.querySelectorAll('select')].find((el) =>
      [...el.options].some((o) => o.value === '301'),
    ) as HTMLSelectElement;
    const choose = (value: string) => {
      select.value = value;
      act(() => {
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    };
    // A redirect chosen moves the page to /new, which a new route serves: it plays at once.
    choose('301');
    expect(host.querySelector('[aria-invalid="true"]')).toBeNull();
    const moved = store.getState().timeline;
    expect(moved?.messages.map((m) => m.startLine)).toContain('GET /new HTTP/1.1');
    // A Location leading back is refused once, beside the Location field, which is marked.
    const location = [...host.querySelectorAll('label')].find((l) => l.textContent === 'Location')
      ?.control as HTMLInputElement;
    type(location, '/');
    const loop =
      'Not accepted: must not lead back to this route: the client would follow the same redirects round and round until it gives up after 5 (Redirects to follow).';
    expect(location.getAttribute('aria-invalid')).toBe('true');
    const said = document.getElementById(location.getAttribute('aria-describedby') ?? '');
    expect(said?.textContent).toBe(loop);
    expect(location.parentElement?.contains(said ?? null)).toBe(true);
    expect(host.textContent?.split(loop)).toHaveLength(2);
    expect(host.querySelector('#route-0-status-error')).toBeNull();
    expect(store.getState().timeline).toBe(moved);
    choose('304');
    const refusal = host.querySelector('#route-0-status-error');
    expect(refusal?.textContent).toMatch(
      /^Not accepted: must answer a conditional request: 304 Not Modified is sent only in response to one \(RFC 9110 §15\.4\.5\)/,
    );
    // Under the Status field, whose select it describes: not a cell of the grid of its own,
    // which the grid laid out beside the status, under Methods (review).
    expect(refusal?.parentElement).toBe(select.parentElement);
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(select.getAttribute('aria-describedby')).toBe('route-0-status-error');
    expect(select.labels?.[0]?.textContent).toBe('Status');
    const box = host.querySelector('textarea.workshop-text') as HTMLTextAreaElement;
    const typed = box.value;
    type(box, typed.replace('\n\n', '\nIf-None-Match: "1"\n\n'));
    expect(host.querySelector('#route-0-status-error')).toBeNull();
    // The route sends no ETag, so no tag matches: the request's line is refused, beside it.
    expect(host.querySelector('[data-testid="workshop-refusal"]')?.textContent).toMatch(
      /^Header lines: not accepted: If-None-Match matches no entity tag: the route for \/ answers 304 Not Modified without an ETag/,
    );
    type(box, typed.replace('\n\n', '\nIf-None-Match: *\n\n'));
    expect(host.querySelector('[data-testid="workshop-refusal"]')).toBeNull();
    const response = store.getState().timeline?.messages.find((m) => m.from === 'server');
    expect(response?.startLine).toBe('HTTP/1.1 304 Not Modified');
  });

  it('sets the MSL: TIME-WAIT lasts 2×MSL; an impossible one is refused beside its field', () => {
    const { host, store } = render('get');
    const id = labelled(host, 'Maximum segment lifetime, MSL (ms)');
    const msl = host.querySelector(`input[type="number"]#${CSS.escape(id)}`) as HTMLInputElement;
    expect(msl.value).toBe('');
    type(msl, '1500');
    const expired = store.getState().timeline?.steps.find((x) => x.reason === 'time-wait-expired');
    expect(expired?.reason === 'time-wait-expired' && expired.detail.timeWaitMs).toBe(3000);
    const good = store.getState().timeline;
    type(msl, '0');
    expect(store.getState().timeline).toBe(good);
    expect(msl.getAttribute('aria-invalid')).toBe('true');
    const reason = host.querySelector(
      `#${CSS.escape(msl.getAttribute('aria-describedby')?.split(' ').pop() ?? '')}`,
    );
    expect(reason?.textContent).toMatch(/must be more than 0/);
    // Emptied, the behavior's own MSL again.
    type(msl, '');
    const source = store.getState().source;
    expect(source.kind === 'custom' && source.scenario.tcp).toBeUndefined();
  });

  it('says a network field’s refusal in its own unit, even while the request does not read', () => {
    const { host } = render('get');
    const reason = (label: string) => {
      const id = labelled(host, label);
      const input = host.querySelector(`input#${CSS.escape(id)}`) as HTMLInputElement;
      return {
        input,
        text: () =>
          host.querySelector(
            `#${CSS.escape(input.getAttribute('aria-describedby')?.split(' ').pop() ?? '')}`,
          )?.textContent,
      };
    };
    const box = host.querySelector('textarea.workshop-text') as HTMLTextAreaElement;
    type(box, box.value.replace('Host: ', 'Host '));
    const bandwidth = reason('Bandwidth (Mbit/s)');
    type(bandwidth.input, '0');
    expect(bandwidth.text()).toBe('Not accepted: must be between 0.001 and 1000000.');
    const loss = reason('Random loss (%)');
    type(loss.input, '80');
    expect(loss.text()).toBe('Not accepted: must be between 0 and 50.');
    expect(host.querySelector('[data-testid="workshop-error"]')?.textContent).toMatch(
      /^Line 2, column 5: /,
    );
  });

  it('says what 0 means for the data segment to drop, and that a number past the last drops nothing', () => {
    const { host, store } = render('get');
    const id = labelled(host, 'Drop the client’s data segment number');
    const input = host.querySelector(`input#${CSS.escape(id)}`) as HTMLInputElement;
    const said = () =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((d) => host.querySelector(`#${CSS.escape(d)}`)?.textContent)
        .join(' | ');
    expect(said()).toBe(
      '0: none. 1 is the first segment that carries the client’s data (retransmissions count too); in the diagram on screen the client sends 1.',
    );
    type(input, '7');
    expect(said()).toContain(
      'Nothing is dropped: the client sends no data segment number 7 here (1 in all).',
    );
    type(input, '1');
    expect(said()).not.toContain('Nothing is dropped');
    expect(store.getState().timeline?.segments.some((x) => x.lostAt !== null)).toBe(true);
  });

  it('refuses an impossible MSL in the reader’s language, not in the validator’s English', () => {
    const { host, store } = render('get');
    act(() => store.getState().setLang('zh-CN'));
    const id = labelled(host, '最长报文段寿命 MSL（毫秒）');
    const msl = host.querySelector(`input[type="number"]#${CSS.escape(id)}`) as HTMLInputElement;
    type(msl, '0');
    expect(msl.getAttribute('aria-invalid')).toBe('true');
    const reason = host.querySelector(
      `#${CSS.escape(msl.getAttribute('aria-describedby')?.split(' ').pop() ?? '')}`,
    );
    expect(reason?.textContent).toBe('不能接受：必须大于 0，且最多 600000 毫秒。');
    expect(reason?.querySelector('[lang="en"]')).toBeNull();
  });

  it('types a route’s response by hand, starting from what the route sent', () => {
    const { host, store } = render('get');
    const check = [...host.querySelectorAll('label.workshop-check')]
      .find((l) => l.textContent?.startsWith('Type this route’s response by hand'))
      ?.querySelector('input') as HTMLInputElement;
    act(() => check.click());
    const box = host.querySelector(
      `#${CSS.escape(labelled(host, 'Response of route 1, as sent'))}`,
    ) as HTMLTextAreaElement;
    expect(box.value).toMatch(/^HTTP\/1.1 200 OK\nContent-Type: text\/html; charset=utf-8\n/);
    type(box, box.value.replace('200 OK', '203 Non-Authoritative Information'));
    const response = () => store.getState().timeline?.messages.find((m) => m.from === 'server');
    expect(response()?.startLine).toBe('HTTP/1.1 203 Non-Authoritative Information');
    type(box, box.value.replace('Content-Type: ', 'Content-Type:'));
    expect(host.querySelector('[data-testid="workshop-error"]')?.textContent).toBe(
      'Line 2, column 14: Roundtrip’s server writes “Content-Type: text/html; charset=utf-8” here.',
    );
    expect(response()?.startLine).toBe('HTTP/1.1 203 Non-Authoritative Information');
  });
});

/** Opens "Edit as a form", as a browser does when its summary is clicked. */
function openForm(host: HTMLElement) {
  const form = host.querySelector('details.workshop-form') as HTMLDetailsElement;
  act(() => {
    form.open = true;
    form.dispatchEvent(new Event('toggle'));
  });
}

function button(host: HTMLElement, text: string): HTMLButtonElement {
  return [...host.querySelectorAll('button')].find(
    (b) => b.textContent === text,
  ) as HTMLButtonElement;
}

/** The id of the control a label names. */
function labelled(host: HTMLElement, text: string): string {
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent === text);
  return label?.htmlFor ?? '';
}
