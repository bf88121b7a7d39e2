import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Collects every Content-Security-Policy violation, in the page and in its frames. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${location.pathname} ${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  return violations;
}

/** Appends an inline script, as an injected payload would, and says whether it ran. */
async function inlineScriptRuns(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    await new Promise((r) => setTimeout(r, 50));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
}

test.describe('the hardened page', () => {
  test('carries a strict Content-Security-Policy and breaks none of it', async ({
    page,
    roundtrip,
  }) => {
    const violations = await watchViolations(page);
    await roundtrip.open();
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    // An inline script, as an injected payload would try, does not run.
    expect(await inlineScriptRuns(page)).toBe(false);
    expect(violations.some((v) => v.startsWith('/ script-src'))).toBe(true);
    violations.length = 0;
    await roundtrip.button('Next step').click();
    expect(violations).toEqual([]);
  });

  test('nothing the app does needs an exception to it: animation, languages, dialogs, embed', async ({
    page,
    roundtrip,
  }) => {
    const violations = await watchViolations(page);
    // Animation on: framer-motion writes styles, which must go through the CSSOM.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await roundtrip.open({ scenario: 'lost-segment', lang: 'en' });
    for (let i = 0; i < 12; i++) await roundtrip.pressNext();
    await roundtrip.button('Play').click();
    await page.waitForTimeout(1500);
    await roundtrip.button('Pause').click();
    await (await roundtrip.display('Projector mode')).check();
    await roundtrip.showKeys();
    await page.keyboard.press('Escape');
    await page
      .getByText(/^(Message bytes|Sequence diagram)$/)
      .first()
      .scrollIntoViewIfNeeded();
    await roundtrip.setLanguage('zh-TW');
    await roundtrip.setLanguage('zh-CN');
    await roundtrip.open({ scenario: 'large-response', lang: 'en', embed: true });
    for (let i = 0; i < 12; i++) await roundtrip.pressNext();
    expect(violations).toEqual([]);
  });

  test('the embed demo has a strict policy of its own, and its embeds work under it', async ({
    page,
  }) => {
    const violations = await watchViolations(page);
    await page.goto('./embed-demo.html');
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    // It drives an embed and hears it, as the embed spec shows, without breaking the policy.
    await expect(page.locator('#embed1-status')).toContainText('step 0 of');
    await page.getByRole('button', { name: 'The server answers with SYN, ACK.' }).click();
    await expect(page.locator('#embed1-status')).toHaveAttribute('data-step', '2');
    await page.locator('#embed2').scrollIntoViewIfNeeded();
    await expect(page.locator('#embed2-status')).toContainText('(lost-segment)');
    // An inline script, as an injected payload would try, does not run in the demo either.
    expect(await inlineScriptRuns(page)).toBe(false);
    expect(violations).toEqual(['/embed-demo.html script-src-elem inline']);
  });
});
