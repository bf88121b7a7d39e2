import type { FrameLocator, Locator, Page } from '@playwright/test';

/** Learning mode (issue 17) through the test contract: quiz, timing, handout. */
export class LearningPage {
  constructor(readonly page: Page) {}

  get question(): Locator {
    return this.page.getByTestId('quiz-question');
  }
  get feedback(): Locator {
    return this.page.getByTestId('quiz-feedback');
  }
  /** The feedback's "More" (shown on a phone, where the feedback is folded to one line). */
  get more(): Locator {
    return this.feedback.locator('.quiz-more');
  }
  /** The quiz's "Go to the question", shown while the cursor is before the step asked about. */
  get goToQuestion(): Locator {
    return this.page.getByTestId('quiz').getByRole('button', { name: 'Go to the question' });
  }
  /** What the quiz says to a screen reader without moving the focus (its live region). */
  get announcement(): Locator {
    return this.page.getByTestId('quiz').locator('[aria-live]');
  }
  /** The controls' "Next step", which a question holds back. */
  get nextStep(): Locator {
    return this.page.getByRole('button', { name: 'Next step', exact: true });
  }
  /** The line under the controls that says why Next step waits. */
  get heldNote(): Locator {
    return this.page.getByTestId('controls-held');
  }
  get timing(): Locator {
    return this.page.getByTestId('timing');
  }

  /** The page-with-images comparison in the timing panel: three ways, one row each. */
  get pageLoadChart(): Locator {
    return this.page.getByTestId('page-load-chart');
  }
  get pageLoadRows(): Locator {
    return this.pageLoadChart.getByTestId('page-load-row');
  }
  /** The row of one way (`non-persistent`, `persistent`, `parallel`). */
  pageLoadRow(way: string): Locator {
    return this.pageLoadChart.locator(`[data-testid="page-load-row"][data-way="${way}"]`);
  }
  /** Sets the chart's number of images, or its link. */
  async setPageLoad(field: 'images' | 'latency' | 'rate', value: number): Promise<void> {
    await this.pageLoadChart.getByTestId(`page-load-${field}`).fill(String(value));
  }

  /** The choices of the question on screen, as buttons. */
  choices(scope: Page | FrameLocator = this.page): Locator {
    return scope.getByTestId('quiz-question').getByRole('button');
  }

  /** Presses the choice of the question on screen that reads `text`. */
  async choose(text: string, scope: Page | FrameLocator = this.page): Promise<void> {
    await scope
      .getByTestId('quiz-question')
      .getByRole('button', { name: text, exact: true })
      .click();
  }
}
