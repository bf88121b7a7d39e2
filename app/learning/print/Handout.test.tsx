import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeStep } from '../../explain/describe';
import { loadMessageFacts } from '../../explain/messageFacts';
import { loadExplainWords } from '../../explain/words';
import { scenarioTitle } from '../../shell/scenarioText';
import type { Lang } from '../../strings';
import { drawBooted } from '../../test-support/booted';
import { segmentLabel } from '../../timeline/geometry';
import { strings as workshopStrings } from '../../workshop/strings';
import Handout from './Handout';
import { printStrings } from './strings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const services = { describeStep, scenarioTitle, segmentLabel };

beforeAll(async () => {
  await loadMessageFacts();
  await loadExplainWords();
  window.print = vi.fn();
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function handout(query: string, lang: Lang): Promise<HTMLElement> {
  await drawBooted(query, lang, <Handout services={services} />);
  await act(async () => {});
  const article = document.querySelector<HTMLElement>('[data-testid="handout"]');
  if (!article) throw new Error('no handout');
  return article;
}

const why = (article: HTMLElement, step: number) =>
  article.querySelector(`[data-step="${step}"] .handout-why`)?.textContent ?? '';

describe('<Handout>', () => {
  it.each([
    ['en', 'Textbook (as the RFC figures draw it)', /Next step|Absolute seq/],
    ['zh-CN', '教科书（按 RFC 图示）', /下一步|勾选|textbook/],
    ['zh-TW', '教科書（依 RFC 圖示）', /下一步|勾選|textbook/],
  ] as const)(
    '%s: names the behavior as the workshop does, and asks for no control on paper',
    async (lang, profile, screenOnly) => {
      const article = await handout('?scenario=get', lang);
      const sub = article.querySelector('.handout-sub')?.textContent ?? '';
      expect(sub).toContain(profile);
      expect(sub).not.toMatch(/textbook/);
      expect(why(article, 0)).toMatch(/LISTEN/);
      expect(why(article, 1)).toMatch(/ISN/);
      for (const step of [0, 1]) expect(why(article, step)).not.toMatch(screenOnly);
    },
  );

  it('labels each segment as the screen’s diagram does, in the numbering on screen', async () => {
    const article = await handout('?scenario=get&lang=zh-CN', 'zh-CN');
    expect(article.querySelector('[data-step="2"] .handout-arrows text')?.textContent).toBe(
      '[SYN, ACK] Seq=0 Ack=1 Len=0',
    );
  });

  it('labels each segment in absolute numbers where the screen shows them so', async () => {
    const absolute = await handout('?scenario=get&seq=abs', 'en');
    expect(absolute.querySelector('[data-step="1"] .handout-arrows text')?.textContent).toMatch(
      /^\[SYN\] Seq=\d{4,} Len=0$/,
    );
  });

  it('names the profiles in the workshop’s words', () => {
    for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
      expect(printStrings[lang]['profile.textbook']).toBe(workshopStrings[lang].profileTextbook);
      expect(printStrings[lang]['profile.linux']).toBe(workshopStrings[lang].profileLinux);
    }
  });
});
