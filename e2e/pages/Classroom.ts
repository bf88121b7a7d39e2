import { expect, type Locator, type Page } from '@playwright/test';
import type { RoundtripPage } from './RoundtripPage';

/** The classroom features through the test contract: phases, moments, granularity, projector. */
export class Classroom {
  readonly phaseRail: Locator;
  readonly legend: Locator;
  readonly copyLink: Locator;
  readonly page: Page;

  constructor(readonly roundtrip: RoundtripPage) {
    this.page = roundtrip.page;
    this.phaseRail = this.page.getByTestId('phase-rail');
    this.legend = this.page.getByTestId('legend');
    this.copyLink = this.page.getByRole('button', { name: 'Copy link to this moment' });
  }

  /** Opens the app at a raw query (`scenario=get&moment=status-line`). */
  async open(query: string): Promise<void> {
    await this.page.goto(`./?${query}`);
    await expect(this.roundtrip.stepCounter).toBeVisible();
  }

  /** A phase chip of the rail, by its name (“Status line”, “Connect”…). */
  phase(name: string | RegExp): Locator {
    return this.phaseRail.getByRole('button', { name });
  }

  /** The URL's query parameters, once the URL has been written. */
  async param(name: string): Promise<string | null> {
    return new URL(this.page.url()).searchParams.get(name);
  }

  /** The element that has the focus: its class names and tag. */
  async focused(): Promise<string> {
    return this.page.evaluate(
      () => `${document.activeElement?.localName}.${document.activeElement?.className}`,
    );
  }
}
