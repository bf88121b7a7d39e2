import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import type { LearningPage } from './pages/Learning';
import type { RoundtripPage } from './pages/RoundtripPage';
import { pdfPages } from './support/pdf-text';

// A teacher projecting step 30 pressed Predict, and the view went back to step 1 without a word.
test('Predict pressed in projector mode keeps the step, asks about what comes next, and says so', async ({
  page,
  roundtrip,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await roundtrip.openRaw('?scenario=redirect-301&step=30&lang=zh-CN&projector=1');
  await page.getByRole('button', { name: '预测', exact: true }).click();
  await expect(page.locator('.quiz-from')).toHaveText('从第 30 步起：问题问的是接下来会发生什么。');
  expect(await roundtrip.currentStep()).toBe(30);
  // Its first question is ahead, and "Go to the question" goes forward to it.
  await page.getByRole('button', { name: '前往这道题' }).click();
  await expect(page.getByTestId('quiz-question')).toBeVisible();
  expect(await roundtrip.currentStep()).toBeGreaterThanOrEqual(30);
  await roundtrip.expectNoAxeViolations();
});

// Learning mode (issue 17). The questions of `get` (variant 0) are deterministic: the first
// holds back step 2 and asks the state the server enters (src/quiz/quiz.test.ts).
test('a quiz on get asks, holds the step back, gives feedback and moves on; axe-clean', async ({
  page,
  roundtrip,
  learning,
}) => {
  await roundtrip.openRaw('?scenario=get&step=0&lang=en&quiz=1&qcount=3');
  // Asked while the step before it is on screen: the SYN in flight.
  await roundtrip.pressNext();
  await expect(learning.question).toContainText('Which state does the server enter?');
  await expect(learning.question.getByRole('button')).toHaveCount(4);
  // The step is held back until the question is answered.
  await roundtrip.pressNext();
  await roundtrip.pressNext();
  expect(await roundtrip.currentStep()).toBe(1);
  await roundtrip.expectNoAxeViolations();
  await learning.choose('ESTABLISHED');
  await expect(learning.feedback).toBeFocused();
  await expect(learning.feedback).toContainText('Not quite.');
  await expect(learning.feedback).toContainText('SYN-RECEIVED until the ACK of its own SYN');
  await expect.poll(() => roundtrip.currentStep()).toBe(2);
  await expect(roundtrip.page.getByTestId('server-state')).toHaveText('SYN-RECEIVED');
  // On to the next question, answered right.
  await roundtrip.pressNext();
  await expect(learning.question).toContainText('acknowledgment number');
  await page.screenshot({ path: 'test-results/learning-quiz-1280.png' });
  await roundtrip.expectNoAxeViolations();
});

// Across the page, over the diagram, a question's feedback left the diagram 60 px tall at
// 1280×800, the arrows the question is about off screen. It is in the side column now.
test('a question and its feedback leave the diagram its height, the question in view', async ({
  page,
  roundtrip,
  learning,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await roundtrip.openRaw('?scenario=get&step=0&lang=en&quiz=1&qcount=3');
  const diagram = page.locator('.region-diagram');
  const before = (await diagram.boundingBox())?.height ?? 0;
  await roundtrip.pressNext();
  await learning.choose('ESTABLISHED');
  await expect(learning.feedback).toContainText('Not quite.');
  await roundtrip.pressNext();
  await expect(learning.question).toContainText('acknowledgment number');
  expect((await diagram.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(before - 80);
  expect(before).toBeGreaterThan(400);
  await expect(learning.question).toBeInViewport();
});

// The Tools stayed open over the first screen: the quiz under a diagram pushed off it, the timing
// panel under the tools.
test('on a phone, Predict and Timing pressed in the Tools fold them: what they open shows', async ({
  page,
  roundtrip,
  learning,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await roundtrip.openRaw('?scenario=get&step=0&lang=en');
  const toggle = page.locator('.shell-header .tools-toggle');
  await roundtrip.openTools();
  await roundtrip.button('Predict').click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('.diagram-scroll')).toBeFocused();
  await expect(page.locator('.diagram-scroll')).toBeInViewport({ ratio: 0.3 });
  await roundtrip.openTools();
  await roundtrip.button('Timing').click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(learning.timing).toBeInViewport();
});

test('by keyboard: "Go to the question" puts the focus on its first choice, and Next step says why it waits', async ({
  page,
  roundtrip,
  learning,
}) => {
  await roundtrip.openRaw('?scenario=get&step=0&lang=en&quiz=1&qcount=3');
  // Before the step the question comes at, nothing holds Next step.
  await expect(learning.nextStep).not.toHaveAttribute('aria-disabled', 'true');
  await expect(learning.heldNote).toHaveCount(0);
  await learning.goToQuestion.focus();
  await page.keyboard.press('Enter');
  const first = learning.choices().first();
  await expect(first).toBeFocused();
  expect(await first.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
  // Held, not disabled: it keeps its place in the tab order and says why.
  await expect(learning.nextStep).toHaveAttribute('aria-disabled', 'true');
  await expect(learning.nextStep).toHaveAccessibleDescription(
    'Answer the question to go on to the next step.',
  );
  await expect(learning.heldNote).toBeVisible();
  // On its own line under the controls: the scrubber stays on the buttons' row (at 1280 px).
  const top = async (l: Locator) => Math.round((await l.boundingBox())?.y ?? -1);
  expect(await top(roundtrip.scrubber)).toBeLessThan(await top(learning.heldNote));
  await roundtrip.expectNoAxeViolations();
  // Space presses a choice as Enter does (WCAG 2.1.1): it does not play.
  await page.keyboard.press(' ');
  await expect(learning.feedback).toBeFocused();
  // The answer reveals step 2, where the next question is asked at once: still held.
  await expect(learning.question).toContainText('acknowledgment number');
  await expect(learning.heldNote).toBeVisible();
  // The feedback keeps the focus, so the live region says the question that came with it.
  await expect(learning.feedback).toBeFocused();
  await expect(learning.announcement).toHaveText(/^Question 2 of 3: .*acknowledgment number/);
});

// From "Next step", held once the question is asked, the first choice was 20 Tabs away.
test('by keyboard: a question brought by Next step, → or Play takes the focus to its first choice', async ({
  page,
  roundtrip,
  learning,
}) => {
  await roundtrip.openRaw('?scenario=get&step=0&lang=en&quiz=1&qcount=3');
  await learning.nextStep.focus();
  await page.keyboard.press('Enter');
  await expect(learning.question).toContainText('Which state does the server enter?');
  const first = learning.choices().first();
  await expect(first).toBeFocused();
  // Its group's name is the question, read as the focus lands; the live region stays quiet.
  await expect(learning.question).toHaveAccessibleName(/Which state does the server enter\?/);
  await expect(learning.announcement).toHaveText('');
  // Back a step and on again with the arrow keys: asked again, the focus goes to it again.
  await page.locator('body').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(learning.question).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(first).toBeFocused();
  // Played to it: the same.
  await roundtrip.button('Restart').click();
  await roundtrip.button('Play').click();
  await expect(first).toBeFocused();
});

// The quiz's code is fetched on first use: on a slow machine "Next step" is pressed before it is
// here, and the quiz is first drawn with the question already asked (a fresh-clone CI run).
test('a question asked before the quiz’s code arrived takes the focus when it does', async ({
  page,
  roundtrip,
  learning,
}) => {
  let release = () => {};
  const arrived = new Promise<void>((done) => {
    release = done;
  });
  await page.route(/QuizPanel-[\w-]+\.js$/, async (route) => {
    await arrived;
    await route.continue();
  });
  await roundtrip.openRaw('?scenario=get&step=0&lang=en&quiz=1&qcount=3');
  await learning.nextStep.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => roundtrip.currentStep()).toBe(1);
  release();
  await expect(learning.question).toContainText('Which state does the server enter?');
  await expect(learning.choices().first()).toBeFocused();
});

test('inside an iframe, the page around the quiz hears each answer and the score', async ({
  page,
  learning,
}) => {
  await page.goto('./embed-demo.html');
  const frame = page.frameLocator('#embed4');
  await page.locator('#embed4').scrollIntoViewIfNeeded();
  await frame.getByRole('button', { name: 'Next step' }).click();
  await expect(frame.getByTestId('quiz-question')).toContainText(
    'Which state does the server enter?',
  );
  await learning.choose('SYN-RECEIVED', frame);
  await expect(page.locator('#quiz-answers')).toHaveText('step 2: right');
  await expect(frame.getByTestId('quiz-feedback')).toContainText('Right.');
  // The next question is asked at once (it holds back step 3); the third one further on.
  await frame.getByTestId('quiz-question').getByRole('button').first().click();
  await frame.getByRole('button', { name: 'Go to the question' }).click();
  await frame.getByTestId('quiz-question').getByRole('button').first().click();
  await expect(page.locator('#quiz-answers')).toHaveAttribute('data-count', '3');
  await expect(page.locator('#quiz-score')).toHaveText(/^\d of 3$/);
  await expect(frame.getByTestId('quiz-summary')).toBeVisible();
});

test('the timing panel on keep-alive counts its round trips and sets the formula beside them', async ({
  page,
  roundtrip,
  learning,
}) => {
  await roundtrip.open({ scenario: 'keep-alive', lang: 'en' });
  await roundtrip.button('Timing').click();
  await expect(learning.timing).toContainText(
    'The session in 4 parts, in order, the teardowns included:',
  );
  await expect(learning.timing.locator('li[data-kind]')).toHaveCount(4);
  await expect(learning.timing.locator('li[data-kind="exchange"]')).toHaveCount(2);
  await expect(learning.timing).toContainText('Request and response: GET /style.css HTTP/1.1');
  await expect(learning.timing.getByTestId('timing-estimate')).toContainText(
    'persistent HTTP (one RTT to connect, then one RTT per object',
  );
  // Simulated 120.829 ms against 3·RTT + transmission = 120.4 ms: 0.42 ms, the headers' reason.
  await expect(learning.timing).toContainText('The simulation takes 0.42 ms more.');
  await expect(learning.timing).toContainText(
    'TCP/IP headers each segment carries (40 bytes, more with options)',
  );
  await roundtrip.expectNoAxeViolations();
  await page.screenshot({ path: 'test-results/learning-timing-1280.png' });
});

// The chips' hidden names, placed against the body below the fold, made the page scroll past
// the controls bar into blank space while the Timing panel lengthened the side column.
test('on a desktop the Timing panel scrolls in its column, not the page', async ({
  page,
  roundtrip,
  learning,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await roundtrip.open({ scenario: 'get', step: 0, lang: 'en' });
  await roundtrip.button('Timing').click();
  await expect(learning.timing).toBeVisible();
  expect(await roundtrip.pageOverflow()).toBe(0);
});

test('the printed post-form handout has every step, numbered with its words, on A4 and Letter', async ({
  page,
  roundtrip,
}) => {
  // The print dialog is the browser's; the test prints through Chromium's PDF output instead.
  await page.addInitScript(() => {
    window.print = () => {};
  });
  await roundtrip.open({ scenario: 'post-form', lang: 'en' });
  await roundtrip.button('Print handout').click();
  const handout = page.getByTestId('handout');
  await expect(handout).toBeAttached();
  const steps = await handout.locator('.handout-step').evaluateAll((items) =>
    items.map((li) => ({
      n: Number((li as HTMLElement).dataset.step),
      what: li.querySelector('.handout-what')?.textContent ?? '',
    })),
  );
  expect(steps.length).toBe((await roundtrip.stepCount()) + 1);
  const squash = (s: string) => s.replace(/\s+/g, '');
  for (const format of ['A4', 'Letter'] as const) {
    const pages = pdfPages(await page.pdf({ format, printBackground: false }));
    expect(pages.length).toBeGreaterThan(2);
    // Chromium's fonts set fi and fl as ligatures; the text reads them as two letters.
    const all = squash(pages.join('')).replace(/ﬁ/g, 'fi').replace(/ﬂ/g, 'fl');
    for (const { n, what } of steps) {
      expect(all, `step ${n}`).toContain(squash(`Step ${n}.`));
      expect(all, `step ${n}`).toContain(squash(what));
    }
    expect(all).toContain(squash('POST /contact_form.php HTTP/1.1'));
  }
});

test('a page with images: three ways on one time axis, and a change of the number of images redraws them', async ({
  page,
  roundtrip,
  learning,
}) => {
  await roundtrip.open({ scenario: 'page-with-images', lang: 'en' });
  await roundtrip.button('Timing').click();
  await expect(learning.pageLoadRows).toHaveCount(3);
  // Three images, RTT 40 ms (src/timing/pageLoad.test.ts): 8, 5 and 4 round trips one after another.
  const total = (way: string) => learning.pageLoadRow(way).getByTestId('page-load-total');
  await expect(total('non-persistent')).toContainText('8 round trips one after another');
  await expect(total('non-persistent')).toContainText('4 connections');
  await expect(total('persistent')).toContainText('5 round trips one after another');
  await expect(total('persistent')).toContainText('1 connection;');
  await expect(total('parallel')).toContainText('4 round trips one after another');
  await expect(learning.pageLoadRow('parallel').locator('rect')).toHaveCount(2 + 2 + 3);
  await roundtrip.expectNoAxeViolations();
  await learning.pageLoadChart.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/learning-page-load-1280.png', fullPage: true });
  await learning.setPageLoad('images', 10);
  // Ten images: 22, 12 and 5 (the page's 2, then ⌈(10 + 5) / 6⌉ on six connections).
  await expect(total('non-persistent')).toContainText('22 round trips one after another');
  await expect(total('persistent')).toContainText('12 round trips one after another');
  await expect(total('parallel')).toContainText('5 round trips one after another');
  await expect(total('parallel')).toContainText('6 connections');
  await expect(learning.pageLoadRow('non-persistent').locator('rect')).toHaveCount(22);
  // A longer link: every round trip takes longer.
  await learning.setPageLoad('latency', 100);
  await expect(learning.pageLoadChart).toContainText('RTT = 200 ms');
  await expect(total('parallel')).toContainText('5 round trips one after another');
});

test('the page-with-images chart starts from the link edited in the workshop', async ({
  roundtrip,
  learning,
  workshop,
}) => {
  await roundtrip.open({ scenario: 'page-with-images', lang: 'en' });
  // Four requests, so four boxes ("Request 1" …): the panel is what to wait for.
  await workshop.editButton.click();
  await expect(workshop.panel.getByRole('textbox', { name: 'Request 4' })).toBeVisible();
  await workshop.setLatency(50);
  await roundtrip.button('Timing').click();
  await expect(learning.timing).toContainText('RTT = 100 ms');
  await expect(learning.pageLoadChart).toContainText('A page and 3 images; RTT = 100 ms');
  // Eight round trips of 100 ms, and a little transmission.
  await expect(learning.pageLoadRow('non-persistent').getByTestId('page-load-total')).toContainText(
    'last byte at 802 ms',
  );
});

test('the page-with-images chart on a phone', async ({ page, roundtrip, learning }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await roundtrip.open({ scenario: 'page-with-images', lang: 'en' });
  await roundtrip.openTools();
  await roundtrip.button('Timing').click();
  await expect(learning.pageLoadRows).toHaveCount(3);
  await learning.pageLoadChart.scrollIntoViewIfNeeded();
  // Nothing of the chart runs off the side of the screen.
  const box = await learning.pageLoadChart.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  await roundtrip.expectNoAxeViolations();
  await learning.pageLoadChart.screenshot({ path: 'test-results/learning-page-load-390.png' });
});

// On a phone the question was over the diagram: after an answer its feedback and the next
// question filled the screen, and the step being predicted was pushed below them, out of view.
test.describe('on a phone, Predict', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  /** The step's arrows hidden, and whether the question's choices (or the feedback) are on screen. */
  const seen = async (roundtrip: RoundtripPage, learning: LearningPage) => ({
    hidden: await roundtrip.stepArrowsHidden(),
    question: (await learning.question.count()) === 0 || (await inScreen(learning.choices())),
    feedback: (await learning.feedback.count()) === 0 || (await inScreen(learning.feedback)),
  });
  const inScreen = (l: Locator) =>
    l.evaluateAll((els) =>
      els.every((el) => {
        const r = el.getBoundingClientRect();
        const controls = document.querySelector('.shell-controls')?.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= (controls?.top ?? window.innerHeight) + 1;
      }),
    );
  const clear = { hidden: [], question: true, feedback: true };

  for (const lang of ['en', 'zh-CN'] as const) {
    test(`keeps the step and the question on screen, before and after each answer, ${lang}`, async ({
      roundtrip,
      learning,
    }) => {
      await roundtrip.openRaw(`?scenario=get&step=0&lang=${lang}&quiz=1&qcount=3`);
      await roundtrip.pressNext();
      await expect(learning.question).toBeVisible();
      await expect.poll(() => seen(roundtrip, learning), 'asked').toEqual(clear);
      // A wrong answer reveals step 2; the next question is asked at once, under the feedback.
      await learning.choices().last().click();
      await expect(learning.feedback).toBeFocused();
      await expect.poll(() => roundtrip.currentStep()).toBe(2);
      await expect(learning.question).toBeVisible();
      await expect.poll(() => seen(roundtrip, learning), 'answered').toEqual(clear);
      // Then on to the last question, further on.
      await learning.choices().first().click();
      await expect(learning.feedback).toBeFocused();
      await expect.poll(() => seen(roundtrip, learning), 'second answer').toEqual(clear);
      await learning.page.locator('.quiz-ahead button').click();
      await expect(learning.question).toBeVisible();
      await expect.poll(() => seen(roundtrip, learning), 'third question').toEqual(clear);
      await learning.choices().first().click();
      await expect(learning.feedback).toBeFocused();
      await expect.poll(() => seen(roundtrip, learning), 'third answer').toEqual(clear);
    });
  }

  test('folds the feedback to one line, and "More" opens it', async ({
    page,
    roundtrip,
    learning,
  }) => {
    await roundtrip.openRaw('?scenario=get&step=0&lang=en&quiz=1&qcount=3');
    await roundtrip.pressNext();
    await learning.choose('ESTABLISHED');
    await expect(learning.feedback).toBeFocused();
    const explain = learning.feedback.locator('.quiz-explain');
    // Folded, the rest is there for a screen reader, not for the eye.
    await expect(explain).toContainText('What happens at step 2');
    expect((await explain.boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
    await expect(learning.more).toHaveAttribute('aria-expanded', 'false');
    // By keyboard: the button keeps the focus, in sight in the sheet that scrolls on its own.
    await page.keyboard.press('Tab');
    await expect(learning.more).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(learning.more).toHaveAttribute('aria-expanded', 'true');
    await expect(learning.more).toBeFocused();
    await expect(learning.more).toBeInViewport({ ratio: 1 });
    expect((await explain.boundingBox())?.height ?? 0).toBeGreaterThan(40);
    await roundtrip.expectNoAxeViolations();
    await page.screenshot({ path: 'test-results/learning-quiz-390.png' });
  });
});
