/**
 * Bring your own traffic (issue 16), end to end: every fixture capture opens as a session with
 * its request line in the message view and both ends' final states; a capture of four
 * connections offers four; broken files give a located message and no page error; and the one
 * file, opened from disk with the network blocked, opens a capture too.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SINGLE_FILE_NAME } from '../scripts/single/plugin';
import { listConversations, readCapture, timelineFromConversation } from '../src/capture/index';
import { oneDownloadCapture } from '../src/capture/test-support/download';
import { expect, test } from './fixtures';
import { CAPTURES } from './pages/Import';

/** The timeline of a fixture's first connection, as the importer's worker makes it. */
function firstTimeline(file: string) {
  const result = readCapture(new Uint8Array(readFileSync(join(CAPTURES, file))));
  const first = result.ok ? listConversations(result.packets)[0] : undefined;
  if (!first) throw new Error(`${file}: no connection`);
  return timelineFromConversation(first);
}

/** Each fixture's first connection: its request line and both ends' states at the end. */
const EXPECTED: Record<string, [string, string, string]> = {
  'connection-close.pcapng': ['GET / HTTP/1.1', 'CLOSED', 'TIME-WAIT'],
  'four-conversations.pcapng': ['GET / HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
  'get.pcap': ['GET / HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
  'get.pcapng': ['GET / HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
  'http-1.0.pcapng': ['GET / HTTP/1.0', 'CLOSED', 'TIME-WAIT'],
  'ipv6.pcapng': ['GET / HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
  'keep-alive.pcapng': ['GET / HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
  'large-response-mtu1500.pcapng': ['GET /large.html HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
  'large-response-rtt40.pcapng': ['GET /large.html HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
  'large-response.pcapng': ['GET /large.html HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
  'mid-connection.pcapng': ['GET / HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
  'not-found-404.pcapng': ['GET /missing HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
  'post-form.pcapng': ['POST /contact_form.php HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
  'redirect-301.pcapng': ['GET /old HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
  // The server aborts (SO_LINGER 0): both ends CLOSED, neither in TIME-WAIT.
  'reset.pcapng': ['GET / HTTP/1.1', 'CLOSED', 'CLOSED'],
  'retransmission-rto.pcapng': ['GET / HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
  'retransmission-sack.pcapng': ['GET /large.html HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
  'sll2.pcapng': ['GET / HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
  'vlan.pcapng': ['GET / HTTP/1.1', 'TIME-WAIT', 'CLOSED'],
};

test.describe('bring your own traffic', () => {
  test('every fixture capture opens as a session: request line, final states, no page error', async ({
    page,
    roundtrip,
    importer,
  }) => {
    // Eighteen captures, each opened and looked at twice.
    test.setTimeout(90_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await roundtrip.open();
    const files = readdirSync(CAPTURES).filter((f) => /\.(pcap|pcapng)$/.test(f));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const file of files) {
      const [line, client, server] = EXPECTED[file] ?? ['', '', ''];
      await importer.openCapture(file);
      await expect(roundtrip.stepCounter).toContainText(/Step 0 /);
      // The step where the server reads the request line, and the last one, from the model.
      const timeline = firstTimeline(file);
      const read = timeline.steps.findIndex((st) => st.reason === 'request-line-parsed');
      await roundtrip.goToStep(read);
      await expect(roundtrip.messageView, file).toContainText(line);
      await roundtrip.goToStep(timeline.steps.length - 1);
      await expect(roundtrip.clientState, file).toContainText(client);
      await expect(roundtrip.serverState, file).toContainText(server);
      // Not put in the URL: the address still names a canned view.
      expect(page.url()).not.toContain('imported');
    }
    expect(errors).toEqual([]);
  });

  // RFC 9293 §3.10.5: the end that sends the RST leaves for CLOSED by ABORT; it stayed
  // ESTABLISHED, and its RST was read only as the other end's rcv RST.
  test('a server that resets: both edges lit, both ends CLOSED, the note says it aborts', async ({
    roundtrip,
    importer,
  }) => {
    await roundtrip.open();
    await importer.openCapture('reset.pcapng');
    const timeline = firstTimeline('reset.pcapng');
    const rst = timeline.segments.findIndex((s) => s.flags.includes('RST'));
    await roundtrip.goToStep(timeline.steps.findIndex((st) => st.segmentIn === rst));
    await expect(roundtrip.serverState).toContainText('CLOSED');
    await expect(roundtrip.clientState).toContainText('CLOSED');
    await expect(roundtrip.stateChanges).toContainText('Server: ESTABLISHED → CLOSED on ABORT');
    await expect(roundtrip.stateChanges).toContainText('Client: ESTABLISHED → CLOSED on rcv RST');
    const lit = roundtrip.stateFigure.locator('.sd-label.lit');
    await expect(lit).toHaveCount(2);
    await expect(roundtrip.stateFigure.locator('.sd-label.lit-server')).toHaveText('ABORTsnd RST');
    await expect(roundtrip.page.getByTestId('capture-notes')).toContainText(
      'aborts the connection at once',
    );
  });

  test('four connections offer four, in capture order, and what is not TCP is named; axe-clean', async ({
    roundtrip,
    importer,
  }) => {
    await roundtrip.open();
    await importer.openFile('four-conversations.pcapng');
    await expect(importer.conversations()).toHaveCount(4);
    await expect(importer.conversations()).toContainText([
      'GET / HTTP/1.1',
      'GET /missing HTTP/1.1',
      'GET /old HTTP/1.1',
      'GET /large.html HTTP/1.1',
    ]);
    await expect(importer.page.getByTestId('import-other')).toContainText(/ICMP.*UDP/);
    await roundtrip.expectNoAxeViolations();
    await importer.conversations().nth(2).click();
    await expect(importer.loaded('four-conversations.pcapng')).toBeAttached();
    await expect(roundtrip.explanation).toContainText('the capture');
  });

  // Four connections are taller than a phone's screen: Close was under the last of them.
  test('on a phone, the dialog of four connections has its Close button in view', async ({
    page,
    roundtrip,
    importer,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await roundtrip.open();
    await importer.openFile('four-conversations.pcapng');
    await expect(importer.conversations()).toHaveCount(4);
    const close = importer.dialog.getByRole('button', { name: 'Close', exact: true });
    await expect(close).toBeInViewport({ ratio: 1 });
    const [dialog, button] = await Promise.all([
      importer.dialog.boundingBox(),
      close.boundingBox(),
    ]);
    expect(button && dialog && button.y + button.height <= dialog.y + dialog.height).toBe(true);
    await close.click();
    await expect(importer.dialog).toBeHidden();
  });

  // The Tools panel stayed open over the first screen: the diagram was a strip behind the
  // explanation's sheet, even while stepping.
  test('on a phone, a capture opened from the Tools folds them; the diagram shows', async ({
    page,
    roundtrip,
    importer,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await roundtrip.openRaw('?scenario=get&lang=zh-TW');
    await roundtrip.openTools();
    await importer.openCapture('retransmission-sack.pcapng');
    const toggle = page.locator('.shell-header .tools-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // The menu names the file alone, whole; the description line names the connection.
    await expect(importer.loaded('retransmission-sack.pcapng')).toHaveText(
      'retransmission-sack.pcapng',
    );
    await expect(page.getByTestId('scenario-desc')).toContainText(
      '連線 127.0.0.1:55852 → 127.0.0.1:8080，從本機檔案開啟',
    );
    // The focus is not lost with the folded button: it is on the diagram, whose arrows step.
    await expect(page.locator('.diagram-scroll')).toBeFocused();
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
    await expect(roundtrip.stepCounter).toContainText('第 3 步');
    await expect(roundtrip.currentArrow()).toBeInViewport();
    const [scroller, sheet] = await Promise.all([
      page.locator('.diagram-scroll').boundingBox(),
      page.locator('.region-explain').boundingBox(),
    ]);
    // At least 200 px of the diagram above the explanation's sheet.
    expect(scroller && sheet && sheet.y - Math.max(0, scroller.y)).toBeGreaterThan(200);
  });

  // Opened low in the Tools, the menu ran past the screen's bottom under the controls bar, its
  // last note cut off.
  test('on a phone, the Export menu is whole above the controls bar', async ({
    page,
    roundtrip,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await roundtrip.openRaw('?scenario=keep-alive&step=8&lang=zh-TW');
    await roundtrip.openTools();
    await page.locator('#export-button').click();
    const popup = page.locator('.export-popup');
    await expect(popup.locator('.export-note').last()).toBeVisible();
    await expect(page.getByTestId('export-menu').locator('button').first()).toBeFocused();
    const [box, bar] = await Promise.all([
      popup.boundingBox(),
      page.locator('.shell-controls').boundingBox(),
    ]);
    expect(box && bar && box.y >= 0 && box.y + box.height <= bar.y).toBe(true);
    // Nothing of it is hidden inside it either.
    expect(await popup.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true);
  });

  test('broken files give a located message, never a page error; a file can be dropped', async ({
    page,
    roundtrip,
    importer,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await roundtrip.open();
    const get = readFileSync(join(CAPTURES, 'get.pcapng'));
    const cases: [string, Buffer, RegExp][] = [
      ['empty.pcap', Buffer.alloc(0), /byte 0/],
      ['wrong-magic.pcap', Buffer.from('not a capture at all, just text'), /byte 0/],
      ['cut.pcapng', get.subarray(0, get.length - 40), /Reading stopped at byte [\d,]+;/],
      ['bad.json', Buffer.from('{"version": 2,\n  "steps": [}'), /line 2, column/],
      ['other.json', Buffer.from('{"version": 1}'), /not a Roundtrip timeline/],
      ['broken.har', Buffer.from('{"log": {\n  "entries": 3}}'), /HAR file .* line 2, column/],
    ];
    for (const [name, bytes, message] of cases) {
      await importer.openFile(name, bytes);
      await expect(importer.error.first()).toContainText(message);
      await page.keyboard.press('Escape');
      await expect(importer.dialog).toBeHidden();
    }
    // Dropped anywhere on the page.
    await importer.dropFile('dropped.pcapng', readFileSync(join(CAPTURES, 'get.pcapng')));
    await expect(importer.loaded('dropped.pcapng')).toBeAttached();
    expect(errors).toEqual([]);
  });

  test('a long capture is drawn a band at a time; stepping to its last step shows it', async ({
    page,
    roundtrip,
    importer,
  }, testInfo) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // One download of 5 MB: about 5,200 segments, written to a file and opened by the chooser.
    const bytes = oneDownloadCapture(5_000_000);
    const file = testInfo.outputPath('long-download.pcapng');
    writeFileSync(file, bytes);
    const read = readCapture(bytes);
    const segments = read.ok ? read.packets.length : 0;
    expect(segments).toBeGreaterThan(5000);
    await roundtrip.open();
    await importer.openPath(file);
    await expect(importer.loaded('long-download.pcapng')).toBeAttached({ timeout: 60_000 });
    await expect(roundtrip.stepCounter).toContainText(/Step 0 /);
    // The counter reads "Step n of last".
    const last = await roundtrip.stepCount();
    // Far fewer arrows in the DOM than segments, wherever the diagram is (half way, every arrow
    // before the cursor would be drawn if the diagram were not windowed).
    await roundtrip.goToStep(Math.floor(last / 2));
    expect(await roundtrip.diagramArrows().count()).toBeLessThan(segments / 20);
    // The keyboard's End goes to the last step; the diagram follows, and its arrow is there.
    await page.locator('.diagram-scroll').focus();
    await page.keyboard.press('End');
    await expect.poll(() => roundtrip.currentStep()).toBe(last);
    await expect(roundtrip.currentArrow()).toHaveCount(1);
    await expect.poll(() => roundtrip.inDiagramView(roundtrip.currentArrow())).toBe(true);
    await expect.poll(() => roundtrip.nowLineInView()).toBe(true);
    expect(await roundtrip.diagramArrows().count()).toBeLessThan(segments / 20);
    // Stepping back a few keeps the current step's arrow in view.
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => roundtrip.currentStep()).toBe(last - 5);
    await expect.poll(() => roundtrip.inDiagramView(roundtrip.currentArrow().first())).toBe(true);
    // Scrolled by hand to the start, the diagram stays there while its band follows the scroll:
    // only a new step brings the cursor back into view.
    const scroller = page.locator('.diagram-scroll');
    await scroller.evaluate((el) => el.scrollTo({ top: 0 }));
    await expect
      .poll(() => roundtrip.diagramArrows().first().getAttribute('data-segment'))
      .toBe('0');
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(await scroller.evaluate((el) => el.scrollTop)).toBe(0);
    expect(errors).toEqual([]);
  });

  test('Export gives pcapng, SVG, PNG, JSON and text; the JSON reopens as the same session', async ({
    page,
    roundtrip,
    importer,
  }) => {
    await roundtrip.open({ scenario: 'get' });
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(page.getByRole('menuitem')).toHaveCount(5);
    await roundtrip.expectNoAxeViolations();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeFocused();

    const pcapng = await importer.export('pcapng');
    expect(pcapng.name).toBe('get.pcapng');
    expect(pcapng.bytes.readUInt32LE(0)).toBe(0x0a0d0d0a);
    const text = await importer.export('text');
    expect(text.bytes.toString()).toContain('GET / HTTP/1.1');
    const svg = (await importer.export('svg')).bytes.toString();
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Seq=');
    const png = (await importer.export('png')).bytes;
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1920);

    // An imported capture saved as JSON reopens byte for byte.
    await importer.openCapture('retransmission-rto.pcapng');
    const json = await importer.export('json');
    await importer.openFile('saved.json', json.bytes);
    await expect(importer.dialog).toBeHidden();
    await expect(importer.loaded('saved.json')).toBeAttached();
    expect((await importer.export('json')).bytes.equals(json.bytes)).toBe(true);
  });

  // The labels' white halo is a stroke painted under the glyphs (paint-order). The file lost
  // that, so every label and state name was a white blob in the SVG and the PNG.
  test('the SVG of the diagram draws its labels over their halo, without CSP refusals', async ({
    page,
    roundtrip,
    importer,
    browser,
  }) => {
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/.test(m.text())) refused.push(m.text());
    });
    await roundtrip.open({ scenario: 'get', step: 5 });
    const svg = (await importer.export('svg')).bytes.toString();
    expect(refused).toEqual([]);
    const alone = await browser.newPage();
    try {
      await alone.setContent(svg);
      const haloed = await alone.evaluate(() =>
        [...document.querySelectorAll('text')]
          .filter((t) => getComputedStyle(t).stroke !== 'none')
          .map((t) => getComputedStyle(t).paintOrder),
      );
      expect(haloed.length).toBeGreaterThan(3);
      expect(haloed.filter((order) => !order.startsWith('stroke'))).toEqual([]);
    } finally {
      await alone.close();
    }
  });

  // The labels' halos and plates are of the diagram's panel's colour. The file was drawn on the
  // page's colour, a shade darker, and every halo and plate showed on it as a pale box.
  test('the SVG of the diagram lies on the colour of its labels’ halos and plates', async ({
    roundtrip,
    importer,
    browser,
  }) => {
    // lost-segment's step 25: the lost response is plated, under the ACK sent just before it.
    await roundtrip.open({ scenario: 'lost-segment', step: 25 });
    const svg = (await importer.export('svg')).bytes.toString();
    const alone = await browser.newPage();
    try {
      await alone.setContent(svg);
      const colours = await alone.evaluate(() => {
        const fill = (e: Element) => getComputedStyle(e).fill;
        const under = document.querySelector('svg > rect');
        return {
          page: under ? fill(under) : null,
          halos: [
            ...new Set(
              [...document.querySelectorAll('text')]
                .map((t) => getComputedStyle(t).stroke)
                .filter((stroke) => stroke !== 'none'),
            ),
          ],
          plates: [
            ...new Set([...document.querySelectorAll('rect[transform*="rotate"]')].map(fill)),
          ],
        };
      });
      expect(colours.page).not.toBeNull();
      expect(colours.halos).toEqual([colours.page]);
      // A plate is turned with its label's arrow.
      expect(colours.plates).toEqual([colours.page]);
    } finally {
      await alone.close();
    }
  });

  test('Export scrubs cookies and Authorization: replaced by placeholders of the same length', async ({
    page,
    roundtrip,
    importer,
  }) => {
    const secrets = ['c00kie-f1x7ure-value', 'dark-f1x7ure', 't0ken-f1x7ure-value'];
    await roundtrip.open({ scenario: 'get' });
    await importer.openFile('cookie-session.json');
    await expect(importer.loaded('cookie-session.json')).toBeAttached();

    // Cookies and credentials are scrubbed unless the user unchecks them.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const scrubs = page.getByRole('menuitemcheckbox');
    await expect(scrubs).toHaveText([/Cookies/, /Authorization/, /bodies/]);
    await expect(page.getByText(/opened session is not in the page’s address/)).toBeVisible();
    // Keyboard: the first item has the focus; Space checks bodies, and the menu stays open.
    await expect(scrubs.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect(scrubs.nth(2)).toHaveAttribute('aria-checked', 'true');
    await roundtrip.expectNoAxeViolations();
    await page.keyboard.press('Escape');
    await importer.scrub('bodies', false);

    const scrubbed = (await importer.export('json')).bytes.toString('latin1');
    // Unchecked, the export is the session as it is.
    await importer.scrub('cookies', false);
    await importer.scrub('authorization', false);
    const kept = (await importer.export('json')).bytes.toString('latin1');
    for (const secret of secrets) {
      expect(kept).toContain(secret);
      expect(scrubbed).not.toContain(secret);
    }
    expect(scrubbed).toContain('Cookie: [scrubbed]********');
    expect(scrubbed.length).toBe(kept.length);
    // The body was not asked for: the page is still there.
    expect(scrubbed).toContain('Bonjour, le monde');

    // The scrubbed file reopens, the placeholders in the message view.
    await importer.openFile('scrubbed.json', Buffer.from(scrubbed, 'latin1'));
    await expect(importer.loaded('scrubbed.json')).toBeAttached();
    const steps: { reason: string }[] = JSON.parse(scrubbed).steps;
    await roundtrip.goToStep(steps.findIndex((st) => st.reason === 'request-blank-line-parsed'));
    await expect(roundtrip.messageView).toContainText('Cookie: [scrubbed]');
  });

  test('a HAR shows its exchanges and phases, says TCP is not in it, and simulates one', async ({
    page,
    roundtrip,
    importer,
    workshop,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await roundtrip.open({ scenario: 'get' });
    await importer.openFile('har.har');
    await expect(importer.har).toBeVisible();
    await expect(importer.har).toContainText('TCP (the handshake, the segments');
    await expect(importer.harExchanges()).toHaveCount(5);
    // Playwright's HAR names no connection: one group, and the view says why.
    await expect(importer.har.getByTestId('har-connection')).toHaveCount(1);
    await expect(importer.har).toContainText('Connection not recorded');
    const app = importer.harExchange('/app.js');
    await expect(app).toContainText('GET http://127.0.0.1:8080/app.js');
    await expect(app.locator('[data-phase="wait"]')).toContainText('8.61 ms');
    await expect(app.locator('[data-phase="blocked"]')).toContainText('does not apply');
    await expect(app.locator('[data-phase="ssl"]')).toContainText('3.03 ms');

    // What the workshop will send differently is named beside the button, before it is pressed.
    const changes = importer.harChanges('/style.css');
    await expect(changes.locator('summary')).toHaveText('What changes in the workshop (6)');
    await changes.locator('summary').click();
    await expect(
      changes.getByText(
        'The request header field Host is not sent: the user agent writes it itself.',
      ),
    ).toBeVisible();
    await expect(
      changes.getByText(
        'The response header field Content-Length is not sent: the simulated server computes it itself.',
      ),
    ).toBeVisible();
    const old = importer.harChanges('/old');
    await old.locator('summary').click();
    await expect(
      old.getByText(/^The 301 redirect to .* is answered but not followed/),
    ).toBeVisible();
    await roundtrip.expectNoAxeViolations();

    // Keyboard: the exchange's own button, then Enter.
    const button = importer.simulateButton('/style.css');
    await button.focus();
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(importer.dialog).toBeHidden();
    await expect(workshop.request).toBeVisible();
    await expect(workshop.request).toHaveValue(
      /^GET \/style\.css HTTP\/1\.1\nHost: 127\.0\.0\.1:8080\n/,
    );
    await expect(workshop.request).toHaveValue(
      /\nReferer: http:\/\/127\.0\.0\.1:8080\/har\.html\n/,
    );
    await expect(page).toHaveURL(/scenario=custom.*&s=/);
    await expect(page.locator('#h-workshop')).toBeFocused();
    expect(errors).toEqual([]);
  });

  test('a broken capture is said to be broken in the page’s language', async ({
    page,
    roundtrip,
    importer,
  }) => {
    // The headline said where in each language, but what was wrong only in the reader's English
    // (review): "读取程序发现的问题： The first four octets, 0x6e6f7420, are neither…".
    const get = readFileSync(join(CAPTURES, 'get.pcapng'));
    const text = Buffer.from('not a capture at all, just text');
    for (const [lang, notCapture, cut] of [
      ['zh-CN', '这不是捕获文件', '文件被截断了'],
      ['zh-TW', '這不是擷取檔', '檔案被截斷了'],
      ['en', 'This is not a capture file', 'it was cut short'],
    ] as const) {
      await roundtrip.open({ scenario: 'get', lang });
      await importer.openFile('text.pcap', text);
      await expect(importer.error.first()).toContainText(notCapture);
      await page.keyboard.press('Escape');
      await importer.openFile('cut.pcapng', get.subarray(0, get.length - 40));
      await expect(importer.error.first()).toContainText(cut);
      await page.keyboard.press('Escape');
      await expect(importer.dialog).toBeHidden();
    }
  });

  test('the HAR view speaks each language', async ({ roundtrip, importer }) => {
    for (const [lang, words, summary, host] of [
      [
        'zh-CN',
        /HAR 不含分组：TCP/,
        '在场景编辑器中改动的地方（6 处）',
        '请求首部字段 Host 不发送：由用户代理自行写入。',
      ],
      [
        'zh-TW',
        /HAR 不含封包：TCP/,
        '在情境編輯器中變更的地方（6 處）',
        '請求標頭欄位 Host 不傳送：由使用者代理自行寫入。',
      ],
    ] as const) {
      await roundtrip.open({ scenario: 'get', lang });
      await importer.openFile('har.har');
      await expect(importer.har).toContainText(words);
      await expect(importer.harExchanges()).toHaveCount(5);
      const changes = importer.harChanges('/style.css');
      await expect(changes.locator('summary')).toHaveText(summary);
      await changes.locator('summary').click();
      await expect(changes.getByText(host)).toBeVisible();
      await roundtrip.expectNoAxeViolations();
    }
  });

  test('Share says a link cannot carry an opened capture instead of copying another session', async ({
    page,
    roundtrip,
    importer,
  }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await roundtrip.open({ scenario: 'get' });
    // A canned scenario: the link is offered, with no note.
    await expect(await roundtrip.share('Copy link to this moment')).toBeEnabled();
    await expect(page.getByTestId('share-link-imported')).toHaveCount(0);
    await page.keyboard.press('Escape');

    await importer.openCapture('post-form.pcapng');
    const copy = await roundtrip.share('Copy link to this moment');
    const note = page.getByTestId('share-link-imported');
    await expect(copy).toBeDisabled();
    await expect(note).toBeVisible();
    await expect(note).toHaveText(
      'A link cannot carry an opened capture (it may be large and private): to share it, export it as JSON and send the file.',
    );
    await expect(copy).toHaveAccessibleDescription(/A link cannot carry an opened capture/);
    await roundtrip.expectNoAxeViolations();
    // It keeps the focus (so the reason is heard), and pressing it copies nothing.
    const before = page.url();
    await page.evaluate(() => navigator.clipboard.writeText('untouched'));
    await copy.focus();
    await expect(copy).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.moment-status')).toHaveText('');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('untouched');
    expect(page.url()).toBe(before);

    await roundtrip.setLanguage('zh-CN');
    await roundtrip.share('复制此时刻的链接');
    await expect(note).toContainText('链接无法带上打开的捕获文件');
    await roundtrip.setLanguage('zh-TW');
    await roundtrip.share('複製此時刻的連結');
    await expect(note).toContainText('連結無法帶上開啟的擷取檔');
  });

  test('the one file opens a capture from disk with the network blocked', async ({
    page,
    roundtrip,
    importer,
  }) => {
    const file = pathToFileURL(
      join(resolve(import.meta.dirname, '..', 'dist-single'), SINGLE_FILE_NAME),
    ).href;
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(file) && !r.url().startsWith('blob:') && !r.url().startsWith('data:'))
        requests.push(r.url());
    });
    await page.context().route(/^(https?|wss?):/, (route) => route.abort());
    await page.goto(file);
    await roundtrip.waitUntilReady();
    await importer.openCapture('post-form.pcapng');
    const read = firstTimeline('post-form.pcapng').steps.findIndex(
      (st) => st.reason === 'request-line-parsed',
    );
    await roundtrip.goToStep(read);
    await expect(roundtrip.messageView).toContainText('POST /contact_form.php HTTP/1.1');
    expect(requests).toEqual([]);
  });
});
