/**
 * Learning mode's timing panel (`data-testid="timing"`): the timeline's round trips counted
 * and named, the time to the last byte, and the textbook's estimate for this link beside it,
 * with the reasons they differ. All the arithmetic is `timingOf` (src/timing/).
 */
import { lazy, Suspense, useId, useMemo } from 'react';
import { timingOf } from '../../model';
import { useApp, useLang, useStrings } from '../../store';
import { fill, LIST_GAP, sentences } from '../../strings';
import { formatDuration, formatNumber } from '../../strings/intl';
import { StateNames } from '../../strings/StateNames';
import { timingStrings } from './strings';
import '../learning.css';

/** The page-with-images comparison: three simulations, fetched and run only for that scenario. */
const PageLoadChart = lazy(() => import('./PageLoadChart'));

/** The scenario whose timing the chart compares three ways (src/scenarios/page-with-images.ts). */
const PAGE_WITH_IMAGES = 'page-with-images';

export default function TimingPanel({ onClose }: { onClose: () => void }) {
  const s = useStrings(timingStrings);
  const lang = useLang();
  const timeline = useApp((x) => x.timeline);
  const timing = useMemo(() => (timeline ? timingOf(timeline) : null), [timeline]);
  const headingId = useId();
  if (!timing) return null;
  const ms = (n: number) => formatDuration(lang, n);
  const difference = timing.lastByteMs - timing.estimateMs;
  return (
    <section className="learning-panel timing" aria-labelledby={headingId} data-testid="timing">
      <header className="learning-head">
        <h2 id={headingId}>{s.title}</h2>
        <p>
          {fill(s.link, {
            latency: ms(timing.latencyMs),
            rtt: ms(timing.rttMs),
            rate: formatNumber(lang, timing.bitsPerSecond / 1e6),
          })}
        </p>
        <button type="button" className="learning-close" onClick={onClose}>
          {s.close}
        </button>
      </header>
      <p data-testid="timing-count">{fill(s.count, { count: timing.roundTrips.length })}</p>
      <ol className="timing-trips" data-testid="timing-round-trips">
        {timing.roundTrips.map((r) => (
          <li key={`${r.kind}/${r.connection}/${r.start}`} data-kind={r.kind}>
            <span className="timing-name">
              {fill(s[r.kind], { connection: r.connection + 1, request: r.request ?? '' })}
            </span>{' '}
            <span className="timing-took">
              {fill(s.took, { duration: ms(r.end - r.start), start: ms(r.start), end: ms(r.end) })}
            </span>
          </li>
        ))}
      </ol>
      <p data-testid="timing-simulated">
        {fill(s.simulated, { time: ms(timing.lastByteMs), trips: timing.sequentialRoundTrips })}
      </p>
      <p data-testid="timing-estimate">
        {sentences(
          lang,
          fill(timing.persistent ? s.persistent : s.nonPersistent, {
            estimate: ms(timing.estimateMs),
          }),
          fill(s.objects, {
            list: timing.objects
              .map((o) => fill(s.object, { octets: o.octets, duration: ms(o.transmissionMs) }))
              .join(LIST_GAP[lang]),
          }),
        )}
      </p>
      <p>
        {fill(difference < 0 ? s.differenceLess : s.difference, {
          difference: ms(Math.abs(difference)),
        })}
      </p>
      <ul className="timing-reasons">
        {timing.reasons.map((r) => (
          <li key={r}>
            <StateNames text={s[`reason.${r}`]} />
          </li>
        ))}
      </ul>
      <p className="timing-closed">
        <StateNames text={fill(s.closed, { time: ms(timing.closedMs) })} />
      </p>
      {timeline?.scenario === PAGE_WITH_IMAGES && (
        <Suspense fallback={null}>
          <PageLoadChart
            // A new timeline (the link edited in the workshop) starts the chart from it again.
            key={`${timeline.link.latencyMs}/${timeline.link.bitsPerSecond}/${timing.objects.length}`}
            initial={{
              images: Math.max(1, timing.objects.length - 1),
              latencyMs: timeline.link.latencyMs,
              mbps: timeline.link.bitsPerSecond / 1e6,
            }}
          />
        </Suspense>
      )}
    </section>
  );
}
