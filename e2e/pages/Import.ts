/** The importer through the test contract: "Open a capture", the chooser, the import error. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

export const CAPTURES = resolve(import.meta.dirname, '..', '..', 'fixtures', 'captures');

export class ImportPage {
  readonly openButton: Locator;
  readonly input: Locator;
  readonly chooser: Locator;
  readonly error: Locator;
  readonly dialog: Locator;
  /** A HAR opened: its exchanges on one time axis. */
  readonly har: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByRole('button', { name: 'Open a capture', exact: true });
    this.input = page.getByTestId('open-capture-input');
    this.chooser = page.getByTestId('conversation-chooser');
    this.error = page.getByTestId('import-error');
    this.dialog = page.locator('dialog.import-dialog');
    this.har = page.getByTestId('har-view');
  }

  /** The HAR's exchanges, grouped by connection, in order of start within each. */
  harExchanges(): Locator {
    return this.har.getByTestId('har-exchange');
  }

  /** The exchange whose request URL ends with `path`. */
  harExchange(path: string): Locator {
    const url = new RegExp(`${path.replace(/[.?*+^$()[\]{}|\\]/g, '\\$&')}$`);
    return this.harExchanges().filter({ has: this.page.locator('.har-request', { hasText: url }) });
  }

  /** "Simulate this exchange" of the exchange whose URL ends with `path`. */
  simulateButton(path: string): Locator {
    return this.harExchange(path).getByRole('button', { name: /^Simulate this exchange/ });
  }

  /** Beside that button: the disclosure listing what the workshop changes from the browser's exchange. */
  harChanges(path: string): Locator {
    return this.harExchange(path).getByTestId('har-changes');
  }

  /** The chooser's buttons, one per TCP connection, in capture order. */
  conversations(): Locator {
    return this.chooser.getByRole('button');
  }

  /** Opens a file through the file picker, as a person choosing it would. */
  async openFile(name: string, buffer?: Buffer): Promise<void> {
    await this.input.setInputFiles({
      name,
      mimeType: 'application/octet-stream',
      buffer: buffer ?? readFileSync(join(CAPTURES, name)),
    });
  }

  /** Opens a file from disk through the file picker (a large one the test wrote). */
  async openPath(path: string): Promise<void> {
    await this.input.setInputFiles(path);
  }

  /** Drops a file anywhere on the page, as dragging it from the desktop does. */
  async dropFile(name: string, buffer: Buffer): Promise<void> {
    await this.page.evaluate(
      ({ name, bytes }) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], name));
        const target = document.querySelector('main') ?? document.body;
        target.dispatchEvent(
          new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
        );
        target.dispatchEvent(
          new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      },
      { name, bytes: [...buffer] },
    );
  }

  /** The imported session named after `file`, once it is on screen (the scenario picker lists it). */
  loaded(file: string): Locator {
    return this.page.locator('.scenario-picker option[value="imported"]', { hasText: file });
  }

  /** Opens a capture and, if it offers a choice, its connection `index`; waits until it is on screen. */
  async openCapture(name: string, index = 0): Promise<void> {
    await this.openFile(name);
    await expect(this.chooser.or(this.loaded(name)).first()).toBeAttached();
    if (await this.chooser.isVisible()) await this.conversations().nth(index).click();
    await expect(this.loaded(name)).toBeAttached();
    await expect(this.dialog).toBeHidden();
  }

  /** The Export menu's choice to scrub cookies, Authorization or bodies, set on or off. */
  async scrub(kind: 'cookies' | 'authorization' | 'bodies', on: boolean): Promise<void> {
    const exportButton = this.page.getByRole('button', { name: 'Export', exact: true });
    if ((await exportButton.getAttribute('aria-expanded')) !== 'true') await exportButton.click();
    const item = this.page
      .getByRole('menuitemcheckbox')
      .and(this.page.locator(`[data-scrub="${kind}"]`));
    if ((await item.getAttribute('aria-checked')) !== String(on)) await item.click();
    await expect(item).toHaveAttribute('aria-checked', String(on));
    await this.page.keyboard.press('Escape');
  }

  /** Export › format: the file the browser downloads, as bytes, with its suggested name. */
  async export(
    format: 'pcapng' | 'svg' | 'png' | 'json' | 'text',
  ): Promise<{ name: string; bytes: Buffer }> {
    await this.page.getByRole('button', { name: 'Export', exact: true }).click();
    const item = this.page.getByRole('menu').locator(`[data-format="${format}"]`);
    const [download] = await Promise.all([this.page.waitForEvent('download'), item.click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }
}
