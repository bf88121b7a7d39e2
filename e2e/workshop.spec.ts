import { encodeScenarioParam } from '../app/url/scenarioParam';
import { findScenario, type Scenario, simulate } from '../src/index';
import { expect, test } from './fixtures';
import { RoundtripPage } from './pages/RoundtripPage';

// Issue 15's "done when", as a teacher does it, in one pass.
test('a teacher edits the request, shares it, breaks it, reloads, and drops the server’s FIN', async ({
  page,
  browser,
  context,
  roundtrip,
  workshop,
}) => {
  // Several checks in one pass (and axe twice) on a shared machine: more than the default time.
  test.setTimeout(150_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await roundtrip.open({ scenario: 'get', step: 0, lang: 'en' });
  const before = await roundtrip.stepCount();

  await workshop.open();
  await expect(page.locator('#h-workshop')).toBeFocused();
  await roundtrip.expectNoAxeViolations();

  // One header added: written and read, two more steps; the message view shows the line.
  await workshop.addHeaderLine('Accept: text/html');
  await expect.poll(() => roundtrip.stepCount()).toBe(before + 2);
  await expect(page).toHaveURL(/scenario=custom&.*s=2\./);
  const shows = (steps: { message: string }[]) =>
    steps.some((s) => s.message.includes('Accept: text/html'));
  expect(shows(await roundtrip.walk(before + 2))).toBe(true);

  // The link opens the same session in a fresh browser.
  const link = await workshop.copyLink();
  expect(link.length).toBeLessThan(2000);
  const fresh = await browser.newContext();
  const other = new RoundtripPage(await fresh.newPage());
  await other.page.emulateMedia({ reducedMotion: 'reduce' });
  await other.page.goto(link);
  await expect.poll(() => other.stepCount()).toBe(before + 2);
  expect(await other.currentStep()).toBe(before + 2);
  await other.goToStep(0);
  expect(shows(await other.walk(before + 2))).toBe(true);
  await fresh.close();

  // A broken Host line: line 2 and a column, the octet marked, the timeline kept and out of date.
  const good = await workshop.request.inputValue();
  const broken = good.replace('Host: ', 'Host ');
  await workshop.setRequest(broken);
  await expect(workshop.error).toContainText(/^Line 2, column 5: /);
  await expect(workshop.panel.locator('mark')).toHaveCount(1);
  await expect(page.locator('.region-diagram.workshop-stale')).toHaveCount(1);
  // Said in the diagram's own corner too: the workshop's note may be scrolled out of view.
  await expect(page.locator('.region-diagram .diagram-stale-mark')).toHaveText('Out of date');
  await expect(page.locator('.region-diagram .diagram-stale-mark')).toBeInViewport();
  expect(await roundtrip.stepCount()).toBe(before + 2);

  // The draft survives a reload, as typed.
  await page.reload();
  await expect(workshop.request).toHaveValue(broken);
  await expect(workshop.error).toContainText('Line 2, column 5');

  // The server's FIN dropped: it is sent again, and both ends still close.
  await workshop.setRequest(good);
  await expect(workshop.error).toHaveCount(0);
  await expect(page.locator('.region-diagram .diagram-stale-mark')).toHaveCount(0);
  const plain = await roundtrip.stepCount();
  await workshop.fault(/drop the server’s FIN/i).check();
  await expect.poll(() => roundtrip.stepCount()).toBeGreaterThan(plain);
  const total = await roundtrip.stepCount();
  await roundtrip.goToStep(0);
  const walked = await roundtrip.walk(total);
  expect(walked.some((s) => /retransmission timer .* expires/.test(s.explanation))).toBe(true);
  const end = walked[walked.length - 1];
  expect([end?.client, end?.server]).toEqual(['CLOSED', 'CLOSED']);
  await roundtrip.expectNoAxeViolations();
});

// The out-of-date note was inserted above the box: the box moved 55 px under the caret each time
// the text went from valid to invalid and back.
test('the Request box stays put while its text breaks and mends', async ({
  page,
  roundtrip,
  workshop,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await roundtrip.open({ scenario: 'get', step: 0, lang: 'en' });
  await workshop.open();
  const good = await workshop.request.inputValue();
  const top = await workshop.requestTop();
  await workshop.setRequest(good.replace('Host: ', 'Host '));
  await expect(
    workshop.panel.getByRole('status').filter({ hasText: /^Out of date/ }),
  ).toBeVisible();
  expect(await workshop.requestTop()).toBe(top);
  await workshop.setRequest(good);
  await expect(page.locator('.region-diagram .diagram-stale-mark')).toHaveCount(0);
  expect(await workshop.requestTop()).toBe(top);
});

test('a broken link shows the default scenario and says so; edit=0 hides the workshop', async ({
  page,
  roundtrip,
  workshop,
}) => {
  await roundtrip.openRaw('?scenario=custom&s=1.eyJub3Q');
  await expect(page.getByRole('status').filter({ hasText: 'damaged' })).toBeVisible();
  await expect(roundtrip.clientState).toHaveText('CLOSED');
  await expect(workshop.editButton).toBeVisible();
  // The default scenario itself, as the notice says, not an empty player ("Step 0 of 0"): also
  // for a link cut short as a course platform cuts a long one, at a step it names.
  const get = simulate(findScenario('get') as Scenario).steps.length - 1;
  for (const query of ['?scenario=custom&s=1.eyJub3Q', '?scenario=custom&step=3&s=2.abc']) {
    await roundtrip.openRaw(query);
    await expect(page.getByRole('status').filter({ hasText: 'damaged' })).toBeVisible();
    await expect.poll(() => roundtrip.stepCount()).toBe(get);
    expect(await roundtrip.shownScenario()).toBe('get');
    await expect(page.getByText('could not be simulated')).toHaveCount(0);
  }
  await roundtrip.openRaw('?scenario=get&edit=0');
  await expect(workshop.editButton).toHaveCount(0);

  // A custom scenario embedded, read-only: played as the link says.
  const mine: Scenario = {
    ...(findScenario('get') as Scenario),
    impairments: { drop: [{ from: 'server', what: 'fin', nth: 1 }] },
  };
  const total = simulate(mine).steps.length - 1;
  await roundtrip.openRaw(`?scenario=custom&s=${encodeScenarioParam(mine)}&step=5&embed=1&edit=0`);
  await expect.poll(() => roundtrip.stepCount()).toBe(total);
  expect(await roundtrip.currentStep()).toBe(5);
  await expect(workshop.editButton).toHaveCount(0);
});

test('a shared link runs its scenario’s own profile, the one the workshop shows and Copy link keeps', async ({
  context,
  roundtrip,
  workshop,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // No `profile=` in the link: the linux run the teacher shared, not the textbook one.
  const mine: Scenario = { ...(findScenario('get') as Scenario), id: 'mine', profile: 'linux' };
  const total = simulate(mine).steps.length - 1;
  expect(total).not.toBe(simulate(mine, { profile: 'textbook' }).steps.length - 1);
  await roundtrip.openRaw(`?scenario=custom&s=${encodeScenarioParam(mine)}`);
  await expect.poll(() => roundtrip.stepCount()).toBe(total);
  await workshop.open();
  await expect(workshop.behavior).toHaveValue('linux');
  const link = new URL(await workshop.copyLink());
  await roundtrip.openRaw(link.search);
  await expect.poll(() => roundtrip.stepCount()).toBe(total);
  await workshop.open();
  await expect(workshop.behavior).toHaveValue('linux');
});

test('the MSL set in the workshop changes how long TIME-WAIT lasts, in the words of its step', async ({
  page,
  roundtrip,
  workshop,
}) => {
  test.setTimeout(90_000);
  await roundtrip.open({ scenario: 'get', step: 0, lang: 'en' });
  const timeWait = async () => {
    const total = await roundtrip.stepCount();
    await roundtrip.goToStep(0);
    const walked = await roundtrip.walk(total);
    return walked.map((s) => s.explanation).find((e) => e.includes('has waited 2×MSL')) ?? '';
  };
  // RFC 9293 §3.4.2's MSL of 2 minutes: TIME-WAIT lasts 4.
  expect(await timeWait()).toContain('2×MSL (4 min)');

  await workshop.open();
  const msl = workshop.field(/MSL/);
  await msl.focus();
  await page.keyboard.type('1500');
  await expect.poll(timeWait, { timeout: 20_000 }).toContain('2×MSL (3,000 ms)');

  // An impossible MSL is refused beside its field; the timeline stays as it was, out of date.
  await msl.fill('0');
  await expect(msl).toHaveAttribute('aria-invalid', 'true');
  expect(await workshop.fieldReason(msl)).toMatch(/must be more than 0/);
  await expect(page.locator('.region-diagram.workshop-stale')).toHaveCount(1);
  await msl.fill('1500');
  await expect(page.locator('.region-diagram.workshop-stale')).toHaveCount(0);

  // The same step in Chinese quotes the same 2×MSL.
  const total = await roundtrip.stepCount();
  await roundtrip.goToStep(0);
  const at = (await roundtrip.walk(total)).findIndex((x) => x.explanation.includes('2×MSL'));
  await roundtrip.setLanguage('zh-CN');
  await roundtrip.goToStep(at + 1);
  await expect(roundtrip.explanation).toContainText(/2×MSL（3[,，]?000\s?毫秒）/);
  // Refused in Chinese, for a reason said in Chinese, not in the validator's English.
  await msl.fill('0');
  await expect(msl).toHaveAttribute('aria-invalid', 'true');
  expect(await workshop.fieldReason(msl)).toBe('不能接受：必须大于 0，且最多 600000 毫秒。');
  await roundtrip.expectNoAxeViolations();
});

test('a route’s response typed by hand is sent as typed, located when broken, and kept', async ({
  page,
  roundtrip,
  workshop,
}) => {
  test.setTimeout(90_000);
  await roundtrip.open({ scenario: 'get', step: 0, lang: 'en' });
  await workshop.open();
  // By keyboard: the switch, then the box it opens, filled with what the route sent.
  await workshop.rawToggle(1).focus();
  await page.keyboard.press('Space');
  const box = workshop.response(1);
  await expect(box).toHaveValue(/^HTTP\/1.1 200 OK\n/);
  const sent = await box.inputValue();
  await box.fill(sent.replace('200 OK', '418 I’m a teapot'));
  const total = await roundtrip.stepCount();
  await roundtrip.goToStep(0);
  const walked = await roundtrip.walk(total);
  expect(walked.some((s) => s.message.includes('418 I’m a teapot'))).toBe(true);
  await expect(page).toHaveURL(/scenario=custom&.*s=2\./);

  // A header line without its space: where the server writes another octet.
  const broken = (await box.inputValue()).replace('Content-Type: ', 'Content-Type:');
  await box.fill(broken);
  await expect(workshop.error).toHaveText(
    'Line 2, column 14: Roundtrip’s server writes “Content-Type: text/html; charset=utf-8” here.',
  );
  await expect(workshop.panel.locator('mark')).toHaveCount(1);
  await roundtrip.expectNoAxeViolations();

  // Kept as typed across a reload.
  await page.reload();
  await expect(workshop.response(1)).toHaveValue(broken);
  await expect(workshop.error).toContainText('Line 2, column 14');
});

// On a desktop the side column scrolls and the page does not. The chips' hidden names and the
// workshop's visually hidden text were placed against the body, below the fold, and the page
// scrolled 1900 px into blank space under the controls bar.
test('on a desktop the open workshop scrolls in its column, not the page', async ({
  page,
  roundtrip,
  workshop,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await roundtrip.open({ scenario: 'get', step: 0, lang: 'en' });
  await workshop.open();
  expect(await roundtrip.pageOverflow()).toBe(0);
});

test('on a phone: the explanation leaves the fields alone, and a header row shows its name whole', async ({
  page,
  roundtrip,
  workshop,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await roundtrip.open({ scenario: 'get', lang: 'en' });
  await roundtrip.openTools();
  await workshop.open();
  expect(await workshop.requestUnderExplanation()).toBe(false);
  await workshop.openForm();
  expect(await workshop.headerNameWhole(1)).toBe(true);
});

test('a form field keeps what is typed and says why it cannot be sent; the link says it is the last version that worked', async ({
  page,
  context,
  roundtrip,
  workshop,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await roundtrip.open({ scenario: 'get', step: 5, lang: 'en' });
  await workshop.open();
  await workshop.openForm();
  await workshop.panel.getByRole('button', { name: 'Add a header line' }).click();
  const name = workshop.formControl('Header 2: name');
  await expect(name).toHaveValue('X-Example');
  await name.selectText();
  await page.keyboard.press('Backspace');
  await expect(name).toHaveValue('');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  expect(await workshop.controlReason(name)).toContain('must be a header field name');
  await name.pressSequentially('Bad Name:x');
  await expect(name).toHaveValue('Bad Name:x');
  const target = workshop.formControl('Target (path and query)');
  await target.selectText();
  await target.pressSequentially('no-slash');
  await expect(target).toHaveValue('no-slash');
  const method = workshop.formControl('Method');
  await method.selectText();
  await method.pressSequentially('PO ST');
  await expect(method).toHaveValue('PO ST');
  // The text keeps, of each field, the last value typed that could be sent ("PO", "Bad").
  await expect(workshop.request).toHaveValue(/^PO \/ HTTP\/1\.1\n[\s\S]*\nBad: value\n\n$/);
  await workshop.panel.getByRole('button', { name: 'Copy link' }).click();
  await expect(
    workshop.panel.getByText('Link copied, to the last version that worked'),
  ).toBeVisible();
  expect(errors).toEqual([]);
  await roundtrip.expectNoAxeViolations();
});

test('Reset to the original: Enter keeps the changes; discarding keeps the focus and names the canned scenario again', async ({
  page,
  roundtrip,
  workshop,
}) => {
  await roundtrip.open({ scenario: 'get', step: 5, lang: 'en' });
  await workshop.open();
  await workshop.addHeaderLine('Accept: text/html');
  await expect.poll(() => new URL(page.url()).searchParams.get('scenario')).toBe('custom');
  await workshop.askReset();
  await expect(page.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(workshop.request).toHaveValue(/Accept: text\/html/);
  await workshop.askReset();
  await page.getByRole('button', { name: 'Discard my changes' }).click();
  await expect(workshop.request).not.toHaveValue(/Accept: text\/html/);
  await expect(page.getByRole('heading', { name: 'Scenario workshop' })).toBeFocused();
  await expect.poll(() => new URL(page.url()).searchParams.get('scenario')).toBe('get');
  expect(new URL(page.url()).searchParams.get('s')).toBeNull();
});

test('on a phone: a focused field and the request’s error come to rest above the player bar', async ({
  page,
  roundtrip,
  workshop,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await roundtrip.open({ scenario: 'get', step: 5, lang: 'en' });
  await roundtrip.openTools();
  await workshop.open();
  // Tabbed to from the top of the workshop, the last field of the network part.
  const last = workshop.fault(/Drop the first SYN,ACK/);
  await workshop.tabTo(last);
  expect(await workshop.clearanceAboveControls(last)).toBeGreaterThanOrEqual(0);
  // A broken request: its reason is in view, not behind the bar.
  await workshop.request.focus();
  await workshop.setRequest((await workshop.request.inputValue()).replace('Host: ', 'Host '));
  await expect(workshop.error).toBeVisible();
  expect(await workshop.clearanceAboveControls(workshop.error)).toBeGreaterThanOrEqual(0);
});

// A teacher on GET opened the workshop, then picked POST: the box still held GET, and the first
// keystroke turned the POST on screen into a custom GET. Then the workshop started again on POST
// and "Your own scenario" left the menu: the edits were reachable through Back alone.
test('the workshop follows the scenario picker: it keeps the edits left, and starts from the scenario picked', async ({
  page,
  roundtrip,
  workshop,
}) => {
  await roundtrip.open({ scenario: 'get', step: 0, lang: 'en' });
  await workshop.open();
  await workshop.editGetToDocs();
  await roundtrip.selectScenario('post-form');
  // It held GET's edits, not POST's: it closes, and says where they are.
  await expect(workshop.panel).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Your edits to “Your own scenario” are kept' }),
  ).toBeVisible();
  await expect(page.locator('.scenario-picker option[value="custom"]')).toHaveText(
    'Your own scenario',
  );
  await roundtrip.expectNoAxeViolations();
  await workshop.open();
  await expect(workshop.request).toHaveValue(/^POST \//);
  await expect(
    workshop.panel.getByRole('button', { name: 'Reset to the original' }),
  ).toBeDisabled();
  await workshop.addHeaderLine('Accept: text/html');
  await expect(page).toHaveURL(/scenario=custom/);
  await expect(workshop.request).toHaveValue(/^POST \/[\s\S]*Accept: text\/html/);
  // Reset goes back to POST, the scenario picked, not to GET.
  await workshop.askReset();
  await page.getByRole('button', { name: 'Discard my changes' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('scenario')).toBe('post-form');
  await expect(workshop.request).toHaveValue(/^POST \//);
  // The GET draft is still kept: its link brings it back.
  expect((await workshop.storedDraftTexts()).some((t) => /^GET \/docs /.test(t[0] ?? ''))).toBe(
    true,
  );
});

test('“Your own scenario”, picked again, brings back the workshop with the edits as typed', async ({
  page,
  roundtrip,
  workshop,
}) => {
  await roundtrip.open({ scenario: 'get', step: 0, lang: 'en' });
  await workshop.open();
  await workshop.editGetToDocs();
  await roundtrip.selectScenario('post-form');
  await expect(workshop.panel).toBeHidden();
  await roundtrip.selectScenario('custom');
  await expect(workshop.request).toHaveValue(/^GET \/docs /);
  await expect(page).toHaveURL(/scenario=custom/);
  await expect(page.getByRole('status').filter({ hasText: 'are kept' })).toHaveCount(0);
});

// A draft left open took over a slide's link to another scenario, and one keystroke there
// wiped it.
test('a draft left open reopens on its own scenario only, and another scenario’s edits keep it', async ({
  page,
  roundtrip,
  workshop,
}) => {
  await roundtrip.open({ scenario: 'get', step: 0, lang: 'en' });
  await workshop.open();
  const docs = await workshop.editGetToDocs();
  const mine = page.url();

  // A slide's link: its explanation and panels, not the workshop.
  await roundtrip.openRaw('?scenario=post-form&step=7&lang=en');
  expect(await roundtrip.currentStep()).toBe(7);
  await expect(roundtrip.explanation).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(workshop.panel).toHaveCount(0);
  await expect(workshop.editButton).toHaveAttribute('aria-expanded', 'false');

  // Edited there, the GET draft is kept beside it.
  await workshop.open();
  await expect(workshop.request).toHaveValue(/^POST \//);
  await workshop.addHeaderLine('Accept: text/html');
  const texts = (await workshop.storedDraftTexts()).map((t) => t[0]);
  expect(texts).toContain(docs);
  expect(texts.some((t) => /^POST [\s\S]*Accept: text\/html/.test(t ?? ''))).toBe(true);

  // The GET draft's own link opens the workshop on it again, as typed.
  await page.goto(mine);
  await expect(workshop.request).toHaveValue(docs);
});

// The focus fell to the page's body after these keys (a UX review, at 1280×800 and 390×844),
// and "Move header 3 up" pressed twice moved the other row back.
for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`by keyboard at ${size.width}px: a row's buttons leave the focus on its neighbour, the moved row or the new one, and Close on its opener`, async ({
    roundtrip,
    workshop,
    page,
  }) => {
    await page.setViewportSize(size);
    await roundtrip.open({ scenario: 'get', lang: 'en' });
    // On a phone the header's tools are folded behind "Tools".
    if (size.width < 600) await roundtrip.openTools();
    await workshop.open();
    const press = async (name: string) => {
      await workshop.panel.getByRole('button', { name, exact: true }).focus();
      await page.keyboard.press('Enter');
    };
    const focused = (role: 'button' | 'textbox', name: string) =>
      expect(workshop.panel.getByRole(role, { name, exact: true })).toBeFocused();
    await press('Add a request');
    await focused('textbox', 'Request 2');
    await press('Remove request 2');
    await expect(page.getByRole('button', { name: 'Add a request' })).toBeFocused();
    await workshop.openForm();
    await press('Add a header line');
    await focused('textbox', 'Header 2: name');
    await page.keyboard.type('-Two');
    await press('Add a header line');
    await page.keyboard.press('End');
    await page.keyboard.type('-Three');
    await press('Move header 3 up');
    await focused('button', 'Move header 2 up');
    await page.keyboard.press('Enter');
    await focused('button', 'Move header 1 down');
    await expect(workshop.panel.getByRole('textbox', { name: 'Header 1: name' })).toHaveValue(
      'X-Example-Three',
    );
    await press('Remove header 1');
    await focused('button', 'Remove header 1');
    await press('Add a route');
    const routes = await workshop.panel.getByRole('button', { name: /^Remove route/ }).count();
    await press(`Remove route ${routes}`);
    await focused('button', `Remove route ${routes - 1}`);
    await press('Close the workshop');
    await expect(workshop.editButton).toBeFocused();
  });
}

// A route's Status refusal was a cell of the fields' grid of its own: laid out under Methods,
// it pushed the Status list ~150 px below its label (review, at 1280×800 and 390×844).
for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`at ${size.width}px a route’s Status refusal is under the Status list, which stays under its label`, async ({
    roundtrip,
    workshop,
    page,
  }) => {
    await page.setViewportSize(size);
    await roundtrip.open({ scenario: 'get', lang: 'en' });
    if (size.width < 600) await roundtrip.openTools();
    await workshop.open();
    const status = workshop.routeStatus(1);
    await status.selectOption('304');
    await expect(status).toHaveAttribute('aria-invalid', 'true');
    expect(await workshop.fieldReason(status)).toMatch(/must answer a conditional request/);
    const { label, list, reason } = await workshop.routeStatusBoxes(1);
    // The list right under its label, the reason right under the list, in the same column.
    expect(list.y - (label.y + label.height)).toBeLessThan(12);
    expect(reason.y - (list.y + list.height)).toBeGreaterThanOrEqual(0);
    expect(reason.y - (list.y + list.height)).toBeLessThan(12);
    expect(Math.abs(reason.x - list.x)).toBeLessThan(2);
    await roundtrip.expectNoAxeViolations();
  });
}
