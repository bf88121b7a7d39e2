import { test as base } from '@playwright/test';
import { RoundtripPage } from './pages/RoundtripPage';
import { Workshop } from './pages/Workshop';

/** Tests get the page objects injected, and run with animations off unless they ask. */
export const test = base.extend<{ roundtrip: RoundtripPage; workshop: Workshop }>({
  roundtrip: async ({ page }, use) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await use(new RoundtripPage(page));
  },
  workshop: async ({ page }, use) => {
    await use(new Workshop(page));
  },
});
export { expect } from '@playwright/test';
