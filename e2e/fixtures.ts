import { test as base } from '@playwright/test';
import { RoundtripPage } from './pages/RoundtripPage';

/** Tests get the page object injected, and run with animations off unless they ask. */
export const test = base.extend<{ roundtrip: RoundtripPage }>({
  roundtrip: async ({ page }, use) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await use(new RoundtripPage(page));
  },
});
export { expect } from '@playwright/test';
