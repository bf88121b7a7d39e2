/**
 * The page-with-images comparison (`data-testid="page-load-chart"`): the same page and images
 * fetched three ways (HTTP/1.0 a connection per object, HTTP/1.1 keep-alive, parallel
 * connections), each a row of bars on one time axis, one line per connection, one bar per round
 * trip; its total time, its round trips one after another and the textbook's estimate beside it.
 * The number of images and the link are the chart's own fields: the workshop edits one scenario,
 * this compares three. All the arithmetic is `comparePageLoad` (src/timing/pageLoad.ts).
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { BROWSER_PARALLEL, comparePageLoad, MAX_IMAGES, type PageLoadWayResult } from '../../model';
import { useLang, useStrings } from '../../store';
import { fill } from '../../strings';
import { formatDuration, formatNumber } from '../../strings/intl';
import { timingStrings } from './strings';

interface Inputs {
  images: number;
  latencyMs: number;
  mbps: number;
}

/** The fields' bounds: a link from a LAN to a satellite, a modem to a fibre. */
const BOUNDS = {
  images: { min: 1, max: MAX_IMAGES, step: 1 },
  latencyMs: { min: 0, max: 1000, step: 1 },
  mbps: { min: 0.01, max: 1000, step: 'any' as const },
};

/** The chart's fields, in order: what each sets, its label and its test id. */
const FIELDS = [
  { key: 'images', label: 'chart.images', testId: 'page-load-images' },
  { key: 'latencyMs', label: 'chart.latency', testId: 'page-load-latency' },
  { key: 'mbps', label: 'chart.rate', testId: 'page-load-rate' },
] as const satisfies readonly { key: keyof Inputs; label: string; testId: string }[];

/** Whether a field's text is a number within its bounds (a whole one where the step is 1). */
function accepts(text: string, bounds: { min: number; max: number; step: number | 'any' }) {
  const n = text.trim() === '' ? Number.NaN : Number(text);
  return (
    Number.isFinite(n) &&
    n >= bounds.min &&
    n <= bounds.max &&
    (bounds.step !== 1 || Number.isInteger(n))
  );
}

function Field({
  label,
  value,
  bounds,
  invalid,
  testId,
  onChange,
}: {
  label: string;
  value: number;
  bounds: { min: number; max: number; step: number | 'any' };
  invalid: string;
  testId: string;
  onChange: (n: number) => void;
}) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const ok = accepts(text, bounds);
  return (
    <div className="page-load-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        data-testid={testId}
        min={bounds.min}
        max={bounds.max}
        step={bounds.step}
        value={text}
        aria-invalid={!ok}
        aria-describedby={ok ? undefined : `${id}-error`}
        onChange={(e) => {
          setText(e.target.value);
          if (accepts(e.target.value, bounds)) onChange(Number(e.target.value));
        }}
      />
      {!ok && (
        <span id={`${id}-error`} className="page-load-invalid">
          {fill(invalid, { min: bounds.min, max: bounds.max })}
        </span>
      )}
    </div>
  );
}

/** Round ticks for an axis up to `max` ms: 1, 2 or 5 × 10ⁿ apart, four to eight of them. */
export function ticksFor(max: number): number[] {
  if (!(max > 0)) return [0];
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => max / s <= 8) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = 0; t <= max + 1e-9; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return ticks;
}

const LANE = 10;
const GAP = 4;
const WIDTH = 1000;

function Row({
  result,
  axisMs,
  ticks,
  label,
}: {
  result: PageLoadWayResult;
  axisMs: number;
  ticks: number[];
  label: string;
}) {
  const s = useStrings(timingStrings);
  const lang = useLang();
  const ms = (n: number) => formatDuration(lang, n);
  const lanes = result.connections;
  const height = lanes * (LANE + GAP) + GAP;
  const x = (t: number) => (t / axisMs) * WIDTH;
  return (
    <li className="page-load-row" data-testid="page-load-row" data-way={result.way}>
      <p className="page-load-label">
        <strong>{label}</strong>{' '}
        <span data-testid="page-load-total">
          {fill(s['chart.summary'], {
            time: ms(result.lastByteMs),
            trips: result.sequentialRoundTrips,
          })}{' '}
          {fill(result.connections === 1 ? s['chart.connection'] : s['chart.connections'], {
            count: result.connections,
          })}
        </span>{' '}
        <span className="page-load-estimate">
          {fill(s['chart.estimate'], { estimate: ms(result.estimateMs) })}
        </span>
      </p>
      <svg
        className="page-load-bars"
        viewBox={`0 0 ${WIDTH} ${height}`}
        preserveAspectRatio="none"
        height={height}
        aria-hidden="true"
      >
        {ticks.map((t) => (
          <line key={t} className="page-load-grid" x1={x(t)} x2={x(t)} y1={0} y2={height} />
        ))}
        {result.trips.map((r) => (
          <rect
            key={`${r.kind}/${r.connection}/${r.start}`}
            className={`page-load-bar is-${r.kind}`}
            x={x(r.start)}
            width={Math.max(x(r.end) - x(r.start) - 1, 1)}
            y={GAP + r.connection * (LANE + GAP)}
            height={LANE}
          />
        ))}
      </svg>
    </li>
  );
}

export default function PageLoadChart({ initial }: { initial: Inputs }) {
  const s = useStrings(timingStrings);
  const lang = useLang();
  const headingId = useId();
  const [inputs, setInputs] = useState(initial);
  // Typing stays responsive while the three simulations run for the last value.
  const deferred = useDeferredValue(inputs);
  const comparison = useMemo(
    () =>
      comparePageLoad(deferred.images, {
        latencyMs: deferred.latencyMs,
        bitsPerSecond: deferred.mbps * 1e6,
        lossRate: 0,
      }),
    [deferred],
  );
  const axisMs = Math.max(...comparison.ways.map((w) => w.lastByteMs), 1);
  const ticks = ticksFor(axisMs);
  const set = (key: keyof Inputs) => (n: number) => setInputs((x) => ({ ...x, [key]: n }));
  return (
    <section className="page-load" aria-labelledby={headingId} data-testid="page-load-chart">
      <h3 id={headingId}>{s['chart.title']}</h3>
      <p className="page-load-intro">{s['chart.intro']}</p>
      <div className="page-load-fields">
        {FIELDS.map(({ key, label, testId }) => (
          <Field
            key={key}
            label={s[label]}
            value={initial[key]}
            bounds={BOUNDS[key]}
            invalid={s['chart.invalid']}
            testId={testId}
            onChange={set(key)}
          />
        ))}
      </div>
      <p className="page-load-link">
        {fill(s['chart.link'], {
          images: comparison.images,
          rtt: formatDuration(lang, comparison.rttMs),
          rate: formatNumber(lang, comparison.bitsPerSecond / 1e6),
        })}
      </p>
      <ol className="page-load-rows" aria-busy={deferred !== inputs}>
        {comparison.ways.map((w) => (
          <Row
            key={w.way}
            result={w}
            axisMs={axisMs}
            ticks={ticks}
            label={fill(s[`way.${w.way}`], { parallel: BROWSER_PARALLEL })}
          />
        ))}
      </ol>
      <div className="page-load-axis" aria-hidden="true">
        {ticks.map((t) => (
          <span key={t} style={{ insetInlineStart: `${(t / axisMs) * 100}%` }}>
            {formatNumber(lang, t)}
          </span>
        ))}
      </div>
      <p className="page-load-axis-label">{s['chart.axis']}</p>
      <ul className="page-load-legend">
        <li>
          <span className="page-load-swatch is-handshake" aria-hidden="true" />
          {s['chart.handshake']}
        </li>
        <li>
          <span className="page-load-swatch is-exchange" aria-hidden="true" />
          {s['chart.exchange']}
        </li>
      </ul>
      <p className="page-load-why">{s['chart.why']}</p>
    </section>
  );
}
