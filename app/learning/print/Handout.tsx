/**
 * The handout: the whole session for print, every step numbered with its words and the
 * segments it sends drawn as arrows between the two lanes, then every message's bytes. Each
 * step is a row that is never cut by a page break (`break-inside: avoid`, handout.css), so no
 * arrow or label is split across pages, on A4 or Letter. On screen it is not shown; in print it
 * is all that is shown. Mounted by "Print handout", which then opens the print dialog.
 */
import { useEffect, useId } from 'react';
import { createPortal } from 'react-dom';
import type { Segment, Step, Timeline } from '../../model';
import { useApp, useLang, useStrings, useT } from '../../store';
import { fill, format } from '../../strings';
import { formatDuration, formatNumber } from '../../strings/intl';
import { StateNames } from '../../strings/StateNames';
import type { HandoutServices } from '../services';
import { printedPieces } from './bytes';
import { printStrings } from './strings';
import './handout.css';

/** The bytes, CR and LF written as their letters in a mark (bytes.ts). */
function Bytes({ bytes }: { bytes: string }) {
  return (
    <pre>
      {printedPieces(bytes).map((p, i) =>
        'text' in p ? (
          p.text
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces of one fixed string
          <span key={i} className={`handout-crlf handout-crlf-${p.marker}`}>
            {p.marker}
          </span>
        ),
      )}
    </pre>
  );
}

/**
 * One step's arrows: each segment it sends, from its sender's lane to the other's, labelled as the
 * screen's diagram labels it.
 */
function Arrows({
  step,
  timeline,
  label,
}: {
  step: Step;
  timeline: Timeline;
  label: (seg: Segment) => string;
}) {
  const sent = step.segmentsOut.map((id) => timeline.segments[id]).filter((s) => s !== undefined);
  if (sent.length === 0) return null;
  const rowHeight = 22;
  return (
    <svg
      className="handout-arrows"
      viewBox={`0 0 400 ${rowHeight * sent.length}`}
      role="img"
      aria-label={sent.map(label).join('; ')}
    >
      {sent.map((seg, i) => {
        const y = i * rowHeight + 16;
        const toRight = seg.from === 'client';
        const [x1, x2] = toRight ? [12, 388] : [388, 12];
        const lost = seg.arrivesAt === null;
        return (
          <g key={seg.id} className={`handout-arrow from-${seg.from}${lost ? ' lost' : ''}`}>
            <line x1={x1} y1={y} x2={lost ? 200 : x2} y2={y} />
            {!lost && (
              <polygon
                points={
                  toRight
                    ? `${x2},${y} ${x2 - 8},${y - 4} ${x2 - 8},${y + 4}`
                    : `${x2},${y} ${x2 + 8},${y - 4} ${x2 + 8},${y + 4}`
                }
              />
            )}
            <text x={200} y={y - 4} textAnchor="middle">
              {label(seg)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export default function Handout({ services }: { services: HandoutServices }) {
  const s = useStrings(printStrings);
  const t = useT();
  const lang = useLang();
  const timeline = useApp((x) => x.timeline);
  const scenarioId = useApp((x) => x.scenarioId);
  const seqMode = useApp((x) => x.seqMode);
  const titleId = useId();
  useEffect(() => {
    // It stays mounted after printing (it shows in print only), so that printing again, or a
    // PDF made by the browser, prints it too.
    document.documentElement.classList.add('printing-handout');
    // Laid out: the print dialog prints this.
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      document.documentElement.classList.remove('printing-handout');
    };
  }, []);
  if (!timeline) return null;
  const label = (seg: Segment) => services.segmentLabel(seg, seqMode);
  // The screen's words for the start and the SYN ask for a control ("Next step", "Absolute
  // seq/ack") that paper does not have; the handout says the rest of what they say.
  const why = (step: Step, said: string) => {
    if (step.reason === 'start') return fill(s['why.start'], { serverPort: timeline.server.port });
    if (step.reason === 'active-open' && seqMode === 'relative') {
      return fill(s['why.active-open'], { peer: t['whom.server'] });
    }
    return said;
  };
  const url = new URL(window.location.href);
  url.searchParams.delete('quiz');
  return createPortal(
    <article className="handout" data-testid="handout" aria-labelledby={titleId} lang={lang}>
      <h1 id={titleId}>
        {t['app.title']} · {services.scenarioTitle(t, scenarioId)}
      </h1>
      <p className="handout-sub">
        {fill(s.subtitle, {
          steps: timeline.steps.length - 1,
          profile: s[`profile.${timeline.profile}`],
          seed: timeline.seed,
          latency: formatDuration(lang, timeline.link.latencyMs),
          rate: formatNumber(lang, timeline.link.bitsPerSecond / 1e6),
        })}
      </p>
      <h2>{s.diagram}</h2>
      <p className="handout-legend">{s.legend}</p>
      <div className="handout-lanes" aria-hidden="true">
        <span>{s.client}</span>
        <span>{s.server}</span>
      </div>
      <ol className="handout-steps">
        {timeline.steps.map((step) => {
          const d = services.describeStep(step, timeline, t, lang, seqMode);
          return (
            <li key={step.index} className="handout-step" data-step={step.index}>
              <p className="handout-step-head">
                <strong>{format(t, 'explain.stepTitle', { step: step.index })}</strong>{' '}
                <span className="handout-time">{formatDuration(lang, step.time)}</span>{' '}
                <span className="handout-states">
                  <StateNames text={step.states.client} /> ·{' '}
                  <StateNames text={step.states.server} />
                </span>
              </p>
              <Arrows step={step} timeline={timeline} label={label} />
              <p className="handout-what">
                <StateNames text={d.what} />
              </p>
              <p className="handout-why">
                <StateNames text={why(step, d.why)} />
              </p>
            </li>
          );
        })}
      </ol>
      <h2>{s.messages}</h2>
      <p className="handout-legend">{s.crlf}</p>
      {timeline.messages.map((m) => (
        <section key={m.id} className="handout-message">
          <h3>
            {fill(s.message, {
              id: m.id,
              kind: m.kind === 'request' ? s.request : s.response,
              from: m.from === 'client' ? s.client : s.server,
              octets: m.bytes.length,
            })}
          </h3>
          <Bytes bytes={m.bytes} />
        </section>
      ))}
      <p className="handout-source">{fill(s.source, { url: url.toString() })}</p>
    </article>,
    document.body,
  );
}
