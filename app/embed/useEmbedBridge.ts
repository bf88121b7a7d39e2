/**
 * In an iframe with `embed=1`: tell the parent page every step, and obey its goto / play /
 * pause. When the embed's URL names the page's origin (`origin=`, options.ts), messages go to
 * that origin only and commands are obeyed only from a parent page at it; a URL that names
 * something that is not an origin silences the bridge. docs/embedding.md. Used by the embed's
 * layout, so that it travels in the layout's chunk, out of the first load.
 */
import { useEffect } from 'react';
import { useAppStore } from '../store';
import { lastStep } from '../store/playback';
import { parseCommand, stepMessage } from './bridge';
import { embedPeer, fromPeer } from './peer';

export function useEmbedBridge() {
  const store = useAppStore();
  useEffect(() => {
    const peer = embedPeer();
    if (!peer) return;
    const post = () => {
      const s = store.getState();
      // The step is public information: with no origin named, any page may embed Roundtrip and hear it.
      peer.parent.postMessage(
        stepMessage(s.scenarioId, s.cursor, lastStep(s.timeline)),
        peer.origin,
      );
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
      if (!fromPeer(e, peer)) return;
      const s = store.getState();
      const command = parseCommand(e.data, lastStep(s.timeline));
      if (!command) return;
      if (command.type === 'load') {
        // Checked and loaded by the workshop's chunk, fetched for it, as a link's scenario is.
        const scenario = command.scenario;
        void import('../workshop/lazy').then((m) => m.loadScenarioData(store, scenario));
      } else if (command.type === 'goto') s.goTo(command.step);
      else if (command.type === 'play') s.play();
      else s.pause();
    };
    window.addEventListener('message', onMessage);
    return () => {
      unsubscribe();
      window.removeEventListener('message', onMessage);
    };
  }, [store]);
}
