import { findScenario, type Scenario, simulate } from '../src/index';
import { expect, test } from './fixtures';

test.describe('the app shell', () => {
  test('shows every region of the test contract', async ({ roundtrip }) => {
    await roundtrip.open();
    await expect(roundtrip.clientState).toHaveText('CLOSED');
    await expect(roundtrip.serverState).toHaveText('LISTEN');
    await expect(roundtrip.stepCounter).toBeVisible();
    await expect(roundtrip.explanation).toHaveAttribute('aria-live', 'polite');
    await expect(roundtrip.messageView).toBeVisible();
    for (const name of ['Previous step', 'Next step', 'Play', 'Restart']) {
      await expect(roundtrip.button(name)).toBeVisible();
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      test(`has no axe violations, ${colorScheme}, ${viewport.width}×${viewport.height}`, async ({
        page,
        roundtrip,
      }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await roundtrip.open();
        await roundtrip.expectNoAxeViolations();
      });
    }
  }

  // "A page with images: one connection per object" showed as "…one connection per c".
  test('shows each scenario’s whole title in its menu at 1280×800, in each language', async ({
    page,
    roundtrip,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
      await roundtrip.open({ lang });
      expect(await roundtrip.scenarioTitlesCut(), lang).toEqual([]);
    }
  });

  test('does not scroll sideways on a phone', async ({ page, roundtrip }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await roundtrip.open();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('the diagram follows the cursor', () => {
  test('a deep link to a late step opens with the now line in view', async ({ roundtrip }) => {
    await roundtrip.open({ scenario: 'large-response', step: 60 });
    await expect.poll(() => roundtrip.nowLineInView()).toBe(true);
  });

  // On a projector the now line sat a third of the way down: the request that the step answers
  // was cut at the top, and the lower half, where nothing is drawn yet, was empty.
  test('a deep link opens with the segments that led to the step above it', async ({
    page,
    roundtrip,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const t = simulate(findScenario('not-found-404') as Scenario);
    const request = t.segments.find((s) => s.from === 'client' && s.flags.includes('PSH'));
    await roundtrip.open({ scenario: 'not-found-404', step: 20, projector: true });
    await expect.poll(() => roundtrip.nowLineInView()).toBe(true);
    const label = page.locator(`.sequence .arrow[data-segment="${request?.id}"] .label`);
    await expect.poll(() => roundtrip.inDiagramView(label, true)).toBe(true);
  });

  test('stepping on keeps the now line in view', async ({ roundtrip }) => {
    await roundtrip.open({ scenario: 'large-response' });
    await expect.poll(() => roundtrip.nowLineInView()).toBe(true);
    for (let i = 0; i < 40; i++) await roundtrip.pressNext();
    await expect.poll(() => roundtrip.currentStep()).toBe(40);
    await expect.poll(() => roundtrip.nowLineInView()).toBe(true);
  });
});

test.describe('on a phone, the diagram follows the cursor above the explanation', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a deep link to the last step opens with the now line above it', async ({ roundtrip }) => {
    await roundtrip.open({ scenario: 'get', step: 39 });
    await expect.poll(() => roundtrip.nowLineInView(true)).toBe(true);
  });

  // The follow took the explanation for the scroller's lower quarter. A description of two or
  // three lines pushes the diagram down, a Chinese explanation is taller: it covered up to 140 px
  // of the scroller's 304, and the step's arrow ended under it, its label too.
  test('keeps the step’s arrows and their labels above the explanation, at its real height', async ({
    roundtrip,
  }) => {
    for (const [scenario, step, lang] of [
      ['large-response', 20, 'en'],
      ['large-response', 38, 'zh-CN'],
      ['large-response', 52, 'en'],
      ['page-with-images', 7, 'en'],
      ['page-with-images', 21, 'zh-CN'],
      ['page-with-images', 42, 'en'],
      ['lost-segment', 22, 'zh-CN'],
      ['get', 30, 'zh-CN'],
    ] as const) {
      await roundtrip.open({ scenario, step, lang });
      await expect
        .poll(() => roundtrip.stepArrowsHidden(), `${scenario} step ${step}, ${lang}`)
        .toEqual([]);
    }
  });

  test('stepping on keeps the step’s arrows above it, in Chinese too', async ({ roundtrip }) => {
    for (const [scenario, from, to, lang] of [
      ['large-response', 17, 40, 'zh-CN'],
      ['page-with-images', 0, 24, 'en'],
      ['lost-segment', 20, 30, 'zh-CN'],
    ] as const) {
      await roundtrip.open({ scenario, step: from, lang });
      for (let step = from + 1; step <= to; step++) {
        await roundtrip.pressNext();
        await expect.poll(() => roundtrip.currentStep()).toBe(step);
        await expect
          .poll(() => roundtrip.stepArrowsHidden(), `${scenario} step ${step}, ${lang}`)
          .toEqual([]);
      }
    }
  });

  test('stepping on keeps the now line above it', async ({ roundtrip }) => {
    await roundtrip.open({ scenario: 'large-response' });
    for (let i = 0; i < 30; i++) {
      await roundtrip.pressNext();
      await expect.poll(() => roundtrip.nowLineInView(true), `step ${i + 1}`).toBe(true);
    }
  });
});

test.describe('on a phone, the explanation', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  // A phone shows no scrollbar until it is touched: cut after a whole line, the explanation
  // looked complete, its RFC link and phase chips out of sight.
  test('fades out at its lower edge, where more of it is below', async ({ page, roundtrip }) => {
    await roundtrip.open({ scenario: 'lost-segment', step: 24 });
    const sheet = page.locator('.region-explain');
    const seen = await sheet.evaluate((el) => {
      const fade = getComputedStyle(el, '::after');
      return {
        more: el.scrollHeight > el.clientHeight,
        fade: fade.position === 'sticky' && fade.backgroundImage.startsWith('linear-gradient'),
      };
    });
    expect(seen).toEqual({ more: true, fade: true });
  });

  // It scrolls on its own under the diagram. Scrolled down to its phase chips, it stayed there at
  // the next step: the new step's words were above, out of sight.
  test('starts each step at its top', async ({ page, roundtrip }) => {
    await roundtrip.open({ scenario: 'get', step: 5 });
    const sheet = page.locator('.region-explain');
    const scrolled = await sheet.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
      return el.scrollTop;
    });
    expect(scrolled).toBeGreaterThan(0);
    await roundtrip.pressNext();
    await expect.poll(() => roundtrip.currentStep()).toBe(6);
    await expect.poll(() => sheet.evaluate((el) => el.scrollTop)).toBe(0);
  });
});

test.describe('on a phone, the diagram', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  // The explanation that stays on screen took a third of it: with the header above, 175 px of
  // the diagram showed before the page was scrolled, a lane's name and two arrows.
  test('shows 220 px or more above the explanation, before the page is scrolled', async ({
    roundtrip,
  }) => {
    for (const [scenario, step, lang] of [
      ['get', 14, 'en'],
      ['lost-segment', 24, 'zh-TW'],
    ] as const) {
      await roundtrip.open({ scenario, step, lang });
      const shown = await roundtrip.diagramShownAboveExplanation();
      expect(shown, `${scenario} step ${step}, ${lang}`).toBeGreaterThanOrEqual(220);
    }
  });

  // A flex box has no disclosure marker: on a phone "What the marks mean" lost its ▶.
  test('"What the marks mean" keeps its ▶', async ({ page, roundtrip }) => {
    await roundtrip.open({ scenario: 'get', step: 3 });
    const summary = page.locator('.marks-legend summary');
    expect(await summary.evaluate((el) => getComputedStyle(el).display)).toBe('list-item');
    expect(
      await summary.evaluate((el) => el.getBoundingClientRect().height),
    ).toBeGreaterThanOrEqual(44);
  });

  // The now line was kept a fifth of the way down: the segment the step receives, coming from
  // above, had its label out of view, and a lost segment's "lost" beside it read as its own.
  test('shows the labels of the step’s own segments, above the explanation', async ({
    roundtrip,
  }) => {
    for (const [scenario, step] of [
      ['lost-segment', 24],
      ['lost-segment', 30],
      ['get', 14],
      ['get', 30],
    ] as const) {
      await roundtrip.open({ scenario, step });
      await expect
        .poll(() => roundtrip.currentLabelsHidden(), `${scenario} step ${step}`)
        .toEqual([]);
    }
  });
});

test.describe('on a phone, Figure 5', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  // Figure 5 is drawn in its tall arrangement, which fits the screen: the wide one, kept
  // legible, scrolled sideways, and at step 2 (the server to SYN-RECEIVED on its left, the client
  // in SYN-SENT on its right) one end's marker was off the screen.
  test('Figure 5 fits the screen and shows where both ends are', async ({ page, roundtrip }) => {
    for (const step of [2, 9, 30, 39]) {
      await roundtrip.open({ scenario: 'get', step });
      // The wide figure is drawn until the tall one's module has arrived (StatesPanel.tsx).
      await expect
        .poll(() => page.locator('.sd-scroll').evaluate((el) => el.scrollWidth - el.clientWidth), {
          message: `step ${step}`,
        })
        .toBeLessThanOrEqual(0);
      await expect.poll(() => roundtrip.markersOutOfFigureView()).toEqual([]);
      // Its labels at 14 px or more (the wide figure's were 11.5 px).
      const label = await page
        .locator('.state-diagram .sd-label')
        .first()
        .evaluate((el) => el.getBoundingClientRect().height);
      expect(label).toBeGreaterThanOrEqual(14);
    }
  });
});

test.describe('a packet at rest', () => {
  // The 404's step 20: the client receives the ACK of the request while the response flies just
  // under it; the ACK's packet, landed, sat on the start of the response's label.
  test('covers no other arrow’s label', async ({ roundtrip }) => {
    await roundtrip.open({ scenario: 'not-found-404', step: 20 });
    expect(await roundtrip.labelsUnderPackets()).toEqual([]);
  });
});

// The legend opens under the diagram and makes its view shorter: the step's arrow, in view
// before, was left below it, its numbers cut off (lost-segment's step 26 at 1280×800).
test('opening "What the marks mean" keeps the step’s arrows in view', async ({
  page,
  roundtrip,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await roundtrip.open({ scenario: 'lost-segment', step: 26, lang: 'en' });
  await expect.poll(() => roundtrip.stepArrowsHidden()).toEqual([]);
  await page.locator('.marks-legend summary').click();
  await expect(page.locator('.marks-body')).toBeVisible();
  await expect.poll(() => roundtrip.stepArrowsHidden()).toEqual([]);
});
