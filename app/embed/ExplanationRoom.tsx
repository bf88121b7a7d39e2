/**
 * The embed's explanation keeps one height while a student steps: beside the current step's
 * words, the words of the scenario's other steps are laid out unseen in the same grid cell
 * (embed.css, `.explain-room`), so that the cell is as tall as the tallest of them at the
 * frame's width and in the page's language, and the height the embed posts to its page
 * (useAutoSize.ts) does not change from step to step. Which steps are copied: room.ts. The
 * copies are hidden from everyone (`visibility: hidden`, `aria-hidden`, `inert`): the live
 * region beside them is the one read.
 */
import { useMemo } from 'react';
import { describeStep } from '../explain/describe';
import { connectionLine, RfcLine, StepWords } from '../explain/Explanation';
import { useMessageFacts } from '../explain/messageFacts';
import { useExplainWords } from '../explain/words';
import { useApp, useLang, useT } from '../store';
import { format } from '../strings';
import { viewSteps } from '../timeline/granularity';
import { ROOM_STEPS, roomSteps } from './room';

export function ExplanationRoom() {
  const t = useT();
  const lang = useLang();
  const timeline = useApp((s) => s.timeline);
  const granularity = useApp((s) => s.granularity);
  const seqMode = useApp((s) => s.seqMode);
  // The same words as the explanation's, which fetches them too (one fetch: words.ts).
  const words = useExplainWords();
  const parsed = useMessageFacts();
  // Not the cursor: stepping draws none of the copies again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: describeStep reads the parser's facts, which `parsed` says are here
  const copies = useMemo(() => {
    if (!timeline) return [];
    const steps = viewSteps(timeline, granularity);
    if (steps.length > ROOM_STEPS) return [];
    const described = steps.flatMap((index) => {
      const step = timeline.steps[index];
      if (!step) return [];
      const d = describeStep(step, timeline, t, lang, seqMode, words?.[lang]);
      return [{ d, connection: connectionLine(t, timeline, step) }];
    });
    const paragraphs = described.map(({ d, connection }) =>
      d.pending
        ? [t['error.loading'], d.states]
        : [
            connection ?? '',
            d.what,
            d.why,
            d.states,
            d.rfc ? format(t, 'explain.rfc', { rfc: d.rfc }) : '',
          ].filter((p) => p !== ''),
    );
    return roomSteps(paragraphs).flatMap((k) => described[k] ?? []);
  }, [timeline, granularity, t, lang, seqMode, words, parsed]);
  return copies.map(({ d, connection }, k) => (
    // The copies have no identity of their own: the k-th is redrawn with new words in place.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above
    <div key={k} className="explanation explain-copy" aria-hidden="true" inert>
      <div className="explain-live">
        <StepWords d={d} connection={connection} title={null} />
      </div>
      <RfcLine d={d} />
    </div>
  ));
}
