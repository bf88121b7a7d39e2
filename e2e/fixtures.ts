import { test as base } from '@playwright/test';
import { Classroom } from './pages/Classroom';
import { ImportPage } from './pages/Import';
import { LearningPage } from './pages/Learning';
import { RoundtripPage } from './pages/RoundtripPage';
import { Workshop } from './pages/Workshop';

/** Tests get the page objects injected, and run with animations off unless they ask. */
export const test = base.extend<{
  roundtrip: RoundtripPage;
  classroom: Classroom;
  workshop: Workshop;
  importer: ImportPage;
  learning: LearningPage;
}>({
  roundtrip: async ({ page }, use) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await use(new RoundtripPage(page));
  },
  classroom: async ({ roundtrip }, use) => {
    await use(new Classroom(roundtrip));
  },
  workshop: async ({ page }, use) => {
    await use(new Workshop(page));
  },
  importer: async ({ page }, use) => {
    await use(new ImportPage(page));
  },
  learning: async ({ page }, use) => {
    await use(new LearningPage(page));
  },
});
export { expect } from '@playwright/test';
