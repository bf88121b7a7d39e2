import { test as base } from '@playwright/test';
import { ImportPage } from './pages/Import';
import { RoundtripPage } from './pages/RoundtripPage';

/** Tests get the page object injected, and run with animations off unless they ask. */
export const test = base.extend<{ roundtrip: RoundtripPage; importer: ImportPage }>({
  roundtrip: async ({ page }, use) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await use(new RoundtripPage(page));
  },
  importer: async ({ page }, use) => {
    await use(new ImportPage(page));
  },
});
export { expect } from '@playwright/test';
