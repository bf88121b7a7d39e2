import { test as base } from '@playwright/test';
import { Classroom } from './pages/Classroom';
import { RoundtripPage } from './pages/RoundtripPage';

/** Tests get the page object injected, and run with animations off unless they ask. */
export const test = base.extend<{ roundtrip: RoundtripPage; classroom: Classroom }>({
  roundtrip: async ({ page }, use) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await use(new RoundtripPage(page));
  },
  classroom: async ({ roundtrip }, use) => {
    await use(new Classroom(roundtrip));
  },
});
export { expect } from '@playwright/test';
