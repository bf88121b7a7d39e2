import { MDN_SITE, TYPICAL_LINK } from './common';
import type { Scenario } from './types';

/**
 * The seven steps of the source articles (docs/sources.md): "一般情况下,一旦Web服务器向浏览器发送了请求数据,
 * 它就要关闭TCP连接" (the server closes once it has sent the data). The request says
 * `Connection: close`, so the server closes first (RFC 9112 §9.6) and ends in TIME-WAIT; the
 * client closes when it sees the server's FIN.
 */
export const connectionClose: Scenario = {
  id: 'connection-close',
  title: 'Connection: close (the server closes: the seven steps)',
  profile: 'textbook',
  seed: 6,
  link: TYPICAL_LINK,
  site: MDN_SITE,
  requests: [
    {
      method: 'GET',
      target: '/',
      headers: [
        ['Accept-Language', 'fr'],
        ['Connection', 'close'],
      ],
    },
  ],
};
