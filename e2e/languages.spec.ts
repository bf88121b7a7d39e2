import { en } from '../app/strings/en';
import { SCENARIOS } from '../src/index';
import { expect, test } from './fixtures';

// English interface text that must not show on a Chinese page: every fragment
// of the English catalogue long enough to be a phrase (protocol tokens are
// single words, RFC names, header lines, and are left out by this rule).
const ENGLISH = [
  ...new Set(
    Object.entries(en)
      .filter(([key]) => !/^(app\.title|lang\.|rfc\.|token\.)/.test(key))
      .flatMap(([, v]) => v.split(/\{\w+\}/))
      .map((s) => s.trim())
      .filter((s) => s.length >= 10 && / [a-z]+ /.test(s)),
  ),
];

for (const lang of ['zh-CN', 'zh-TW'] as const) {
  test(`every scenario in ${lang} shows no English interface text`, async ({ roundtrip, page }) => {
    // Fifteen page loads: more than the default 30 s allows on a busy two-core machine.
    test.setTimeout(90_000);
    for (const scenario of SCENARIOS) {
      await roundtrip.open({ scenario: scenario.id, step: 12, lang });
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // innerText, not textContent: only the text a person sees counts.
      const text = await page.locator('body').innerText();
      expect
        .soft(
          ENGLISH.filter((s) => text.includes(s)),
          scenario.id,
        )
        .toEqual([]);
    }
  });
}

test('switching language keeps the scenario and the step, and is remembered', async ({
  roundtrip,
  page,
}) => {
  await roundtrip.open({ scenario: 'post-form', step: 9, lang: 'en' });
  await roundtrip.setLanguage('zh-CN');
  await expect(roundtrip.stepCounter).toHaveText(/^第 9 步/);
  await expect(page).toHaveURL(/scenario=post-form&step=9&lang=zh-CN/);
  await expect(page.getByRole('button', { name: '下一步' })).toBeVisible();
  await roundtrip.setLanguage('zh-TW');
  await expect(page.getByRole('button', { name: '上一步' })).toBeVisible();
  await expect(page.getByTestId('client-state')).toHaveText(/^[A-Z-]+$/);
  // Without a lang parameter, the remembered choice applies.
  await page.goto('./?scenario=get');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
});
