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
  get timing(): Locator {
    return this.page.getByTestId('timing');
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
