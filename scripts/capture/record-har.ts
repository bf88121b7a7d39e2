/**
 * npx tsx scripts/capture/record-har.ts URL OUT.har
 *
 * Loads URL in headless Chromium (the tests' browser and flags,
 * scripts/chromium.ts) with Playwright's recordHar, waits until the page says
 * it has loaded everything, and writes the HAR 1.2 file Chromium's session
 * produced. Used by scripts/capture/extra.sh for the HAR fixture.
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium';

const [url, out] = process.argv.slice(2);
if (!url || !out) {
  process.stderr.write('usage: record-har.ts URL OUT.har\n');
  process.exit(2);
}
const browser = await chromium.launch(chromiumLaunchOptions);
const context = await browser.newContext({ recordHar: { path: out, content: 'embed' } });
const page = await context.newPage();
await page.goto(url);
await page.getByText('Loaded.').waitFor();
// The HAR is written when the context closes.
await context.close();
await browser.close();
