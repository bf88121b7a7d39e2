import { expect, type Locator, type Page } from '@playwright/test';

type Box = { x: number; y: number; width: number; height: number };

/** The scenario workshop, through the test contract (docs/test-contract.md). */
export class Workshop {
  readonly editButton: Locator;
  readonly panel: Locator;
  readonly request: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.editButton = page.getByRole('button', { name: 'Edit this scenario', exact: true });
    this.panel = page.locator('#workshop');
    this.request = page.getByRole('textbox', { name: 'Request', exact: true });
    this.error = page.getByTestId('workshop-error');
  }

  /** Opens the workshop from the header, with the keyboard. */
  async open(): Promise<void> {
    await this.editButton.focus();
    await this.page.keyboard.press('Enter');
    await expect(this.request).toBeVisible();
  }

  /** Opens "Edit as a form" under the Request box. */
  async openForm(): Promise<void> {
    const summary = this.panel.locator('summary', { hasText: 'Edit as a form' });
    await summary.click();
    await expect(this.panel.locator('.workshop-form-body')).toBeVisible();
  }

  /** Whether header `n`'s name box shows its whole text. */
  async headerNameWhole(n: number): Promise<boolean> {
    return this.panel
      .getByRole('textbox', { name: `Header ${n}: name`, exact: true })
      .evaluate(
        (el) => (el as HTMLInputElement).scrollWidth <= (el as HTMLInputElement).clientWidth,
      );
  }

  /**
   * Whether the explanation covers the Request box once the box is scrolled to the bottom of the
   * screen (on a phone the explanation sticks there while the diagram is in view).
   */
  async requestUnderExplanation(): Promise<boolean> {
    return this.request.evaluate((box) => {
      box.scrollIntoView({ block: 'end' });
      const explain = document.querySelector('.region-explain');
      if (!explain) return false;
      const a = box.getBoundingClientRect();
      const b = explain.getBoundingClientRect();
      return a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;
    });
  }

  /** Types into the Request box as a person would edit it: the whole text replaced. */
  async setRequest(text: string): Promise<void> {
    await this.request.fill(text);
  }

  /**
   * Edits the GET on screen into the user's own scenario, `GET /docs`, as a teacher's first edit:
   * the link turns custom. Returns the Request box's text.
   */
  async editGetToDocs(): Promise<string> {
    const text = (await this.request.inputValue()).replace('GET / ', 'GET /docs ');
    await this.setRequest(text);
    await expect(this.page).toHaveURL(/scenario=custom/);
    return text;
  }

  /** Where the Request box's top is on the page (px from the document's top). */
  async requestTop(): Promise<number> {
    return this.request.evaluate((box) => box.getBoundingClientRect().top + window.scrollY);
  }

  /** Adds a header line at the end of the head (before the blank line). */
  async addHeaderLine(line: string): Promise<void> {
    const text = await this.request.inputValue();
    await this.setRequest(text.replace('\n\n', `\n${line}\n\n`));
  }

  /** "Edit as a form"'s control by its accessible name (Method, Header 2: name…). */
  formControl(name: string): Locator {
    return this.panel.locator('.workshop-form-body').getByRole('textbox', { name, exact: true });
  }

  /** The reason a form control is refused (its aria-describedby), or '' when it is not. */
  async controlReason(control: Locator): Promise<string> {
    const id = await control.getAttribute('aria-describedby');
    return id ? ((await this.page.locator(`[id="${id}"]`).textContent()) ?? '') : '';
  }

  /** The drafts kept in the browser's storage, each as its Request boxes' text. */
  async storedDraftTexts(): Promise<string[][]> {
    return this.page.evaluate(() => {
      const raw = localStorage.getItem('roundtrip.workshop.draft');
      const drafts: { texts: string[] }[] = raw ? (JSON.parse(raw).drafts ?? []) : [];
      return drafts.map((d) => d.texts);
    });
  }

  /** Presses "Reset to the original" (its dialog opens). */
  async askReset(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Reset to the original' }).click();
    await expect(this.page.getByRole('dialog')).toBeVisible();
  }

  /** Presses Tab, as a keyboard user does, until `target` has the focus. */
  async tabTo(target: Locator, most = 80): Promise<void> {
    for (let i = 0; i < most; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  }

  /**
   * How far `target`'s box ends above the top of the player bar that sticks to the bottom of a
   * phone's screen (negative: some of it is behind the bar).
   */
  async clearanceAboveControls(target: Locator): Promise<number> {
    const box = await target.boundingBox();
    const bar = await this.page.locator('.shell-controls').boundingBox();
    if (!box || !bar) throw new Error('no box to measure');
    return bar.y - (box.y + box.height);
  }

  /** A named fault ("a control whose label contains drop"), by its words. */
  fault(name: RegExp): Locator {
    return this.panel.getByLabel(name);
  }

  /** Sets the link's one-way latency in the Network fields. */
  async setLatency(ms: number): Promise<void> {
    await this.panel.getByLabel('One-way latency (ms)', { exact: true }).fill(String(ms));
  }

  /** Presses "Copy link" and returns what it put on the clipboard. */
  async copyLink(): Promise<string> {
    await this.panel.getByRole('button', { name: 'Copy link' }).click();
    await expect(this.panel.getByText('Link copied.')).toBeVisible();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** The Behavior choice: the profile the scenario runs under (`textbook`, `linux`). */
  get behavior(): Locator {
    return this.panel.getByRole('combobox', { name: 'Behavior', exact: true });
  }

  /** Route n's Status list. */
  routeStatus(n: number): Locator {
    return this.panel.getByRole('combobox', { name: 'Status', exact: true }).nth(n - 1);
  }

  /** The boxes of route n's Status label, list and refusal. */
  async routeStatusBoxes(n: number): Promise<Record<'label' | 'list' | 'reason', Box>> {
    const list = this.routeStatus(n);
    await list.scrollIntoViewIfNeeded();
    const id = ((await list.getAttribute('aria-describedby')) ?? '').split(' ')[0] ?? '';
    const box = async (part: Locator) => {
      const b = await part.boundingBox();
      if (!b) throw new Error('no box to measure');
      return b;
    };
    return {
      label: await box(this.page.locator(`label[for="${await list.getAttribute('id')}"]`)),
      list: await box(list),
      reason: await box(this.page.locator(`[id="${id}"]`)),
    };
  }

  /** A field of the network part (latency, MSL, initial RTO…), by its label. */
  field(name: RegExp): Locator {
    return this.panel.getByRole('spinbutton', { name });
  }

  /** The reason the validator gives beside a field (its aria-describedby). */
  async fieldReason(field: Locator): Promise<string> {
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(' ');
    const id = ids.find((x) => x.endsWith('-error'));
    return id ? ((await this.page.locator(`[id="${id}"]`).textContent()) ?? '') : '';
  }

  /** Route n's "Type this route’s response by hand" switch. */
  rawToggle(n: number): Locator {
    return this.panel
      .getByRole('checkbox', { name: 'Type this route’s response by hand' })
      .nth(n - 1);
  }

  /** Route n's response typed by hand. */
  response(n: number): Locator {
    return this.panel.getByRole('textbox', {
      name: `Response of route ${n}, as sent`,
      exact: true,
    });
  }
}
