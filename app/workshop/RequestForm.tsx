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
      <PairRows
        legend={s.headers}
        rows={headers}
        onChange={setHeaders}
        words={{
          name: s.headerName,
          value: s.headerValue,
          remove: s.removeHeader,
          add: s.addHeader,
        }}
        moves={{ up: s.moveUp, down: s.moveDown }}
        added={['X-Example', 'value']}
      />
      {fields ? (
        <PairRows
          legend={s.formFields}
          rows={fields}
          onChange={setFields}
          words={{ name: s.fieldName, value: s.fieldValue, remove: s.removeField, add: s.addField }}
          added={['name', 'value']}
        />
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

interface PairRowsProps {
  legend: string;
  rows: readonly [string, string][];
  onChange: (rows: [string, string][]) => void;
  /** Each control's accessible name, with `{n}` the row's number. */
  words: { name: string; value: string; remove: string; add: string };
  /** Where the order matters (header lines): the words of the buttons that move a row. */
  moves?: { up: string; down: string };
  /** The row "Add" appends. */
  added: [string, string];
}

/** Rows of a name and a value (header lines, form fields), each edited, removed or moved. */
function PairRows({ legend, rows, onChange, words, moves, added }: PairRowsProps) {
  const set = (i: number, row: [string, string]) =>
    onChange(rows.map((r, j) => (j === i ? row : r)));
  const move = (i: number, by: number) => {
    const next = rows.slice();
    const [row] = next.splice(i, 1);
    if (row) next.splice(i + by, 0, row);
    onChange(next);
  };
  return (
    <fieldset className="workshop-group">
      <legend>{legend}</legend>
      {rows.map(([name, value], i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the rows are in order; their position is their identity
        <div className="workshop-header-row" key={i}>
          <input
            aria-label={fill(words.name, { n: i + 1 })}
            value={name}
            onChange={(e) => set(i, [e.target.value, value])}
          />
          <input
            aria-label={fill(words.value, { n: i + 1 })}
            value={value}
            onChange={(e) => set(i, [name, e.target.value])}
          />
          {moves && (
            <>
              <button type="button" disabled={i === 0} onClick={() => move(i, -1)}>
                <span aria-hidden="true">↑</span>
                <span className="visually-hidden">{fill(moves.up, { n: i + 1 })}</span>
              </button>
              <button type="button" disabled={i === rows.length - 1} onClick={() => move(i, 1)}>
                <span aria-hidden="true">↓</span>
                <span className="visually-hidden">{fill(moves.down, { n: i + 1 })}</span>
              </button>
            </>
          )}
          <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            <span aria-hidden="true">✕</span>
            <span className="visually-hidden">{fill(words.remove, { n: i + 1 })}</span>
          </button>
        </div>
      ))}
      <div>
        <button type="button" onClick={() => onChange([...rows, added])}>
          {words.add}
        </button>
      </div>
    </fieldset>
  );
}
