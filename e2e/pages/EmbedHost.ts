import type { Frame, Page } from '@playwright/test';

/**
 * A course page of the test's own, served at the app's origin: one frame, `width` px wide, whose
 * height the page sets to each height the embed posts (docs/embedding.md), and which records
 * every message the embed posts.
 */
export function recordingHost(src: string, width: number | '100%'): string {
  const size =
    width === '100%'
      ? 'style="border:0;display:block;width:100%"'
      : `width="${width}" style="border:0;display:block"`;
  return `<!doctype html>
<html><body style="margin:0">
<iframe id="f" src="${src}" ${size} height="300"></iframe>
<script>
  window.heard = [];
  window.addEventListener('message', (e) => {
    window.heard.push({ data: e.data, at: performance.now(), origin: e.origin });
    const d = e.data;
    if (d && d.source === 'roundtrip' && d.type === 'resize') {
      document.getElementById('f').style.height = d.height + 'px';
    }
  });
</script></body></html>`;
}

export type Heard = { data: Record<string, unknown>; at: number; origin: string }[];

/** What one step of a framed embed looks like from inside it. */
export interface EmbedFit {
  /** The embed's content height. */
  content: number;
  /** Whether its document scrolls inside the frame, down or across. */
  scrolls: boolean;
}

/** The page object of a recording host and the embed in it. */
export class EmbedHost {
  constructor(readonly page: Page) {}

  /** Serves `html` as a page of the app's own origin, and opens it. */
  async openPage(name: string, html: string): Promise<void> {
    await this.page.route(`**/${name}`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    );
    await this.page.goto(`./${name}`);
  }

  /** Opens the embed at `query` in a recording host; its frame once the app is drawn. */
  async open(query: string, width: number | '100%'): Promise<Frame> {
    await this.openPage('recording-host.html', recordingHost(`./?${query}`, width));
    return this.frame();
  }

  /** The frame of the iframe `selector`, once its document has drawn the app. */
  async frame(selector = '#f'): Promise<Frame> {
    const element = this.page.locator(selector);
    await element.scrollIntoViewIfNeeded();
    const frame = await (await element.elementHandle())?.contentFrame();
    if (!frame) throw new Error(`no frame in ${selector}`);
    await frame.waitForFunction(() => performance.getEntriesByName('roundtrip:ready').length);
    return frame;
  }

  /** Every message the embed has posted. */
  heard(): Promise<Heard> {
    return this.page.evaluate(() => (window as unknown as { heard: Heard }).heard);
  }

  /** The heights the embed has posted, in order. */
  async postedHeights(): Promise<number[]> {
    return (await this.heard())
      .filter((m) => m.data?.source === 'roundtrip' && m.data.type === 'resize')
      .map((m) => Number(m.data.height));
  }

  /** The last step's number, from the step counter ("Step 3 of 39", 「第 3 步，共 39 步」). */
  async lastStep(frame: Frame): Promise<number> {
    const text = (await frame.getByTestId('step-counter').textContent()) ?? '';
    return Number(/(\d+)\D*$/.exec(text)?.[1]);
  }

  /**
   * Presses `next` (the "Next step" button's name in the embed's language) from the first step
   * to the last and says how the embed fits at each step, once it is drawn. At every
   * `quietEvery`-th step and the last it lets the layout go quiet for `quietMs` first (a height
   * is posted once it has been for QUIET_MS), so that the page hears the heights of those
   * steps; stepping on at once would leave nothing to post but the last. In the frame, in one
   * round trip: a press from the test costs several times the wait.
   */
  async stepThrough(
    frame: Frame,
    next: string,
    { quietMs, quietEvery }: { quietMs: number; quietEvery: number },
  ): Promise<EmbedFit[]> {
    const last = await this.lastStep(frame);
    return frame.evaluate(
      async ({ next, quietMs, quietEvery, last }) => {
        const measure = () => {
          const doc = document.scrollingElement ?? document.documentElement;
          const explain = document.querySelector('.region-explain');
          return {
            content: Math.ceil(
              document.querySelector('.embed')?.getBoundingClientRect().height ?? 0,
            ),
            scrolls:
              doc.scrollHeight > doc.clientHeight ||
              doc.scrollWidth > doc.clientWidth ||
              (explain ? explain.scrollHeight > explain.clientHeight : false),
          };
        };
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent?.trim() === next,
        );
        if (!button) throw new Error(`no button ${next}`);
        const fits = [measure()];
        for (let step = 1; step <= last; step++) {
          button.click();
          if (step % quietEvery === 0 || step === last) {
            await new Promise((r) => setTimeout(r, quietMs));
          } else {
            // Drawn: the frame after the press, and the layout of the one after it.
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          }
          fits.push(measure());
        }
        return fits;
      },
      { next, quietMs, quietEvery, last },
    );
  }
}
