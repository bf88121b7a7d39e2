import { findScenario, simulate } from '../src/index';
import { expect, test } from './fixtures';

const scenario = findScenario('post-form');
const total = scenario ? simulate(scenario).steps.length - 1 : 0;

// axe at the start, the middle and the end of a scenario, in both colour
// schemes, in the full app and in embed mode.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violation at start, middle and end, ${colorScheme}`, async ({ page, roundtrip }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    for (const step of [0, Math.floor(total / 2), total]) {
      await roundtrip.open({ scenario: 'post-form', step, lang: 'en' });
      await roundtrip.expectNoAxeViolations();
    }
  });

  test(`no axe violation in embed mode, ${colorScheme}`, async ({ page, roundtrip }) => {
    await page.setViewportSize({ width: 800, height: 500 });
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await roundtrip.open({ scenario: 'lost-segment', step: 14, lang: 'en', embed: true });
    await roundtrip.expectNoAxeViolations();
  });

  test(`no axe violation in Chinese, ${colorScheme}`, async ({ page, roundtrip }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await roundtrip.open({ scenario: 'get', step: 16, lang: 'zh-TW' });
    await roundtrip.expectNoAxeViolations();
  });

  // axe leaves SVG text out: the diagrams' own words are measured here, those of arrows sent
  // before the current one (which recede) and Figure 5's edges not taken among them.
  test(`every word in the figures at 4.5:1 or more, ${colorScheme}`, async ({
    page,
    roundtrip,
  }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    for (const [scenario, step] of [
      ['why-time-wait', 40],
      ['time-wait-old-segment', 30],
      ['why-three-way', 8],
    ] as const) {
      await roundtrip.open({ scenario, step, lang: 'en' });
      expect(await roundtrip.lowContrastSvgText(), `${scenario} at step ${step}`).toEqual([]);
    }
  });
}

// prefers-reduced-motion: the steps change, nothing moves. The handshake's
// steps change both badges (which slide in otherwise) and the phase chips.
test('with reduced motion, stepping starts no CSS transition or animation', async ({
  page,
  roundtrip,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await roundtrip.open({ scenario: 'get', lang: 'en' });
  expect(await roundtrip.cssMotionWhileStepping(8)).toEqual([]);
});
