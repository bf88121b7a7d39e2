/**
 * An embed that sizes itself: whenever the height of its content changes, it posts
 * `{ source: 'roundtrip', type: 'resize', height }` to the page around it (resize.ts decides
 * which heights, once the layout is quiet), and it answers H5P's resizer protocol, so that a
 * page that loads h5p-resizer.js (Moodle and WordPress pages with H5P content do) sizes it with
 * no code of its own: hello, then prepareResize and resize with the content's height whenever
 * it changes or the page asks. docs/embedding.md.
 */
import { type RefObject, useEffect } from 'react';
import { h5pMessage, parseH5p, resizeMessage } from './bridge';
import { embedPeer, fromPeer } from './peer';
import { HeightReporter, QUIET_MS } from './resize';

/** Set on <html> once an H5P resizer has answered: the page sizes the frame to its content. */
export const SIZED_CLASS = 'is-sized';

export function useAutoSize(content: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = content.current;
    const peer = embedPeer();
    if (!el || !peer || typeof ResizeObserver === 'undefined') return;
    const send = (message: unknown) => peer.parent.postMessage(message, peer.origin);
    let h5p = false;
    const reporter = new HeightReporter(
      (height) => {
        send(resizeMessage(height));
        if (h5p) send(h5pMessage('prepareResize', height));
      },
      () => performance.now(),
    );
    const measure = () => {
      const box = el.getBoundingClientRect();
      reporter.report(box.height, box.width);
    };
    let timer = 0;
    const observer = new ResizeObserver(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(measure, QUIET_MS);
    });
    observer.observe(el);
    measure();
    send(h5pMessage('hello'));

    const onMessage = (e: MessageEvent) => {
      if (!fromPeer(e, peer)) return;
      const action = parseH5p(e.data);
      const height = reporter.current ?? Math.ceil(el.getBoundingClientRect().height);
      if (action === 'ready') send(h5pMessage('hello'));
      else if (action === 'hello') {
        h5p = true;
        document.documentElement.classList.add(SIZED_CLASS);
        send(h5pMessage('prepareResize', height));
      } else if (action === 'resizePrepared') send(h5pMessage('resize', height));
      // The page's window changed size: measure again.
      else if (action === 'resize' && h5p) send(h5pMessage('prepareResize', height));
    };
    window.addEventListener('message', onMessage);
    return () => {
      window.clearTimeout(timer);
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [content]);
}
