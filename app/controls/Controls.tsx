/** Previous, play/pause, next, restart, a scrubber, the step counter and the speed. */
import { memo, useId } from 'react';
import { useApp, useAppStore, useLang, useT } from '../store';
import { isSpeed, lastStep, SPEEDS } from '../store/playback';
import { format } from '../strings';
import { formatNumber, formatSpeed } from '../strings/intl';
import { fineStepOf, viewIndexOf, viewSteps } from '../timeline/granularity';
import './controls.css';

const ICONS = {
  previous: 'M15 5 L8 12 L15 19',
  next: 'M9 5 L16 12 L9 19',
  play: 'M8 5 L19 12 L8 19 Z',
  pause: 'M7 5 H10 V19 H7 Z M14 5 H17 V19 H14 Z',
  restart: 'M5 12 A7 7 0 1 0 8 6.3 M8 2.5 V6.5 H4',
} as const;

function Icon({ d }: { d: string }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={d} />
    </svg>
  );
}

export function Controls({ onHelp }: { onHelp: () => void }) {
  const t = useT();
  const lang = useLang();
  // Not the cursor: whether it is at either end. The counter and the scrubber,
  // which show the cursor, are a leaf of their own (`StepPosition`), so that a
  // step does not render the buttons and the speed menu again.
  const atStart = useApp((s) => s.cursor === 0);
  const atEnd = useApp((s) => s.cursor >= lastStep(s.timeline));
  // In view steps: one per segment at the `segment` granularity.
  const total = useApp((s) => (s.timeline ? viewSteps(s.timeline, s.granularity).length - 1 : 0));
  const ready = useApp((s) => s.timeline !== null);
  const playing = useApp((s) => s.playing);
  // Learning mode holds the next step back until its question is answered (the store's `hold`).
  const held = useApp(
    (s) => s.hold !== null && s.cursor >= s.hold && s.cursor < lastStep(s.timeline),
  );
  const speed = useApp((s) => s.speed);
  // Actions never change, so they need no subscription.
  const { previous, next, togglePlay, restart, setSpeed } = useAppStore().getState();
  const speedId = useId();
  const heldId = useId();

  return (
    <div className="controls">
      <div className="control-buttons">
        {/* At either end, a button that can do nothing is aria-disabled, not disabled: pressed
            there (Enter on Next step at the last but one), it keeps the focus, which a disabled
            button drops to the page's body (WCAG 2.4.3). */}
        <EndButton onClick={restart} ready={ready} idle={atStart && !playing}>
          <Icon d={ICONS.restart} />
          <span className="button-text">{t['controls.restart']}</span>
        </EndButton>
        <EndButton onClick={previous} ready={ready} idle={atStart}>
          <Icon d={ICONS.previous} />
          <span className="button-text">{t['controls.previous']}</span>
        </EndButton>
        <button type="button" className="primary" onClick={togglePlay} disabled={!ready}>
          <Icon d={playing ? ICONS.pause : ICONS.play} />
          <span className="button-text">{playing ? t['controls.pause'] : t['controls.play']}</span>
        </button>
        {/* Held by a question too: then its reason is heard and shown. */}
        <EndButton
          onClick={next}
          ready={ready}
          idle={atEnd || held}
          describedBy={held ? heldId : undefined}
        >
          <span className="button-text">{t['controls.next']}</span>
          <Icon d={ICONS.next} />
        </EndButton>
      </div>
      {held && (
        <p className="controls-held" id={heldId} data-testid="controls-held">
          {t['controls.held']}
        </p>
      )}
      <StepPosition total={total} ready={ready} />
      <label className="speed" htmlFor={speedId}>
        <span>{t['controls.speed']}</span>
        <select
          id={speedId}
          value={String(speed)}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (isSpeed(v)) setSpeed(v);
          }}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={String(s)}>
              {formatSpeed(lang, s)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="help-button"
        onClick={onHelp}
        aria-label={t['controls.keys']}
        title={t['controls.keys']}
      >
        ?
      </button>
    </div>
  );
}

/** A player button that is disabled until there is a timeline, and aria-disabled while `idle`. */
function EndButton({
  onClick,
  ready,
  idle,
  describedBy,
  children,
}: {
  onClick: () => void;
  ready: boolean;
  idle: boolean;
  describedBy?: string | undefined;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      onClick={() => {
        if (!idle) onClick();
      }}
      disabled={!ready}
      aria-disabled={idle || undefined}
      aria-describedby={describedBy}
    >
      {children}
    </button>
  );
}

/** The scrubber and the step counter: the part of the controls that every step changes. */
const StepPosition = memo(function StepPosition({
  total,
  ready,
}: {
  total: number;
  ready: boolean;
}) {
  const t = useT();
  const lang = useLang();
  const cursor = useApp((s) =>
    s.timeline ? viewIndexOf(s.timeline, s.granularity, s.cursor) : s.cursor,
  );
  const store = useAppStore();
  const goTo = (view: number) => {
    const { timeline, granularity } = store.getState();
    if (timeline) store.getState().goTo(fineStepOf(timeline, granularity, view));
  };
  const counter = format(t, 'controls.stepCounter', {
    step: formatNumber(lang, cursor),
    total: formatNumber(lang, total),
  });
  // The counter at its last step, as wide as it gets: the counter keeps that width (controls.css),
  // so that the scrubber beside it does not shrink when the step number gains a digit.
  const widest = format(t, 'controls.stepCounter', {
    step: formatNumber(lang, total),
    total: formatNumber(lang, total),
  });
  return (
    <>
      <input
        className="scrubber"
        type="range"
        min={0}
        max={total}
        step={1}
        value={cursor}
        disabled={!ready}
        aria-label={t['controls.scrubber']}
        aria-valuetext={counter}
        onChange={(e) => goTo(Number(e.target.value))}
      />
      <output
        className="step-counter"
        data-testid="step-counter"
        data-widest={widest}
        aria-live="off"
      >
        <span>{counter}</span>
      </output>
    </>
  );
});
