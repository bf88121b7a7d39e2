import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export interface OpenOptions {
  scenario?: string;
  step?: number;
  lang?: string;
  embed?: boolean;
}

/** The page object: tests speak the test contract of PRODUCT.md through it. */
export class RoundtripPage {
  readonly clientState: Locator;
  readonly serverState: Locator;
  readonly stepCounter: Locator;
  readonly explanation: Locator;
  readonly messageView: Locator;

  constructor(readonly page: Page) {
    this.clientState = page.getByTestId('client-state');
    this.serverState = page.getByTestId('server-state');
    this.stepCounter = page.getByTestId('step-counter');
    this.explanation = page.getByTestId('step-explanation');
    this.messageView = page.getByTestId('message-view');
  }

  async open(options: OpenOptions = {}): Promise<void> {
    const params = new URLSearchParams();
    if (options.scenario !== undefined) params.set('scenario', options.scenario);
    if (options.step !== undefined) params.set('step', String(options.step));
    if (options.lang !== undefined) params.set('lang', options.lang);
    if (options.embed) params.set('embed', '1');
    const query = params.toString();
    await this.page.goto(query ? `./?${query}` : './');
    await expect(this.stepCounter).toBeVisible();
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  /** Zero accessibility violations against WCAG 2.2 A and AA. */
  async expectNoAxeViolations(): Promise<void> {
    const results = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })),
    ).toEqual([]);
  }
}
