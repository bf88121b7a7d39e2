/**
 * The same request as a form: method, target, version, header rows (added, removed, moved),
 * body, and for an `application/x-www-form-urlencoded` body its fields, encoded as a browser
 * encodes a form (WHATWG URL's urlencoded serializer, URLSearchParams) with Content-Length
 * computed and shown. A change here writes the request's text again, as the user agent sends it;
 * while the text does not read, the form is shut, so that it never overwrites what was typed.
 */
import { useState } from 'react';
import type { RequestSpec } from '../model';
import { useStrings } from '../store';
import { fill } from '../strings';
import { strings } from './strings';

interface Props {
  /** The request as last read from its text. */
  spec: RequestSpec;
  /** Whether the text reads now; if not, the form only says why it is shut. */
  readable: boolean;
  onChange: (spec: RequestSpec) => void;
}

const FORM_TYPE = 'application/x-www-form-urlencoded';

const isFormBody = (spec: RequestSpec) =>
  (spec.headers ?? []).some(
    ([n, v]) => n.toLowerCase() === 'content-type' && v.toLowerCase().startsWith(FORM_TYPE),
  );

export function RequestForm(props: Props) {
  const s = useStrings(strings);
  // Its fields are made only while it is open: folded, a keystroke in the box costs it nothing.
  const [open, setOpen] = useState(false);
  return (
    <details
      className="workshop-form"
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now !== open) setOpen(now);
      }}
    >
      <summary>{s.formView}</summary>
      {open && <FormBody {...props} />}
    </details>
  );
}

function FormBody({ spec, readable, onChange }: Props) {
  const s = useStrings(strings);
  const headers = spec.headers ?? [];
  const setHeaders = (next: [string, string][]) =>
    onChange({ ...spec, ...(next.length > 0 ? { headers: next } : { headers: undefined }) });
  const move = (i: number, by: number) => {
    const next = headers.slice();
    const [row] = next.splice(i, 1);
    if (row) next.splice(i + by, 0, row);
    setHeaders(next);
  };
  const body = spec.body ?? '';
  const fields = isFormBody(spec) ? [...new URLSearchParams(body)] : null;
  const setFields = (next: [string, string][]) =>
    onChange({ ...spec, body: new URLSearchParams(next).toString() });
  const octets = new TextEncoder().encode(body).length;
  return !readable ? (
    <p className="workshop-help">{s.formShut}</p>
  ) : (
    <div className="workshop-form-body">
      <div className="workshop-fields">
        <label className="workshop-field">
          {s.method}
          <input
            value={spec.method}
            onChange={(e) => onChange({ ...spec, method: e.target.value })}
          />
        </label>
        <label className="workshop-field">
          {s.target}
          <input
            value={spec.target}
            onChange={(e) => onChange({ ...spec, target: e.target.value })}
          />
        </label>
        <label className="workshop-field">
          {s.version}
          <select
            value={spec.version ?? 'HTTP/1.1'}
            onChange={(e) =>
              onChange({
                ...spec,
                version: e.target.value === 'HTTP/1.0' ? 'HTTP/1.0' : undefined,
              })
            }
          >
            <option value="HTTP/1.1">HTTP/1.1</option>
            <option value="HTTP/1.0">HTTP/1.0</option>
          </select>
        </label>
      </div>
      <fieldset className="workshop-group">
        <legend>{s.headers}</legend>
        {headers.map(([name, value], i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the rows are the header lines, in order
          <div className="workshop-header-row" key={i}>
            <input
              aria-label={fill(s.headerName, { n: i + 1 })}
              value={name}
              onChange={(e) =>
                setHeaders(headers.map((h, j) => (j === i ? [e.target.value, h[1]] : h)))
              }
            />
            <input
              aria-label={fill(s.headerValue, { n: i + 1 })}
              value={value}
              onChange={(e) =>
                setHeaders(headers.map((h, j) => (j === i ? [h[0], e.target.value] : h)))
              }
            />
            <button type="button" disabled={i === 0} onClick={() => move(i, -1)}>
              <span aria-hidden="true">↑</span>
              <span className="visually-hidden">{fill(s.moveUp, { n: i + 1 })}</span>
            </button>
            <button type="button" disabled={i === headers.length - 1} onClick={() => move(i, 1)}>
              <span aria-hidden="true">↓</span>
              <span className="visually-hidden">{fill(s.moveDown, { n: i + 1 })}</span>
            </button>
            <button type="button" onClick={() => setHeaders(headers.filter((_, j) => j !== i))}>
              <span aria-hidden="true">✕</span>
              <span className="visually-hidden">{fill(s.removeHeader, { n: i + 1 })}</span>
            </button>
          </div>
        ))}
        <div>
          <button type="button" onClick={() => setHeaders([...headers, ['X-Example', 'value']])}>
            {s.addHeader}
          </button>
        </div>
      </fieldset>
      {fields ? (
        <fieldset className="workshop-group">
          <legend>{s.formFields}</legend>
          {fields.map(([name, value], i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the rows are the fields, in order
            <div className="workshop-header-row" key={i}>
              <input
                aria-label={fill(s.fieldName, { n: i + 1 })}
                value={name}
                onChange={(e) =>
                  setFields(fields.map((f, j) => (j === i ? [e.target.value, f[1]] : f)))
                }
              />
              <input
                aria-label={fill(s.fieldValue, { n: i + 1 })}
                value={value}
                onChange={(e) =>
                  setFields(fields.map((f, j) => (j === i ? [f[0], e.target.value] : f)))
                }
              />
              <button type="button" onClick={() => setFields(fields.filter((_, j) => j !== i))}>
                <span aria-hidden="true">✕</span>
                <span className="visually-hidden">{fill(s.removeField, { n: i + 1 })}</span>
              </button>
            </div>
          ))}
          <div>
            <button type="button" onClick={() => setFields([...fields, ['name', 'value']])}>
              {s.addField}
            </button>
          </div>
        </fieldset>
      ) : (
        <label className="workshop-field">
          {s.body}
          <textarea
            rows={3}
            value={body}
            onChange={(e) => onChange({ ...spec, body: e.target.value || undefined })}
          />
        </label>
      )}
      <p className="workshop-help">{fill(s.contentLength, { n: octets })}</p>
    </div>
  );
}
