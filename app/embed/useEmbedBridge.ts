/** In an iframe: tell the parent page every step, and obey its goto / play / pause. */
import { useEffect } from 'react';
import { useAppStore } from '../store';
import { lastStep } from '../store/playback';
import { parseCommand, stepMessage } from './bridge';

export function useEmbedBridge(enabled: boolean) {
  const store = useAppStore();
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    const post = () => {
      const s = store.getState();
      // The step is public information: any page may embed Roundtrip and hear it.
      window.parent.postMessage(stepMessage(s.scenarioId, s.cursor, lastStep(s.timeline)), '*');
    };
    post();
    const unsubscribe = store.subscribe((s, prev) => {
      if (
        s.cursor !== prev.cursor ||
        s.scenarioId !== prev.scenarioId ||
        s.timeline !== prev.timeline
      )
        post();
    });
    const onMessage = (e: MessageEvent) => {
      if (e.source !== window.parent) return;
      const s = store.getState();
      const command = parseCommand(e.data, lastStep(s.timeline));
      if (!command) return;
      if (command.type === 'goto') s.goTo(command.step);
      else if (command.type === 'play') s.play();
      else s.pause();
    };
    window.addEventListener('message', onMessage);
    return () => {
      unsubscribe();
      window.removeEventListener('message', onMessage);
    };
  }, [enabled, store]);
}
