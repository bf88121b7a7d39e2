/**
 * Hostile input through every way in: each URL parameter (ours and unknown
 * ones, encoded and as written), the hash, Back and Forward, the remembered
 * language, and postMessage to an embed and to the embed demo. After each, in
 * every frame: no dialog opened, no injected script ran (the payloads set
 * `window.__xss`), no element carries an inline handler or a `javascript:`
 * URL, nothing was thrown or logged as an error, and a valid view is shown.
 */
import type { Page } from '@playwright/test';
import { FIRST_PAINT_SCRIPT } from '../scripts/prerender/firstPaint';
import { expect, test } from './fixtures';
import type { RoundtripPage } from './pages/RoundtripPage';

const RUN = 'window.__xss=1';
const PAYLOADS: readonly string[] = [
  `<script>${RUN}</script>`,
  '"><img src=x onerror=alert(1)>',
  `"><img src=x onerror="${RUN}">`,
  `'><svg onload=${RUN}>`,
  `<svg><script>${RUN}</script></svg>`,
  `javascript:${RUN}`,
  ' JaVaScRiPt:alert(1)',
  `data:text/html,<script>${RUN}</script>`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `\${${RUN}}`,
  `{{constructor.constructor('${RUN}')()}}`,
  `</title><script>${RUN}</script>`,
  `<style>@import 'x'</style><a href="javascript:${RUN}">`,
  '\u202e\u2066lmth.exe\u2069\u200f',
  // Long, but short enough that a server takes the URL with it in every parameter.
  `${'A'.repeat(900)}<script>${RUN}</script>`,
  '%00',
  '\u0000',
  '%E0%A4%A',
  '%',
  '__proto__',
  'constructor',
  'toString',
  '1e309',
  '-0',
];
/** Too long for a URL a server takes: for the hash, Back and Forward, storage and messages. */
const LONG = `${'\u202e'.repeat(10)}${'A'.repeat(100_000)}<script>${RUN}</script>`;
const OUR_PARAMS = ['scenario', 'step', 'lang', 'embed', 'seq', 'profile'];
const UNKNOWN_PARAMS = ['x', '__proto__', 'constructor', 'capture'];
const LANG_KEY = 'roundtrip.lang';

/** Collects what must never happen, in the page and in its frames. */
class InjectionGuard {
  private readonly problems: string[] = [];

  constructor(private readonly page: Page) {
    page.on('dialog', (dialog) => {
      this.problems.push(`a dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => this.problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(`console error: ${message.text()}`);
    });
  }

  /** `frames`: the frames the page itself holds (a course page's embeds), not injected ones. */
  async check(label: string, frames = 'none'): Promise<void> {
    for (const frame of this.page.frames()) {
      const found = await frame.evaluate(
        ({ allowed, headScript }) => {
          const ran = (window as { __xss?: unknown }).__xss !== undefined;
          const injected: string[] = [];
          for (const el of document.querySelectorAll('*')) {
            for (const attr of el.attributes) {
              // As a URL parser reads it: controls and spaces dropped, any case.
              const value = [...attr.value]
                .filter((c) => c > ' ')
                .join('')
                .toLowerCase();
              if (attr.name.startsWith('on')) injected.push(`${el.localName}[${attr.name}]`);
              if (value.startsWith('javascript:')) injected.push(`${el.localName}[${attr.name}]`);
            }
            if (/^(iframe|frame|object|embed|img)$/.test(el.localName) && !el.matches(allowed)) {
              injected.push(el.localName);
            }
          }
          // The built page's one inline script, allowed by its hash, is the only one there is.
          for (const script of document.scripts) {
            if (!script.src && script.text !== headScript) injected.push('an inline script');
          }
          return { ran, injected, title: document.title };
        },
        { allowed: frames, headScript: FIRST_PAINT_SCRIPT },
      );
      expect(found.ran, `${label}: a payload ran in ${frame.url()}`).toBe(false);
      expect(found.injected, `${label}: markup from a payload in ${frame.url()}`).toEqual([]);
      expect(found.title, label).not.toMatch(/script|xss/i);
    }
    expect(this.problems, label).toEqual([]);
  }
}

/** A query that puts the payload in every parameter, ours and others, as written or encoded. */
function hostileQuery(payload: string, how: 'encoded' | 'raw', embed: boolean): string {
  const pairs: [string, string][] = [
    ...OUR_PARAMS.map((k): [string, string] => [k, k === 'embed' && embed ? '1' : payload]),
    ...UNKNOWN_PARAMS.map((k): [string, string] => [k, payload]),
    [payload, payload],
  ];
  if (how === 'encoded') return `?${new URLSearchParams(pairs).toString()}`;
  return `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`;
}

/** A valid view: the counter reads "Step n of N", and the page still answers the controls. */
async function expectValidView(roundtrip: RoundtripPage, label: string): Promise<void> {
  await expect(roundtrip.stepCounter, label).toHaveText(/\d+\D+\d+/);
  expect(await roundtrip.stepCount(), label).toBeGreaterThan(0);
}

/** A same-origin page of the test's own, for localStorage and as a course page. */
async function routeHostPages(page: Page): Promise<void> {
  await page.route('**/xss-blank.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }),
  );
  await page.route('**/xss-host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>A course page</title>
<iframe id="embed" title="Roundtrip" width="800" height="500"
  src="./?scenario=get&amp;step=0&amp;lang=en&amp;embed=1"></iframe>`,
    }),
  );
}

// Payloads in groups, one page per group, so that the two workers share them: a group is
// twelve page loads, a few seconds, more on a busy machine.
const GROUP = 4;
const groups = Array.from({ length: Math.ceil(PAYLOADS.length / GROUP) }, (_, i) =>
  PAYLOADS.slice(i * GROUP, (i + 1) * GROUP),
);

test.describe('hostile input', () => {
  for (const [g, group] of groups.entries()) {
    test(`in every URL parameter, the hash and the remembered language (group ${g + 1})`, async ({
      page,
      roundtrip,
    }) => {
      test.setTimeout(60_000);
      const guard = new InjectionGuard(page);
      await routeHostPages(page);
      await page.goto('./xss-blank.html');
      for (const payload of group) {
        for (const [how, embed] of [
          ['encoded', false],
          ['raw', false],
          ['encoded', true],
        ] as const) {
          const label = `${JSON.stringify(payload.slice(0, 60))} ${how}${embed ? ', embed' : ''}`;
          await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
            key: LANG_KEY,
            value: payload,
          });
          await roundtrip.openRaw(`${hostileQuery(payload, how, embed)}#${payload}`);
          await expectValidView(roundtrip, label);
          // Our parameters could not be read: the notice says so, in words of our own.
          await expect(
            page.getByRole('status').filter({ hasText: 'could not be read' }),
          ).toBeVisible();
          await guard.check(label);
        }
      }
    });
  }

  test('very long: in the hash and the remembered language', async ({ page, roundtrip }) => {
    const guard = new InjectionGuard(page);
    await routeHostPages(page);
    await page.goto('./xss-blank.html');
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
      key: LANG_KEY,
      value: LONG,
    });
    for (const embed of [false, true]) {
      await roundtrip.openRaw(`${hostileQuery(PAYLOADS[0] ?? '', 'encoded', embed)}#${LONG}`);
      await expectValidView(roundtrip, 'long');
      await guard.check(`long${embed ? ', embed' : ''}`);
    }
  });

  test('arriving by Back and Forward (popstate)', async ({ page, roundtrip }) => {
    const guard = new InjectionGuard(page);
    await roundtrip.open({ scenario: 'get', step: 3, lang: 'en' });
    for (const payload of [...PAYLOADS, LONG]) {
      await page.evaluate(
        (search) => {
          history.pushState(null, '', search);
          dispatchEvent(new PopStateEvent('popstate'));
        },
        hostileQuery(payload, 'encoded', false),
      );
      await expectValidView(roundtrip, payload);
      await guard.check(`popstate ${JSON.stringify(payload.slice(0, 60))}`);
    }
    await page.goBack();
    await expectValidView(roundtrip, 'back');
    await guard.check('back');
  });

  test('posted to an embed by the page around it', async ({ page }) => {
    const guard = new InjectionGuard(page);
    await routeHostPages(page);
    // The page hears every step the embed reports, from the start: anything obeyed would show
    // there.
    await page.addInitScript(() => {
      const heard: unknown[] = [];
      (window as { heard?: unknown[] }).heard = heard;
      addEventListener('message', (e) => heard.push((e.data as { step?: unknown })?.step));
    });
    await page.goto('./xss-host.html');
    const embed = page.frameLocator('#embed');
    await expect(embed.getByTestId('step-counter')).toHaveText(/^Step 0 of/);
    // The counter is on the page before the embed's bridge (its layout's chunk) listens; the
    // bridge reports its first step as it starts listening.
    await expect
      .poll(() => page.evaluate(() => (window as { heard?: unknown[] }).heard ?? []))
      .toContain(0);
    await page.evaluate(
      (payloads) => {
        const target = (document.getElementById('embed') as HTMLIFrameElement).contentWindow;
        if (!target) throw new Error('no embed');
        const send = (data: unknown) => target.postMessage(data, '*');
        for (const p of payloads) {
          send(p);
          send({ source: 'roundtrip', type: p });
          send({ source: 'roundtrip', type: 'goto', step: p });
          send({ source: p, type: 'goto', step: 2 });
          send({ source: 'roundtrip', type: 'goto', step: 2, html: p });
          send({ source: 'roundtrip', type: 'play', [p]: p });
          const proto = JSON.stringify({ html: p, type: 'goto', step: 2 });
          send(JSON.parse(`{"source":"roundtrip","type":"play","__proto__":${proto}}`));
          send([p, { source: 'roundtrip', type: 'goto', step: 2 }]);
          send({ data: { source: 'roundtrip', type: 'goto', step: 2 }, p });
        }
        const odd = [
          null,
          0,
          Number.NaN,
          true,
          new Date(0),
          /x/,
          new Map([[1, 2]]),
          new Uint8Array(9),
        ];
        for (const o of odd) send(o);
        send({ source: 'roundtrip', type: 'goto', step: 1e308 });
        send({ source: 'roundtrip', type: 'goto', step: -1 });
        // Messages arrive in order: once this one is obeyed, all the others were read.
        send({ source: 'roundtrip', type: 'goto', step: 1 });
      },
      [...PAYLOADS, LONG],
    );
    await expect(embed.getByTestId('step-counter')).toHaveText(/^Step 1 of/);
    const heard = await page.evaluate(() => (window as { heard?: unknown[] }).heard ?? []);
    expect(heard).toContain(1);
    expect(heard.filter((step) => step !== 0 && step !== 1)).toEqual([]);
    await guard.check('after the payloads', '#embed');
    // A command from the embed's own window, not from the page around it, is ignored.
    const frame = page.frame({ url: /embed=1/ });
    await frame?.evaluate(() => {
      window.postMessage({ source: 'roundtrip', type: 'goto', step: 5 }, '*');
      window.postMessage({ source: 'roundtrip', type: 'play' }, '*');
    });
    await page.evaluate(() => {
      const target = (document.getElementById('embed') as HTMLIFrameElement).contentWindow;
      target?.postMessage({ source: 'roundtrip', type: 'goto', step: 3 }, '*');
    });
    await expect(embed.getByTestId('step-counter')).toHaveText(/^Step 3 of/);
    const after = await page.evaluate(() => (window as { heard?: unknown[] }).heard ?? []);
    expect(after.filter((step) => step !== 0 && step !== 1 && step !== 3)).toEqual([]);
    await guard.check('after the valid command', '#embed');
  });

  test('reported to the embed demo as step messages, and posted to it', async ({ page }) => {
    const guard = new InjectionGuard(page);
    await page.goto('./embed-demo.html');
    const status = page.locator('#embed1-status');
    await expect(status).toContainText('step 0 of');
    // An embed frame's window is the only source the demo listens to: speak as one.
    const frame = page.frame({ url: /scenario=get/ });
    if (!frame) throw new Error('no embed frame');
    const payload = `<img src=x onerror="${RUN}">`;
    await frame.evaluate((p) => {
      parent.postMessage(
        { source: 'roundtrip', type: 'step', scenario: p, step: 1, total: 2 },
        '*',
      );
    }, payload);
    // Shown as text, exactly as received.
    await expect(status).toHaveText(`step 1 of 2 (${payload})`);
    await page.evaluate((payloads) => {
      for (const p of payloads) {
        postMessage(p, '*');
        postMessage({ source: 'roundtrip', type: 'step', scenario: p, step: p, total: p }, '*');
      }
    }, PAYLOADS);
    await page.waitForTimeout(200);
    await expect(status).toHaveText(`step 1 of 2 (${payload})`);
    await guard.check('embed demo', '#embed1, #embed2, #embed3, #embed4');
  });
});
