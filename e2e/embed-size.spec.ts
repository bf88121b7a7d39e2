/**
 * Embeds that size themselves (app/embed/useAutoSize.ts): a course page with three embeds shows
 * no scrollbar inside them, the heights come without a loop, H5P's resizer sizes an embed on a
 * page that loads it, an embed talks only to the origin its URL names, the panels are the ones
 * asked for, and the fixed height of the copied code fits where nothing sizes the frame.
 */
import type { Frame, Page } from '@playwright/test';
import { QUIET_MS } from '../app/embed/resize';
import { fallbackHeight, SIZES, WIDTH } from '../app/embed/snippet';
import { expect, test } from './fixtures';
import { EmbedHost, type Heard, recordingHost } from './pages/EmbedHost';

/** The frame inside an iframe element, once its document has drawn the app. */
async function embedFrame(page: Page, selector: string): Promise<Frame> {
  const element = page.locator(selector);
  await element.scrollIntoViewIfNeeded();
  const frame = await (await element.elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame in ${selector}`);
  await frame.waitForFunction(() => performance.getEntriesByName('roundtrip:ready').length);
  return frame;
}

/** The embed's content height, its frame's height, and whether anything scrolls inside. */
function measureFit(frame: Frame) {
  return frame.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    const explain = document.querySelector('.region-explain');
    return {
      content: Math.ceil(document.querySelector('.embed')?.getBoundingClientRect().height ?? 0),
      frame: window.innerHeight,
      scrollsDown: doc.scrollHeight > doc.clientHeight,
      scrollsAcross: doc.scrollWidth > doc.clientWidth,
      explanationScrolls: explain ? explain.scrollHeight > explain.clientHeight : false,
    };
  });
}

/** Waits until the frame is as tall as its content (heights come once the layout is quiet). */
async function expectFitted(frame: Frame, label: string) {
  await expect
    .poll(
      async () => {
        const now = await measureFit(frame);
        return { ...now, asTall: now.frame === now.content };
      },
      { message: label, timeout: 10_000 },
    )
    .toMatchObject({
      asTall: true,
      scrollsDown: false,
      scrollsAcross: false,
      explanationScrolls: false,
    });
}

for (const width of [1280, 390]) {
  test(`a course page with three embeds shows no scrollbar inside them, ${width} px wide`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('./embed-demo.html');
    for (const id of ['#embed1', '#embed2', '#embed3']) {
      await expectFitted(await embedFrame(page, id), id);
    }
    // Stepping changes what the embeds show; the frames follow.
    await page
      .getByRole('button', { name: 'The server writes its answer, starting with the status line.' })
      .click();
    await expectFitted(await embedFrame(page, '#embed1'), '#embed1 at the status line');
    const third = await embedFrame(page, '#embed3');
    for (let i = 0; i < 12; i++) {
      await third.getByRole('button', { name: 'Next step', exact: true }).click();
    }
    await expectFitted(third, '#embed3 at step 12');
  });
}

/** Serves `html` as a page of the app's own origin, and opens it. */
async function openHost(page: Page, name: string, html: string) {
  await page.route(`**/${name}`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(`./${name}`);
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: Heard }).heard);
const resizes = async (page: Page) =>
  (await heard(page)).filter((m) => m.data?.source === 'roundtrip' && m.data.type === 'resize');

/**
 * A student steps through a whole scenario: the page under the frame must not jump at each
 * press, so the embed's height holds still (the explanation keeps the room of its tallest step,
 * app/embed/ExplanationRoom.tsx). After the first fit, one change at most: the words of the
 * steps after the first, which arrive in a chunk of their own, may come after it.
 */
const NEXT = { en: 'Next step', 'zh-CN': '下一步' } as const;
for (const scenario of ['get', 'lost-segment']) {
  for (const lang of ['en', 'zh-CN'] as const) {
    test(`the embed's height holds still while a student steps through ${scenario}, in ${lang}`, async ({
      page,
    }) => {
      const host = new EmbedHost(page);
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 844 });
        const frame = await host.open(`scenario=${scenario}&lang=${lang}&embed=1`, '100%');
        await expectFitted(frame, `${width} px, at the start`);
        const before = (await host.postedHeights()).length;
        const fits = await host.stepThrough(frame, NEXT[lang], {
          quietMs: QUIET_MS + 30,
          quietEvery: 3,
        });
        const label = `${scenario}, ${lang}, ${width} px`;
        // Soft: a failure says all three.
        expect
          .soft(
            fits.flatMap((f, step) => (f.scrolls ? [step] : [])),
            `${label}: steps with a scrollbar inside`,
          )
          .toEqual([]);
        const heights = fits.map((f) => f.content);
        const changes = heights.filter((h, k) => k > 0 && h !== heights[k - 1]);
        expect
          .soft(changes.length, `${label}: content heights ${heights.join(' ')}`)
          .toBeLessThanOrEqual(1);
        const posted = (await host.postedHeights()).slice(before - 1);
        expect
          .soft(posted.length - 1, `${label}: heights posted ${posted.join(' ')}`)
          .toBeLessThanOrEqual(1);
      }
    });
  }
}

test('an embed posts each new height once the layout is quiet, with no loop', async ({ page }) => {
  // 480 px wide: the explanation is under the diagram, so stepping changes the height.
  await openHost(page, 'resize-host.html', recordingHost('./?scenario=get&lang=en&embed=1', 480));
  const frame = await embedFrame(page, '#f');
  await expectFitted(frame, 'at the start');
  for (let i = 0; i < 6; i++) {
    await frame.getByRole('button', { name: 'Next step', exact: true }).click();
  }
  await frame.getByText('Message bytes').click();
  await expectFitted(frame, 'with the message bytes open');
  const posted = await resizes(page);
  for (const m of posted) {
    expect(Object.keys(m.data).sort()).toEqual(['height', 'source', 'type']);
    expect(Number.isInteger(m.data.height)).toBe(true);
  }
  // Each post is a new height: none repeats the one before it.
  const heights = posted.map((m) => m.data.height);
  expect(heights.filter((h, i) => i > 0 && h === heights[i - 1])).toEqual([]);
  // Quiet now: nothing more comes.
  await page.waitForTimeout(1500);
  expect(await resizes(page)).toHaveLength(posted.length);
});

/**
 * A page that sizes its frames the way h5p-resizer.js does, written from its protocol: a frame
 * says hello and gets hello back (and its width set to 100%); prepareResize sets the frame to
 * the client height it sends and answers resizePrepared; resize sets it to the scroll height;
 * when the page's window changes size, each frame that said hello is told resize.
 */
const H5P_HOST = (src: string) => `<!doctype html>
<html><body style="margin:0">
<iframe id="f" src="${src}" height="300" style="border:0;display:block"></iframe>
<script>
  const frame = document.getElementById('f');
  window.h5pSaid = [];
  window.addEventListener('message', (e) => {
    const d = e.data;
    if (!d || d.context !== 'h5p' || e.source !== frame.contentWindow) return;
    window.h5pSaid.push(d.action);
    const respond = (action) => e.source.postMessage({ context: 'h5p', action }, e.origin);
    if (d.action === 'hello') {
      frame.style.width = '100%';
      window.addEventListener('resize', () => respond('resize'));
      respond('hello');
    } else if (d.action === 'prepareResize') {
      if (frame.clientHeight !== d.scrollHeight || d.scrollHeight !== d.clientHeight) {
        frame.style.height = d.clientHeight + 'px';
        respond('resizePrepared');
      }
    } else if (d.action === 'resize') {
      frame.style.height = d.scrollHeight + 'px';
    }
  });
</script></body></html>`;

test("a page that loads H5P's resizer sizes the embed with it", async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await openHost(page, 'h5p-host.html', H5P_HOST('./?scenario=post-form&lang=en&embed=1'));
  const frame = await embedFrame(page, '#f');
  await expectFitted(frame, 'sized by the resizer');
  await expect(frame.locator('html')).toHaveClass(/is-sized/);
  expect(await page.evaluate(() => (window as unknown as { h5pSaid: string[] }).h5pSaid)).toEqual(
    expect.arrayContaining(['hello', 'prepareResize', 'resize']),
  );
  // The page's window narrows: the frame (100% wide) wraps its text, and is sized again.
  await page.setViewportSize({ width: 420, height: 800 });
  await expectFitted(frame, 'after the window narrowed');
});

test('an embed whose URL names an origin talks to that origin only', async ({ page }) => {
  await page.goto('./');
  const here = new URL(page.url()).origin;
  const named = (o: string) =>
    recordingHost(`./?scenario=get&lang=en&embed=1&origin=${encodeURIComponent(o)}`, 800);

  await openHost(page, 'named-host.html', named(here));
  const frame = await embedFrame(page, '#f');
  await expect.poll(async () => (await heard(page)).length).toBeGreaterThan(0);
  expect((await heard(page)).every((m) => m.origin === here)).toBe(true);
  await page.evaluate(() => {
    const f = document.getElementById('f') as HTMLIFrameElement;
    f.contentWindow?.postMessage({ source: 'roundtrip', type: 'goto', step: 3 }, '*');
  });
  await expect(frame.getByTestId('step-counter')).toHaveText(/^Step 3 of/);

  // Another site named: the embed says nothing to this page, and does not obey it.
  await openHost(page, 'other-host.html', named('https://elsewhere.example'));
  const silent = await embedFrame(page, '#f');
  await page.evaluate(() => {
    const f = document.getElementById('f') as HTMLIFrameElement;
    f.contentWindow?.postMessage({ source: 'roundtrip', type: 'goto', step: 3 }, '*');
  });
  await page.waitForTimeout(500);
  await expect(silent.getByTestId('step-counter')).toHaveText(/^Step 0 of/);
  expect(await heard(page)).toEqual([]);
});

test('the panels are the ones the URL asks for', async ({ page, roundtrip }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await roundtrip.open({ scenario: 'get', step: 3, lang: 'en', embed: true });
  await expect(roundtrip.explanation).toBeVisible();
  await expect(page.getByText('Message bytes')).toBeVisible();

  await page.goto('./?scenario=get&step=3&lang=en&embed=1&panels=diagram');
  await expect(roundtrip.stepCounter).toBeVisible();
  await expect(page.locator('svg.sequence')).toBeVisible();
  // Not on screen, but still each step's text for a screen reader.
  await expect(roundtrip.explanation).toHaveAttribute('aria-live', 'polite');
  await expect(roundtrip.explanation).not.toBeInViewport();
  await expect(roundtrip.explanation).not.toHaveText('');
  await expect(roundtrip.messageView).toHaveCount(0);

  await page.goto('./?scenario=get&step=3&lang=en&embed=1&panels=all');
  await expect(roundtrip.explanation).toBeVisible();
  await expect(roundtrip.messageView).toBeVisible();
  await expect(page.getByRole('heading', { name: 'TCP states' })).toBeVisible();
  await roundtrip.expectNoAxeViolations();
});

test("where nothing sizes the frame, the copied code's fixed height fits at most steps", async ({
  page,
}) => {
  test.setTimeout(90_000);
  // Each size with the default panels, and the other panels at the medium size.
  const cases = [
    ...SIZES.map((size) => ({ size, panels: 'explanation' as const })),
    { size: 'medium' as const, panels: 'diagram' as const },
    { size: 'medium' as const, panels: 'all' as const },
  ];
  for (const { size, panels } of cases) {
    const width = WIDTH[size];
    if (width === null) continue;
    {
      await page.setViewportSize({ width, height: fallbackHeight(size, panels) });
      await page.goto(`./?scenario=get&lang=en&embed=1&panels=${panels}`);
      await page.waitForFunction(() => performance.getEntriesByName('roundtrip:ready').length);
      // Every step, pressed in the page; whether the frame's document scrolls at each.
      const scrolls = await page.evaluate(async () => {
        const next = [...document.querySelectorAll('button')].find(
          (b) => b.textContent?.trim() === 'Next step',
        );
        const total = Number(
          /(\d+)\D*$/.exec(
            document.querySelector('[data-testid="step-counter"]')?.textContent ?? '',
          )?.[1],
        );
        const out: boolean[] = [];
        for (let i = 0; i <= total; i++) {
          await new Promise((r) => requestAnimationFrame(r));
          const doc = document.scrollingElement ?? document.documentElement;
          out.push(doc.scrollHeight > doc.clientHeight);
          next?.click();
        }
        return out;
      });
      const share = scrolls.filter(Boolean).length / scrolls.length;
      expect(share, `${size}, ${panels}: steps that scroll`).toBeLessThanOrEqual(0.1);
    }
  }
});

// A frame of a preset width pasted into a narrower course column (max-width: 100%), where the
// host strips the script: its fixed height stays. The control row wrapped at 700 px and cut the
// "?" button off at the frame's bottom.
test('a medium or large frame squeezed into a column down to 600 px keeps its controls on one row, in view, and does not scroll', async ({
  page,
}) => {
  test.setTimeout(90_000);
  for (const size of ['medium', 'large'] as const) {
    const preset = WIDTH[size] ?? 0;
    for (const width of [preset, 700, 650, 620, 601].filter((w) => w <= preset)) {
      for (const lang of ['en', 'zh-CN', 'zh-TW']) {
        await page.setViewportSize({ width, height: fallbackHeight(size, 'explanation') });
        await page.goto(`./?scenario=get&step=10&lang=${lang}&embed=1`);
        await page.waitForFunction(() => performance.getEntriesByName('roundtrip:ready').length);
        const fit = await page.evaluate(() => {
          const doc = document.scrollingElement ?? document.documentElement;
          const row = document.querySelector('.embed-controls .controls');
          // Each control's middle: on one row they are less than a control's height apart.
          const middles = [...(row?.children ?? [])]
            .filter((e) => getComputedStyle(e).display !== 'none')
            .map((e) => e.getBoundingClientRect())
            .map((r) => Math.round(r.top + r.height / 2));
          const help = document.querySelector('.embed-controls .help-button');
          return {
            scrolls: doc.scrollHeight > doc.clientHeight,
            oneRow: Math.max(...middles) - Math.min(...middles) < 24,
            helpInView: (help?.getBoundingClientRect().bottom ?? Infinity) <= window.innerHeight,
          };
        });
        expect(fit, `${size} at ${width} px, ${lang}`).toEqual({
          scrolls: false,
          oneRow: true,
          helpInView: true,
        });
      }
    }
  }
});

test('an embed opened in a window of its own fills the window, the diagram taking the height left', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?scenario=get&step=8&lang=en&embed=1');
  await page.waitForFunction(() => performance.getEntriesByName('roundtrip:ready').length);
  const fit = await page.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    return {
      embedBottom: Math.round(box('.embed')?.bottom ?? 0),
      controlsBottom: Math.round(box('.embed-controls')?.bottom ?? 0),
      diagramHeight: Math.round(box('.diagram-scroll')?.height ?? 0),
      scrolls: doc.scrollHeight > doc.clientHeight,
    };
  });
  // No band of empty page under the controls, and nothing to scroll.
  expect(fit.embedBottom).toBe(800);
  expect(fit.controlsBottom).toBeGreaterThan(800 - 40);
  expect(fit.scrolls).toBe(false);
  // The framed size's diagram (at most 420 px) grew into the room.
  expect(fit.diagramHeight).toBeGreaterThan(500);
});
