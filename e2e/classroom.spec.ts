/** Issue 14, "Classroom-grade": each test checks one point of it through the contract. */
import { findScenario, simulate } from '../src/index';
import { expect, test } from './fixtures';
import {
  labelsAcrossLanes,
  measureDiagram,
  smallTargets,
  splitStateNames,
} from './pages/Classroom';

const totalOf = (id: string) => {
  const scenario = findScenario(id);
  return scenario ? simulate(scenario).steps.length - 1 : 0;
};
const GET = totalOf('get');
const NOT_FOUND = totalOf('not-found-404');

test('keys: focus back on the diagram after a scenario; Space plays there and presses a button; PageDown/PageUp step', async ({
  roundtrip,
  classroom,
  page,
}) => {
  await roundtrip.open({ scenario: 'get', lang: 'en' });
  await roundtrip.selectScenario('not-found-404');
  expect(await classroom.focused()).toContain('diagram-scroll');
  // The arrows now step; they do not change the scenario.
  await page.keyboard.press('ArrowRight');
  await expect(roundtrip.stepCounter).toHaveText(`Step 1 of ${totalOf('not-found-404')}`);
  await expect(page).toHaveURL(/scenario=not-found-404/);
  // A clicker's keys.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageUp');
  await expect(roundtrip.stepCounter).toHaveText(`Step 2 of ${totalOf('not-found-404')}`);
  // Space plays and pauses with the focus on the diagram, which is no control.
  await classroom.diagramScroller.focus();
  await page.keyboard.press(' ');
  await expect(roundtrip.button('Pause')).toBeVisible();
  await page.keyboard.press(' ');
  await expect(roundtrip.button('Play')).toBeVisible();
  expect(await roundtrip.currentStep()).toBeGreaterThan(0);
  // On a button Space presses that button (WCAG 2.1.1): Restart goes to the start, no playing.
  await roundtrip.button('Restart').focus();
  await page.keyboard.press(' ');
  await expect(roundtrip.stepCounter).toHaveText(`Step 0 of ${NOT_FOUND}`);
  await expect(roundtrip.button('Play')).toBeVisible();
  // The Play button is a button too: pressing it plays.
  await roundtrip.button('Play').focus();
  await page.keyboard.press(' ');
  await expect(roundtrip.button('Pause')).toBeVisible();
  await roundtrip.button('Pause').click();
  // An arrow of the diagram acts as a button: Space goes to its step, as Enter does.
  await page.keyboard.press('End');
  await classroom.arrows.first().focus();
  await page.keyboard.press(' ');
  await expect(roundtrip.stepCounter).toHaveText(`Step 1 of ${NOT_FOUND}`);
  await expect(roundtrip.button('Play')).toBeVisible();
  // In the scenario list Space is the list's own.
  await page.getByLabel('Scenario', { exact: true }).focus();
  await page.keyboard.press('PageDown');
  await expect(roundtrip.button('Play')).toBeVisible();
});

test('phase chips are buttons that jump to the first step of their phase', async ({
  roundtrip,
  classroom,
}) => {
  await roundtrip.open({ scenario: 'get', lang: 'en' });
  await classroom.phase('4 Status line').click();
  await expect(roundtrip.messageView).toContainText('HTTP/1.1 200 OK');
  await expect(classroom.phase('4 Status line')).toHaveAttribute('aria-current', 'step');
  const status = await roundtrip.currentStep();
  await classroom.phase('7 Close').click();
  await expect(roundtrip.clientState).toHaveText('FIN-WAIT-1');
  await classroom.phase('1 Connect').click();
  await expect(roundtrip.stepCounter).toHaveText(`Step 1 of ${GET}`);
  expect(status).toBeGreaterThan(1);
});

test('moments: in the URL, across profiles and scenarios, from the menu, and copied as a link', async ({
  roundtrip,
  classroom,
  page,
  context,
}) => {
  // An old step link that the linux profile lacks: the nearest moment, and said so.
  await classroom.open('scenario=get&step=39&profile=linux&lang=en');
  await expect(page.getByTestId('moment-notice')).toContainText('TIME-WAIT ends');
  await expect(page.getByText('Part of the link could not be read')).toHaveCount(0);
  await expect(roundtrip.clientState).toHaveText('CLOSED');

  // A moment this scenario lacks (a GET has no Location header): named, and the link's step shown.
  await classroom.open('scenario=get&moment=location-header&step=12&lang=en');
  await expect(page.getByTestId('moment-notice')).toContainText(
    'This scenario has no moment “The Location header”',
  );
  await expect(page.getByTestId('moment-notice')).toContainText('Showing step 12 instead.');
  await expect(page.getByText('Part of the link could not be read')).toHaveCount(0);
  await expect(roundtrip.stepCounter).toHaveText(`Step 12 of ${GET}`);

  // A moment link survives the profile change.
  await classroom.open('scenario=get&moment=server-syn-received&profile=linux&lang=en');
  await expect(roundtrip.serverState).toHaveText('SYN-RECEIVED');

  // The menu names the scenario's moments; picking one writes it into the URL.
  await classroom.open('scenario=redirect-301&lang=en');
  await page.getByRole('button', { name: 'Key moments' }).click();
  await page.getByRole('button', { name: /The Location header/ }).click();
  await expect(roundtrip.messageView).toContainText('Location');
  await expect.poll(() => classroom.param('moment')).toBe('location-header');

  // Changing scenario keeps the moment: GET's status line → the 404's status line.
  await classroom.open('scenario=get&moment=status-line&lang=en');
  await expect(roundtrip.messageView).toContainText('HTTP/1.1 200 OK');
  await roundtrip.selectScenario('not-found-404');
  await expect(roundtrip.messageView).toContainText('HTTP/1.1 404 Not Found');
  await expect.poll(() => classroom.param('moment')).toBe('status-line');

  // Stepping stops: the URL follows.
  await page.keyboard.press('ArrowRight');
  const step = await roundtrip.currentStep();
  await expect.poll(() => classroom.param('step')).toBe(String(step));

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.keyboard.press('ArrowLeft');
  await classroom.copyLink();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).searchParams.get('moment')).toBe('status-line');
});

// From step 9 to step 10 the counter gained a digit and the scrubber beside it shrank by as
// much: the whole row shifted under the teacher's pointer.
test('the scrubber keeps its width as the step number gains a digit', async ({ roundtrip }) => {
  await roundtrip.open({ scenario: 'get', step: 9, lang: 'en' });
  const width = async () => (await roundtrip.scrubber.boundingBox())?.width ?? 0;
  const before = await width();
  await roundtrip.next();
  await expect(roundtrip.stepCounter).toHaveText(`Step 10 of ${GET}`);
  expect(await width()).toBe(before);
});

test('granularity: one step per segment, in the URL and from the header', async ({
  roundtrip,
  classroom,
}) => {
  await classroom.open('scenario=get&granularity=segment&lang=en');
  await expect(roundtrip.stepCounter).toHaveText('Step 0 of 12');
  await roundtrip.next();
  // The SYN's whole flight: sent, arrived, the server in SYN-RECEIVED.
  await expect(roundtrip.serverState).toHaveText('SYN-RECEIVED');
  await expect(roundtrip.clientState).toHaveText('SYN-SENT');
  await (await roundtrip.display('One step per segment')).uncheck();
  await expect(roundtrip.stepCounter).toHaveText(`Step 2 of ${GET}`);
  await expect.poll(() => classroom.param('granularity')).toBe(null);
  await (await roundtrip.display('One step per segment')).check();
  await expect.poll(() => classroom.param('granularity')).toBe('segment');
  // A moment link opens at the view step that shows it.
  await classroom.open('scenario=not-found-404&granularity=segment&moment=status-line&lang=en');
  await expect(roundtrip.messageView).toContainText('HTTP/1.1 404 Not Found');
});

test('the legend: collapsible, remembered, says what PSH is and what screen readers hear', async ({
  roundtrip,
  classroom,
  page,
}) => {
  test.setTimeout(120_000);
  await roundtrip.open({ scenario: 'get', step: 8, lang: 'en' });
  await expect(classroom.legend).not.toHaveAttribute('open');
  await classroom.legend.locator('summary').click();
  await expect(classroom.legend).toContainText('PSH (push)');
  await expect(classroom.legend).toContainText('Client on the left, server on the right');
  await page.reload();
  await expect(classroom.legend).toHaveAttribute('open');
  await expect(classroom.legend).toContainText('PSH (push)');
  await roundtrip.expectNoAxeViolations();
  await classroom.legend.locator('summary').click();
  await page.reload();
  await expect(roundtrip.stepCounter).toBeVisible();
  await expect(classroom.legend).not.toHaveAttribute('open');
});

// Where the page scrolls (below 900 px), the legend opens in it at its full height: as a box of
// its own that scrolled, it was a scroll area inside the page's.
test('the legend opens without a scroll box of its own where the page scrolls', async ({
  roundtrip,
  classroom,
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await roundtrip.open({ scenario: 'get', step: 8, lang: 'zh-TW' });
  await classroom.legend.locator('summary').click();
  const body = classroom.legend.locator('.marks-body');
  await expect(body).toContainText('RST');
  const box = await body.evaluate((el) => ({
    overflow: getComputedStyle(el).overflowY,
    hidden: el.scrollHeight - el.clientHeight,
  }));
  expect(box).toEqual({ overflow: 'visible', hidden: 0 });
});

test('no stale panel in the teardown; at 1366×768 message, explanation and states in view', async ({
  roundtrip,
  classroom,
  page,
}) => {
  // It walks every step of two scenarios.
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await classroom.open('scenario=get&moment=client-fin-wait-2&lang=en');
  await expect(roundtrip.messageView).toContainText('the connection is closing');
  await classroom.open('scenario=get&moment=status-line&lang=en');
  await expect(roundtrip.messageView).not.toContainText('the connection is closing');
  for (const region of ['explain', 'message', 'states']) {
    await expect(page.locator(`.region-${region} .region-title`)).toBeInViewport();
  }
  await expect(roundtrip.explanation).toBeInViewport();
  await expect(roundtrip.clientState).toBeInViewport();

  // Every step of GET and of the 404: what it changed is on screen, the explanation's first
  // sentence always, and the state changes with it wherever the column holds both (under the
  // response's bytes they started below the fold). In the 404's teardown the column scrolled to
  // the state changes and the explanation left the screen.
  for (const [scenario, last] of [
    ['get', GET],
    ['not-found-404', NOT_FOUND],
  ] as const) {
    await classroom.open(`scenario=${scenario}&lang=en&step=1`);
    const missed: string[] = [];
    for (let step = 1; step <= last; step++) {
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      const seen = await page.evaluate(() => {
        const inView = (el: Element | null) => {
          const r = el?.getBoundingClientRect();
          return !!r && r.top >= 0 && r.bottom <= window.innerHeight - 60;
        };
        const change = document.querySelector('.state-changes li:not(.muted)');
        const side = document.querySelector('.shell-main > .side');
        const explain = document.querySelector('.region-explain');
        const room =
          !!change &&
          !!side &&
          !!explain &&
          change.getBoundingClientRect().bottom - explain.getBoundingClientRect().top <=
            side.clientHeight;
        return {
          change: change && room ? inView(change) : null,
          what: inView(document.querySelector('.explain-what')),
        };
      });
      if (seen.change === false || !seen.what) missed.push(`${step}: ${JSON.stringify(seen)}`);
      if (step < last) await roundtrip.pressNext();
    }
    expect(missed, scenario).toEqual([]);
  }
});

test('at 1280×800 the message bytes stay where they are from step to step, in en and zh-CN', async ({
  roundtrip,
  classroom,
  page,
}) => {
  // A student reads the message while stepping: the words above it, one to five lines long,
  // moved it by 20 to 90 px at most presses (28 of GET's 39 in English). Now only a step whose
  // words are longer than most moves it.
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const lang of ['en', 'zh-CN']) {
    await classroom.open(`scenario=get&lang=${lang}&step=0`);
    const tops = [await classroom.messageOffset()];
    for (let step = 1; step <= GET; step++) {
      await roundtrip.pressNext();
      await expect.poll(() => roundtrip.currentStep()).toBe(step);
      tops.push(await classroom.messageOffset());
    }
    const moves = tops.filter((top, i) => i > 0 && top !== tops[i - 1]).length;
    expect(moves, `${lang}: ${tops.join(' ')}`).toBeLessThanOrEqual(4);
  }
});

test('a current label that a line runs through sits on a plate that covers its words', async ({
  classroom,
  page,
}) => {
  // lost-segment's step 23: the ACK sent 5 ms before the lost response runs nearly parallel to
  // it and through its label, wherever the label goes (visual review). Where no line crosses the
  // step's label (GET's request), there is no plate.
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const lang of ['en', 'zh-CN']) {
    await classroom.open(`scenario=lost-segment&step=23&lang=${lang}`);
    const [plated, ...more] = await classroom.platedLabels();
    expect(more).toEqual([]);
    expect(plated?.text).toContain('Len=333');
    const { label, plate } = plated ?? { label: null, plate: null };
    // The plate's box holds the words' box, give or take the font's line gap.
    expect(plate?.left).toBeLessThanOrEqual((label?.left ?? 0) + 2);
    expect(plate?.right).toBeGreaterThanOrEqual((label?.right ?? 0) - 2);
    expect(plate?.top).toBeLessThanOrEqual((label?.top ?? 0) + 2);
    expect(plate?.bottom).toBeGreaterThanOrEqual((label?.bottom ?? 0) - 2);
  }
  await classroom.open('scenario=get&step=8&lang=en');
  expect(await classroom.platedLabels()).toEqual([]);
});

// On the page the labels kept off the state tags only in projector mode: along its arrow, which
// starts mid-link, why-three-way's "old duplicate [SYN] Seq=-10 Len=0" ran over the server's
// SYN-RECEIVED at every step after it, and time-wait-old-segment's server FIN over LAST-ACK.
test('at 1280×800 no label over a state tag, its glyphs as drawn', async ({ classroom, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // A state name is one word of capitals; a label has brackets and spaces.
  const isTag = (text: string) => /^[A-Z0-9-]+$/.test(text);
  for (const [query, tag] of [
    ['scenario=why-three-way&step=4&lang=en', 'SYN-RECEIVED'],
    ['scenario=why-three-way&step=4&lang=zh-TW', 'SYN-RECEIVED'],
    ['scenario=time-wait-old-segment&step=33&lang=en', 'LAST-ACK'],
  ] as const) {
    await classroom.open(query);
    const m = await page.evaluate(measureDiagram);
    expect(m.tagPx.length, query).toBeGreaterThan(0);
    // 0.68rem of a root of 15 px, the size the placement keeps the labels off (`TAG_PX.page`).
    for (const px of m.tagPx) expect(px, query).toBeCloseTo(0.68 * 15, 1);
    expect(await page.locator('.sequence .state-tag', { hasText: tag }).count(), query).toBe(1);
    const overTags = m.overlaps.filter((o) => o.split(' × ').some(isTag));
    expect(overTags, query).toEqual([]);
  }
});

test('projector=1 at 1920×1080: labels and tags of 24 px, none over another, Figure 5 in view and its states legible', async ({
  roundtrip,
  classroom,
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const [scenario, step] of [
    ['not-found-404', 8],
    ['not-found-404', 20],
    ['not-found-404', 27],
    ['not-found-404', 35],
    ['get', 33],
  ] as const) {
    await classroom.open(`scenario=${scenario}&step=${step}&projector=1&lang=en`);
    await roundtrip.waitUntilReady();
    await roundtrip.waitForTallFigure();
    const m = await page.evaluate(measureDiagram);
    expect(m.labelPx.length).toBeGreaterThan(0);
    for (const px of [...m.labelPx, ...m.tagPx]) expect(px).toBeGreaterThanOrEqual(24);
    expect(m.overlaps, `${scenario} step ${step}`).toEqual([]);
    // The state diagram whole on the screen, nothing to scroll: the page's nor its column's.
    expect(m.figure, 'Figure 5 drawn').not.toBeNull();
    const figure = m.figure ?? { top: -1, left: -1, bottom: 0, right: 0 };
    expect(figure.top).toBeGreaterThanOrEqual(0);
    expect(figure.left).toBeGreaterThanOrEqual(0);
    expect(figure.bottom).toBeLessThanOrEqual(m.viewport.height);
    expect(figure.right).toBeLessThanOrEqual(m.viewport.width);
    await expect(page.locator('.state-diagram')).toBeInViewport({ ratio: 1 });
    // Its states' names and edge labels 20 px or more on the screen, in its tall arrangement
    // (about 10 px when the RFC's wide figure was fitted to the column's width).
    expect(m.stateNamePx, `${scenario} step ${step}`).toBeGreaterThanOrEqual(20);
    expect(m.edgeLabelPx, `${scenario} step ${step}`).toBeGreaterThanOrEqual(20);
    // Every arrow drawn has its label: nobody in the room can hover for the tooltip. In the
    // teardown, where a FIN and the other side's ACK cross, some are written on two lines.
    expect(m.unlabelled, `${scenario} step ${step}`).toEqual([]);
    await expect(roundtrip.explanation).toBeInViewport();
    await expect(roundtrip.messageView).toBeInViewport();
  }
  await roundtrip.display('Projector mode').then((box) => expect(box).toBeChecked());
});

// Projector mode's stylesheet is fetched when the mode is first turned on, not with the first page:
// the page takes the mode's class once it is here, and then has the mode's type.
test('projector mode turned on from Display: its stylesheet fetched then, its 24 px labels', async ({
  page,
  roundtrip,
}) => {
  const sheets: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'stylesheet') sheets.push(r.url());
  });
  await roundtrip.open({ scenario: 'get', step: 3, lang: 'en' });
  await roundtrip.waitUntilReady();
  expect(sheets.filter((url) => /projector/i.test(url))).toEqual([]);
  const label = page.locator('svg.sequence .arrow .label').first();
  await expect(label).not.toHaveCSS('font-size', '24px');
  await (await roundtrip.display('Projector mode')).check();
  await expect(page.locator('html')).toHaveClass(/\bprojector\b/);
  await expect(label).toHaveCSS('font-size', '24px');
  expect(sheets.filter((url) => /projector/i.test(url))).toHaveLength(1);
  await (await roundtrip.display('Projector mode')).uncheck();
  await expect(page.locator('html')).not.toHaveClass(/\bprojector\b/);
});

// In the three columns the message scrolls on its own: the response's blank line (get, step 20)
// was under its fold in English.
test('projector=1 at 1920×1080: the line a step writes or reads is in view in the message', async ({
  roundtrip,
  classroom,
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await classroom.open('scenario=get&step=20&projector=1&lang=en');
  await roundtrip.waitUntilReady();
  await expect.poll(() => roundtrip.currentLineSeen()).toBe(true);
  await classroom.open('scenario=get&step=14&projector=1&lang=en');
  await roundtrip.waitUntilReady();
  for (let step = 15; step <= 26; step++) {
    await roundtrip.pressNext();
    await expect.poll(() => roundtrip.currentStep()).toBe(step);
    await expect.poll(() => roundtrip.currentLineSeen(), `step ${step}`).not.toBe(false);
  }
});

// On a projector of 1280×720 or 1024×768 the header took 190 to 310 px, and the diagram was left
// under 300: a segment in flight ran off the bottom of it with its numbers, while the class waited
// for it to arrive. At 1280×720 not every segment in flight fits beside the step's own.
// Projector mode's explanation column is narrow on a wide screen: beside their label, the seven
// steps' chips took three rows there, the last chip alone on one.
test('projector=1 at 1280×720: each row of phase chips on one line, its label above', async ({
  page,
  classroom,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await classroom.open('scenario=get&step=8&projector=1&lang=en');
  const rows = page.locator('.phase-chips');
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) {
    const tops = await row
      .getByRole('button')
      .evaluateAll((chips) => chips.map((c) => Math.round(c.getBoundingClientRect().top)));
    expect(new Set(tops).size, tops.join(' ')).toBe(1);
  }
});

// Beside state tags of 24 px the lanes were 220 px apart at 1280×720, and a label ran past a lane,
// through its line and the tags' column: "[PSH, ACK] Seq=1 Ack=1 Len=68" at lost-segment's step 20.
test('projector=1 at 1280×720: the labels between the lanes, off each other and the state tags of 18 px', async ({
  roundtrip,
  classroom,
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const lang of ['en', 'zh-CN', 'zh-TW'])
    for (const [scenario, step] of [
      ['lost-segment', 20],
      ['lost-segment', 26],
      ['why-three-way', 2],
      ['get', 3],
      ['get', 8],
      ['get', 20],
      ['get', 35],
      ['page-with-images', 70],
    ] as const) {
      await classroom.open(`scenario=${scenario}&step=${step}&projector=1&lang=${lang}`);
      await roundtrip.waitUntilReady();
      const at = `${scenario} step ${step} ${lang}`;
      const m = await page.evaluate(measureDiagram);
      expect(m.tagPx.length, at).toBeGreaterThan(0);
      for (const px of m.tagPx) expect(px, at).toBe(18);
      for (const px of m.labelPx) expect(px, at).toBe(24);
      expect(m.overlaps, at).toEqual([]);
      expect(await page.evaluate(labelsAcrossLanes, '.sequence .arrow .label'), at).toEqual([]);
    }
});

// At 1920×1080 the lanes are 420 px apart, and a label that fits nowhere between them may be drawn
// across one, but the current step's label kept off the other arrows' lines before it kept between
// the lanes: "↻ retransmission [PSH, ACK]" reached 90 px past the server's lane (lost-segment,
// step 26), and "↻ 重传 [PSH, ACK]", counted as shorter than its Chinese word is drawn, 81 px
// (time-wait-old-segment, step 21).
test('projector=1 at 1920×1080: the current step’s labels between the lanes, in every language', async ({
  roundtrip,
  classroom,
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const lang of ['en', 'zh-CN', 'zh-TW'])
    for (const [scenario, step] of [
      ['lost-segment', 25],
      ['lost-segment', 26],
      ['time-wait-old-segment', 21],
      ['time-wait-old-segment', 22],
      ['why-three-way', 2],
      ['get', 8],
      ['get', 22],
    ] as const) {
      await classroom.open(`scenario=${scenario}&step=${step}&projector=1&lang=${lang}`);
      await roundtrip.waitUntilReady();
      const at = `${scenario} step ${step} ${lang}`;
      const current = '.sequence .arrow.current .label';
      await expect(page.locator(current).first(), at).toBeVisible();
      expect(await page.evaluate(labelsAcrossLanes, current), at).toEqual([]);
      expect((await page.evaluate(measureDiagram)).overlaps, at).toEqual([]);
    }
});

test('projector=1 at 1280×720, 1280×800 and 1024×768: the segments in flight in view with their labels, the controls on one row', async ({
  roundtrip,
  classroom,
  page,
}) => {
  test.setTimeout(90_000);
  for (const [width, height, sent] of [
    [1280, 720, true],
    [1280, 800, false],
    [1024, 768, false],
  ] as const) {
    await page.setViewportSize({ width, height });
    await classroom.open('scenario=get&step=0&projector=1&lang=en');
    await roundtrip.waitUntilReady();
    const cut: string[] = [];
    for (let step = 0; step <= GET; step++) {
      if (step > 0) await roundtrip.pressNext();
      await expect.poll(() => roundtrip.currentStep()).toBe(step);
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      for (const part of await roundtrip.flightOutOfView(sent)) cut.push(`step ${step}: ${part}`);
    }
    expect(cut, `${width}×${height}`).toEqual([]);
    // The controls on one row: a second one took the diagram's height (at 1024 px it did).
    expect(await roundtrip.controlsOffFirstRow(), `${width}×${height}`).toEqual([]);
  }
  // At 1024×768 in every language too, and while playing ("Pause" is wider than "Play"), with
  // no button under WCAG 2.5.8's 24 px.
  await page.setViewportSize({ width: 1024, height: 768 });
  for (const lang of ['en', 'zh-CN', 'zh-TW']) {
    await classroom.open(`scenario=get&step=0&projector=1&lang=${lang}`);
    await roundtrip.waitUntilReady();
    expect(await roundtrip.controlsOffFirstRow(), lang).toEqual([]);
    const play = await page.locator('.controls .primary').textContent();
    await page.keyboard.press(' ');
    await expect(page.locator('.controls .primary')).not.toHaveText(play ?? '');
    expect(await roundtrip.controlsOffFirstRow(), `${lang}, playing`).toEqual([]);
    await page.keyboard.press(' ');
    const sides = await page
      .locator('.controls button')
      .evaluateAll((all) =>
        all.flatMap((b) => [b.getBoundingClientRect().width, b.getBoundingClientRect().height]),
      );
    expect(Math.min(...sides), lang).toBeGreaterThanOrEqual(24);
  }
});

test('projector=1 at 1920×1080: Figure 5 whole and its words of 20 px or more in every language', async ({
  roundtrip,
  classroom,
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  // Step 8 changes the server's state and 27 (the status line) none: the list of changes above
  // the figure takes its room.
  for (const lang of ['en', 'zh-CN', 'zh-TW'])
    for (const step of [8, 27]) {
      await classroom.open(`scenario=not-found-404&step=${step}&projector=1&lang=${lang}`);
      await roundtrip.waitUntilReady();
      await roundtrip.waitForTallFigure();
      const m = await page.evaluate(measureDiagram);
      expect(m.stateNamePx, `${lang} step ${step}`).toBeGreaterThanOrEqual(20);
      expect(m.edgeLabelPx, `${lang} step ${step}`).toBeGreaterThanOrEqual(20);
      await expect(page.locator('.state-diagram')).toBeInViewport({ ratio: 1 });
      expect(m.unlabelled, `${lang} step ${step}`).toEqual([]);
    }
});

test('phone 390×844: every tap target of 44 px; the explanation stays beside the diagram', async ({
  roundtrip,
  classroom,
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await classroom.open('scenario=get&step=15&lang=en');
  await roundtrip.waitUntilReady();
  // The header's tools folded, then unfolded with each panel open in turn.
  expect(await page.evaluate(smallTargets), 'folded').toEqual([]);
  await roundtrip.display('Projector mode');
  expect(await page.evaluate(smallTargets), 'Display').toEqual([]);
  await roundtrip.share('Copy embed code');
  expect(await page.evaluate(smallTargets), 'Share').toEqual([]);
  await roundtrip.expectNoAxeViolations();
  // Escape folds the panel and gives the focus back to its button.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Share' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await classroom.legend.locator('summary').click();
  expect(await page.evaluate(smallTargets), 'legend').toEqual([]);
  await classroom.legend.locator('summary').click();
  await page.reload();
  await expect(roundtrip.stepCounter).toBeVisible();

  // Scrolled to the diagram: the "now" line and the explanation's first sentence both shown,
  // neither under something else; stepping on keeps them so.
  await page.evaluate(() => document.querySelector('.region-diagram')?.scrollIntoView());
  for (let i = 0; i < 3; i++) {
    const seen = await page.evaluate(() => {
      const shown = (el: Element | null, owner: string) => {
        if (!el) return false;
        const r = el.getBoundingClientRect();
        const x = r.left + Math.min(r.width / 2, 40);
        const y = r.top + r.height / 2;
        if (y < 0 || y > window.innerHeight) return false;
        return !!document.elementFromPoint(x, y)?.closest(owner);
      };
      return {
        now: shown(document.querySelector('.sequence .now line'), '.region-diagram'),
        what: shown(document.querySelector('.explain-what'), '.region-explain'),
      };
    });
    expect(seen, `step ${15 + i}`).toEqual({ now: true, what: true });
    await roundtrip.next();
  }
});

// Where each name fell at its hyphen before it was kept whole: the states after the handshake's
// second segment (SYN-RECEIVED), the closing steps' words, a scenario's description.
test('phone 390×844: no state name is broken at its hyphen', async ({
  roundtrip,
  classroom,
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const lang of ['en', 'zh-CN', 'zh-TW'])
    for (const [scenario, step] of [
      ['get', 3],
      ['get', 34],
      ['get', 36],
      ['get', 37],
      ['connection-close', 38],
      ['time-wait-old-segment', 1],
    ] as const) {
      await classroom.open(`scenario=${scenario}&step=${step}&lang=${lang}`);
      await roundtrip.waitUntilReady();
      await expect(roundtrip.explanation.locator('.explain-what')).toBeVisible();
      expect(await page.evaluate(splitStateNames), `${lang} ${scenario} step ${step}`).toEqual([]);
    }
});

test('a 360 px embed: the state badges clear of the lane names and of each other', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 700 });
  // The longest state names at each end: SYN-RECEIVED, FIN-WAIT-1, TIME-WAIT, CLOSE-WAIT.
  for (const [scenario, step] of [
    ['get', 2],
    ['get', 33],
    ['get', 36],
    ['not-found-404', 8],
  ] as const) {
    await page.goto(`./?scenario=${scenario}&step=${step}&embed=1&lang=en`);
    await page.waitForFunction(() => performance.getEntriesByName('roundtrip:ready').length);
    // Each box as seen: a lane's name or address clipped to the diagram's scrolled view (scrolled
    // out of it, under the badges, it is not seen at all).
    const boxes = await page.evaluate(() => {
      const view = document.querySelector('.diagram-scroll')?.getBoundingClientRect();
      return [
        ...document.querySelectorAll('.state-badge, .sequence .lane-name, .sequence .lane-addr'),
      ]
        .map((el) => {
          const r = el.getBoundingClientRect();
          const clip = el.closest('.diagram-scroll') && view;
          const top = clip ? Math.max(r.top, view.top) : r.top;
          const bottom = clip ? Math.min(r.bottom, view.bottom) : r.bottom;
          return { name: el.textContent ?? '', r: [r.left, top, r.right, bottom] };
        })
        .filter(({ r }) => (r[2] ?? 0) > (r[0] ?? 0) && (r[3] ?? 0) > (r[1] ?? 0));
    });
    expect(boxes.filter((b) => b.name.match(/Client|Server/)).length).toBeGreaterThanOrEqual(2);
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]?.r ?? [], boxes[j]?.r ?? []];
        const apart =
          (a[2] ?? 0) <= (b[0] ?? 0) ||
          (b[2] ?? 0) <= (a[0] ?? 0) ||
          (a[3] ?? 0) <= (b[1] ?? 0) ||
          (b[3] ?? 0) <= (a[1] ?? 0);
        if (!apart) overlaps.push(`${boxes[i]?.name} × ${boxes[j]?.name}`);
      }
    }
    expect(overlaps, `${scenario} step ${step}`).toEqual([]);
    for (const b of boxes) expect(b.r[2], b.name).toBeLessThanOrEqual(360);
  }
});
