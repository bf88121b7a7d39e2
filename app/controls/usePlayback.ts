/**
 * The player's clock: one timer, armed only while playing, while the page is
 * visible and while the app is on screen (an embed scrolled away costs no CPU).
 */
import { type RefObject, useEffect, useState } from 'react';
import { useApp, useAppStore } from '../store';
import { dwellMs } from '../store/playback';

export function usePlayback(root: RefObject<Element | null>) {
  const store = useAppStore();
  const playing = useApp((s) => s.playing);
  const speed = useApp((s) => s.speed);
  const cursor = useApp((s) => s.cursor);
  const [visible, setVisible] = useState(() => typeof document === 'undefined' || !document.hidden);
  const [onScreen, setOnScreen] = useState(true);

  useEffect(() => {
    const onChange = () => setVisible(!document.hidden);
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);

  useEffect(() => {
    const el = root.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    // In an iframe the implicit root is the top-level viewport, so this also
    // knows when the course page has scrolled the embed out of sight.
    const io = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setOnScreen(entry.isIntersecting);
    });
    io.observe(el);
    return () => io.disconnect();
  }, [root]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-armed at every step on purpose
  useEffect(() => {
    if (!playing || !visible || !onScreen) return;
    const id = window.setTimeout(() => store.getState().tick(), dwellMs(speed));
    return () => window.clearTimeout(id);
  }, [store, playing, visible, onScreen, speed, cursor]);
}
