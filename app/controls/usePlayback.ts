/**
 * The player's clock: one timer, armed only while playing, while the page is
 * visible and while the app is on screen (an embed scrolled away costs no CPU).
 * It follows the cursor through the store, not through React, so that a step
 * re-renders only the views that show it.
 */
import { type RefObject, useEffect, useState } from 'react';
import { useApp, useAppStore } from '../store';
import { dwellMs } from '../store/playback';

export function usePlayback(root: RefObject<Element | null>) {
  const store = useAppStore();
  const playing = useApp((s) => s.playing);
  const speed = useApp((s) => s.speed);
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

  useEffect(() => {
    if (!playing || !visible || !onScreen) return;
    let id = 0;
    // Each step, by the timer or by hand, stays on screen for a full dwell.
    const arm = () => {
      window.clearTimeout(id);
      id = window.setTimeout(() => store.getState().tick(), dwellMs(speed));
    };
    arm();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.cursor !== prev.cursor) arm();
    });
    return () => {
      unsubscribe();
      window.clearTimeout(id);
    };
  }, [store, playing, visible, onScreen, speed]);
}
