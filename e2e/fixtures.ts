import { test as base } from '@playwright/test';
import { LearningPage } from './pages/Learning';
import { RoundtripPage } from './pages/RoundtripPage';

/** Tests get the page object injected, and run with animations off unless they ask. */
export const test = base.extend<{ roundtrip: RoundtripPage; learning: LearningPage }>({
  roundtrip: async ({ page }, use) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await use(new RoundtripPage(page));
  },
  learning: async ({ page }, use) => {
    await use(new LearningPage(page));
  },
});
export { expect } from '@playwright/test';
