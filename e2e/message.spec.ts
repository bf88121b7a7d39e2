import { expect, test } from './fixtures';

// get, step 20: the server has written its status line and four header lines.
const AT = { scenario: 'get', step: 20 } as const;

test.describe('the message bytes with a keyboard and a mouse', () => {
  test('say to press Tab, and outline the line Tab reaches', async ({ page, roundtrip }) => {
    await roundtrip.open({ ...AT, lang: 'en' });
    await expect(roundtrip.messageHint).toHaveText('Press Tab to read what each line means.', {
      useInnerText: true,
    });
    const line = roundtrip.messageLine(1);
    await line.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(line).toBeFocused();
    await expect(roundtrip.messageNote).toContainText('Content-Type: the media type of the body');
    expect(await roundtrip.outlineOf(line)).toMatch(/^solid 3px /);
  });
});

test.describe('the message bytes on a touch phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const [lang, hint] of [
    ['en', 'Tap a line to read what it means.'],
    ['zh-CN', '轻触任一行，查看该行的含义。'],
    ['zh-TW', '輕觸任一行，查看該行的意義。'],
  ] as const) {
    test(`say to tap, in ${lang}, and outline the tapped line as keyboard focus does`, async ({
      roundtrip,
    }) => {
      await roundtrip.open({ ...AT, lang });
      // No Tab key to press here.
      await expect(roundtrip.messageHint).toHaveText(hint, { useInnerText: true });
      const line = roundtrip.messageLine(1);
      const other = roundtrip.messageLine(2);
      await line.scrollIntoViewIfNeeded();
      await line.tap();
      await expect(roundtrip.messageNote).toContainText('Content-Type');
      const outline = await roundtrip.outlineOf(line);
      expect(outline).toMatch(/^solid 3px /);
      expect(await roundtrip.outlineOf(other)).not.toBe(outline);
      // A tap on another line moves the outline with the note.
      await other.tap();
      await expect(roundtrip.messageNote).toContainText('Content-Length');
      expect(await roundtrip.outlineOf(other)).toBe(outline);
      expect(await roundtrip.outlineOf(line)).not.toBe(outline);
    });
  }
});

test.describe('the hex view on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  // A row of sixteen bytes was wrapped as 13 and 3 at 390 px.
  test('writes each row of sixteen bytes on one line', async ({ page, roundtrip }) => {
    await roundtrip.open({ scenario: 'post-form', step: 10, lang: 'zh-CN' });
    await page.locator('.message-toolbar input[type="checkbox"]').check();
    const rows = page.locator('.message-lines.hex .hex-row');
    await expect(rows.first()).toBeVisible();
    const heights = await rows.evaluateAll((all) =>
      all.map((row) => {
        const style = getComputedStyle(row);
        return row.getBoundingClientRect().height / Number.parseFloat(style.lineHeight);
      }),
    );
    expect(heights.length).toBeGreaterThan(3);
    for (const lines of heights) expect(lines).toBeLessThan(1.5);
  });
});
