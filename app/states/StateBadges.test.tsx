/**
 * The badges show one connection's states. Where a session has several (a page with images, a
 * port's next incarnation), they say which one, by its number and client port.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../strings';
import { drawBooted } from '../test-support/booted';
import { StateBadges } from './StatesPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

async function badgesAt(query: string, lang: Lang = 'en') {
  const { host, store } = await drawBooted(`${query}&lang=${lang}`, lang, <StateBadges />);
  const timeline = store.getState().timeline;
  if (!timeline) throw new Error('no timeline');
  const step = timeline.steps[store.getState().cursor];
  const caption = host.querySelector('[data-testid="badge-connection"]')?.textContent ?? null;
  return { host, timeline, step, caption };
}

describe('<StateBadges>', () => {
  it('names no connection where the session has one', async () => {
    const { caption } = await badgesAt('?scenario=get&step=10');
    expect(caption).toBeNull();
  });

  it("names the step's connection, by number and client port, where there are several", async () => {
    const { timeline, step, caption } = await badgesAt('?scenario=page-with-images&step=40');
    expect(timeline.connections).toHaveLength(4);
    if (!step) throw new Error('no step');
    // At step 40 the second connection opens while the first one closes.
    expect(step.connection).toBe(1);
    const port = timeline.connections[1]?.clientPort;
    expect(caption).toBe(`Connection 2 of 4, client port ${port}`);
  });

  it('says it in each language', async () => {
    const zhCN = await badgesAt('?scenario=time-wait-old-segment&step=60', 'zh-CN');
    expect(zhCN.caption).toBe('第 2 个连接（共 2 个），客户端端口 50000');
    document.body.innerHTML = '';
    const zhTW = await badgesAt('?scenario=time-wait-old-segment&step=60', 'zh-TW');
    expect(zhTW.caption).toBe('第 2 條連線（共 2 條），用戶端連接埠 50000');
  });
});
