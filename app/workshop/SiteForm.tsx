/**
 * The server's routes, as a table of the virtual site's resources (src/session/site.ts): path,
 * methods, status (200, 201, 204, 304, 400, 404, 500, or a redirect 301/302/303/307/308 with
 * its Location), content type, body, and whether the server closes the connection after it; or,
 * in place of status to close, the response typed by hand as its octets (a box like the
 * Request box, responseText.ts), which starts from what the route sent. A path that is not
 * listed gets 404, a method a route does not allow gets 405 with Allow. Text fields keep what
 * was typed; what the validator refuses is shown beside them.
 */
import { memo, useId, useRef, useState } from 'react';
import type { ResourceSpec, Scenario, ScenarioError } from '../model';
import { useStrings } from '../store';
import { fill } from '../strings';
import { sampleResponse } from '../validation';
import { CheckField, FieldErrors } from './Fields';
import { RequestBox } from './RequestBox';
import type { ResponseError } from './responseText';
import { rawToText } from './responseText';
import { withStatus } from './routeStatus';
import { focusAfter, neighbourOf, rowControl } from './rowFocus';
import { strings } from './strings';

const STATUSES = [200, 201, 204, 301, 302, 303, 304, 307, 308, 400, 404, 500] as const;

const statusOf = (r: ResourceSpec): number => r.redirect?.status ?? r.status ?? 200;

/**
 * A text input that keeps the text as typed and passes it on as it changes; what the validator
 * refuses in it is said under it, and the input is marked and described by it.
 */
function Text({
  label,
  value,
  onChange,
  multiline = false,
  errors = [],
  control,
}: {
  label: string;
  /** Its name among the rows' controls (rowFocus.ts), where a row's button focuses it. */
  control?: string;
  value: string;
  onChange: (text: string) => void;
  multiline?: boolean;
  errors?: readonly ScenarioError[];
}) {
  const id = useId();
  const [text, setText] = useState(value);
  const change = (t: string) => {
    setText(t);
    onChange(t);
  };
  const invalid = errors.length > 0;
  const own = {
    id,
    value: text,
    'aria-invalid': invalid,
    'aria-describedby': invalid ? `${id}-error` : undefined,
  };
  return (
    <div className="workshop-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...own} rows={3} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...own} data-row-control={control} onChange={(e) => change(e.target.value)} />
      )}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

interface Props {
  scenario: Scenario;
  /** Each route's response typed by hand, as typed, or null: one per route, in order. */
  responses: readonly (string | null)[];
  errors: readonly ScenarioError[];
  responseErrors: readonly (ResponseError | null)[];
  onChange: (next: Scenario, responses: (string | null)[]) => void;
}

/** Memoised: a keystroke in a Request box changes none of its props (Workshop.tsx). */
export const SiteForm = memo(function SiteForm({
  scenario,
  responses,
  errors,
  responseErrors,
  onChange,
}: Props) {
  const s = useStrings(strings);
  const resources = scenario.site.resources;
  const boxes = resources.map((_, i) => responses[i] ?? null);
  const set = (next: ResourceSpec[], nextBoxes = boxes) =>
    onChange({ ...scenario, site: { ...scenario.site, resources: next } }, nextBoxes);
  const patch = (i: number, f: (r: ResourceSpec) => ResourceSpec) =>
    set(resources.map((r, j) => (j === i ? f(r) : r)));
  const setBox = (i: number, text: string | null) =>
    set(
      resources,
      boxes.map((t, j) => (j === i ? text : t)),
    );
  // Rows are keyed by how many were added or removed before, so that their fields start again.
  const [rowKey, setRowKey] = useState(0);
  const table = useRef<HTMLFieldSetElement>(null);
  const control = (name: string, row: number) => () => rowControl(table.current, name, row);
  return (
    <fieldset className="workshop-group" ref={table}>
      <legend>{s.server}</legend>
      <p className="workshop-help">{s.serverHelp}</p>
      {resources.map((r, i) => {
        const status = statusOf(r);
        const raw = boxes[i] ?? null;
        const at = (path: string) => {
          const p = `/site/resources/${i}${path}`;
          return errors.filter((e) => e.path === p || e.path.startsWith(`${p}/`));
        };
        // Each field's refusal under it (the status's with its redirect's); the route's own, and
        // those of the fields a response typed by hand replaces, below the route.
        const ofPath = at('/path');
        const ofMethods = at('/methods');
        const ofLocation = raw === null ? at('/redirect/location') : [];
        const ofStatus =
          raw === null
            ? at('/status').concat(at('/redirect').filter((e) => !ofLocation.includes(e)))
            : [];
        const ofContentType = raw === null ? at('/contentType') : [];
        const ofBody = raw === null ? at('/body') : [];
        const shown = [ofPath, ofMethods, ofLocation, ofStatus, ofContentType, ofBody].flat();
        const statusError = `route-${i}-status-error`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the rows are the routes, in order
          <fieldset className="workshop-group" key={`${rowKey}-${i}`}>
            <legend>{fill(s.route, { n: i + 1, path: r.path })}</legend>
            <div className="workshop-fields">
              <Text
                label={s.path}
                control="route-path"
                value={r.path}
                errors={ofPath}
                onChange={(path) => patch(i, (x) => ({ ...x, path }))}
              />
              <Text
                label={s.methods}
                value={(r.methods ?? ['GET', 'HEAD']).join(', ')}
                errors={ofMethods}
                onChange={(t) =>
                  patch(i, (x) => ({ ...x, methods: t.split(',').map((m) => m.trim()) }))
                }
              />
              {raw === null && (
                <>
                  <div className="workshop-field">
                    <label htmlFor={`${statusError}-select`}>{s.status}</label>
                    <select
                      id={`${statusError}-select`}
                      value={String(status)}
                      aria-invalid={ofStatus.length > 0}
                      aria-describedby={ofStatus.length > 0 ? statusError : undefined}
                      onChange={(e) => {
                        // A redirect may add the route its Location leads to: no box typed yet.
                        const next = withStatus(resources, i, Number(e.target.value));
                        set(
                          next,
                          next.map((_, j) => boxes[j] ?? null),
                        );
                      }}
                    >
                      {STATUSES.map((v) => (
                        <option key={v} value={String(v)}>
                          {v}
                        </option>
                      ))}
                    </select>
                    <FieldErrors id={statusError} errors={ofStatus} />
                  </div>
                  {r.redirect && (
                    <Text
                      label={s.location}
                      value={r.redirect.location}
                      errors={ofLocation}
                      onChange={(location) =>
                        patch(i, (x) =>
                          x.redirect ? { ...x, redirect: { ...x.redirect, location } } : x,
                        )
                      }
                    />
                  )}
                  <Text
                    label={s.contentType}
                    value={r.contentType ?? ''}
                    errors={ofContentType}
                    onChange={(t) =>
                      patch(i, (x) => {
                        const { contentType: _c, ...rest } = x;
                        return t === '' ? rest : { ...rest, contentType: t };
                      })
                    }
                  />
                </>
              )}
            </div>
            <CheckField
              label={s.rawResponse}
              checked={raw !== null}
              onChange={(on) => setBox(i, on ? rawToText(sampleResponse(r)) : null)}
            />
            {raw === null ? (
              <>
                <Text
                  label={s.body}
                  multiline
                  value={r.body ?? ''}
                  errors={ofBody}
                  onChange={(body) => patch(i, (x) => ({ ...x, body }))}
                />
                <label className="workshop-check">
                  <input
                    type="checkbox"
                    checked={r.close === true}
                    onChange={(e) =>
                      patch(i, (x) => {
                        const { close: _c, ...rest } = x;
                        return e.target.checked ? { ...rest, close: true } : rest;
                      })
                    }
                  />
                  {s.closeRoute}
                </label>
              </>
            ) : (
              <RequestBox
                kind="response"
                label={fill(s.rawLabel, { n: i + 1 })}
                text={raw}
                error={responseErrors[i] ?? null}
                onChange={(t) => setBox(i, t)}
              />
            )}
            <FieldErrors
              id={`route-${i}-error`}
              errors={at('').filter((e) => !shown.includes(e))}
            />
            <div>
              <button
                type="button"
                data-row-control="route-remove"
                onClick={() =>
                  focusAfter(
                    () => {
                      setRowKey((k) => k + 1);
                      set(
                        resources.filter((_, j) => j !== i),
                        boxes.filter((_, j) => j !== i),
                      );
                    },
                    control('route-remove', neighbourOf(i, resources.length)),
                    control('route-add', 0),
                  )
                }
              >
                {fill(s.removeRoute, { n: i + 1 })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div>
        <button
          type="button"
          disabled={resources.length >= 100}
          data-row-control="route-add"
          onClick={() =>
            focusAfter(
              () => {
                setRowKey((k) => k + 1);
                set(
                  [
                    ...resources,
                    { path: '/new', contentType: 'text/plain; charset=utf-8', body: 'Hello\n' },
                  ],
                  [...boxes, null],
                );
              },
              control('route-path', resources.length),
            )
          }
        >
          {s.addRoute}
        </button>
      </div>
    </fieldset>
  );
});
