/**
 * The same request as a form: method, target, version, header rows (added, removed, moved),
 * body, and for an `application/x-www-form-urlencoded` body its fields, encoded as a browser
 * encodes a form (WHATWG URL's urlencoded serializer, URLSearchParams) with Content-Length
 * computed and shown. A change here writes the request's text again, as the user agent sends it;
 * while the text does not read, the form is shut, so that it never overwrites what was typed.
 * A field whose value cannot be written keeps it as typed, marked with what is wrong, and the
 * text keeps the last request that could be sent (formEdit.ts).
 */
import { useId, useRef, useState } from 'react';
import type { RequestSpec, Scenario } from '../model';
import { useStrings } from '../store';
import { fill } from '../strings';
import {
  afterRows,
  type FieldKey,
  isFormBody,
  type PendingFields,
  shownField,
  typeField,
  withFormFields,
  withHeaders,
} from './formEdit';
import { requestToText } from './requestText';
import { focusAfter, neighbourOf, rowControl } from './rowFocus';
import { sentLength } from './sentLength';
import { strings } from './strings';
import { problemText } from './words';

interface Props {
  /** The request as last read from its text. */
  spec: RequestSpec;
  /** Whether the text reads now; if not, the form only says why it is shut. */
  readable: boolean;
  /** The scenario the request belongs to (for the validator), with its Host. */
  base: Scenario;
  /** The fields held as typed, which the text does not have (formEdit.ts). */
  pending: PendingFields;
  /** The request's text again, or null when the change cannot be written, and the fields held. */
  onChange: (text: string | null, pending: PendingFields) => void;
}

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

function FormBody({ spec, readable, base, pending, onChange }: Props) {
  const s = useStrings(strings);
  const id = useId();
  const host = base.site.host;
  const errorId = (key: FieldKey) => `${id}-${key.replace(/:/g, '-')}-error`;
  const problemOf = (key: FieldKey) => {
    const problem = pending[key]?.problem;
    return problem ? problemText(s, problem) : null;
  };
  /** Props of the control of field `key`: its value as typed, and what is wrong with it. */
  const control = (key: FieldKey): Control => {
    const problem = pending[key]?.problem;
    return {
      value: shownField(spec, key, pending),
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': problem ? errorId(key) : undefined,
      onChange: (e: { target: { value: string } }) => type(key, e.target.value),
    };
  };
  const type = (key: FieldKey, value: string) => {
    const typed = typeField(base, spec, pending, key, value, host);
    onChange(typed.text, typed.pending);
  };
  /** A change of the rows or the version, which the text takes as it is. */
  const write = (next: RequestSpec, held: PendingFields = pending) => {
    try {
      onChange(requestToText(next, host), held);
    } catch {
      // Rows moved or removed were each written before; nothing of this kind is refused.
    }
  };
  const headers = spec.headers ?? [];
  const body = spec.body ?? '';
  const fields = isFormBody(spec) ? [...new URLSearchParams(body)] : null;
  const length = sentLength(spec, host);
  return !readable ? (
    <p className="workshop-help">{s.formShut}</p>
  ) : (
    <div className="workshop-form-body">
      <div className="workshop-fields">
        <div className="workshop-field">
          <label htmlFor={`${id}-method`}>{s.method}</label>
          <input id={`${id}-method`} {...control('method')} />
          <FieldProblem id={errorId('method')} text={problemOf('method')} />
        </div>
        <div className="workshop-field">
          <label htmlFor={`${id}-target`}>{s.target}</label>
          <input id={`${id}-target`} {...control('target')} />
          <FieldProblem id={errorId('target')} text={problemOf('target')} />
        </div>
        <div className="workshop-field">
          <label htmlFor={`${id}-version`}>{s.version}</label>
          <select
            id={`${id}-version`}
            value={spec.version ?? 'HTTP/1.1'}
            onChange={(e) => {
              const { version: _old, ...rest } = spec;
              write(e.target.value === 'HTTP/1.0' ? { ...rest, version: 'HTTP/1.0' } : rest);
            }}
          >
            <option value="HTTP/1.1">HTTP/1.1</option>
            <option value="HTTP/1.0">HTTP/1.0</option>
          </select>
        </div>
      </div>
      <PairRows
        legend={s.headers}
        count={headers.length}
        list="header"
        control={control}
        problemOf={problemOf}
        errorId={errorId}
        onRows={(rows, to) =>
          write(withHeaders(spec, rows(headers)), afterRows(pending, 'header', to))
        }
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
          count={fields.length}
          list="field"
          control={control}
          problemOf={problemOf}
          errorId={errorId}
          onRows={(rows, to) =>
            write(withFormFields(spec, rows(fields)), afterRows(pending, 'field', to))
          }
          words={{ name: s.fieldName, value: s.fieldValue, remove: s.removeField, add: s.addField }}
          added={['name', 'value']}
        />
      ) : (
        <div className="workshop-field">
          <label htmlFor={`${id}-body`}>{s.body}</label>
          <textarea id={`${id}-body`} rows={3} {...control('body')} />
          <FieldProblem id={errorId('body')} text={problemOf('body')} />
        </div>
      )}
      <p className="workshop-help">
        {length.kind === 'content-length'
          ? fill(s.contentLength, { n: length.n })
          : length.kind === 'none'
            ? s.noLength
            : s.chunkedLength}
      </p>
    </div>
  );
}

function FieldProblem({ id, text }: { id: string; text: string | null }) {
  return text === null ? null : (
    <p id={id} className="workshop-field-error">
      {text}
    </p>
  );
}

/** The props of a field's control: its value as typed, what is wrong with it, its handler. */
interface Control {
  value: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  onChange: (e: { target: { value: string } }) => void;
}

interface PairRowsProps {
  legend: string;
  /** How many rows the request has. */
  count: number;
  list: 'header' | 'field';
  control: (key: FieldKey) => Control;
  problemOf: (key: FieldKey) => string | null;
  errorId: (key: FieldKey) => string;
  /**
   * Rows removed, moved or added: `rows` makes the new rows from the request's, `to` says where
   * each row went (null: removed).
   */
  onRows: (
    rows: (now: readonly [string, string][]) => [string, string][],
    to: (row: number) => number | null,
  ) => void;
  /** Each control's accessible name, with `{n}` the row's number. */
  words: { name: string; value: string; remove: string; add: string };
  /** Where the order matters (header lines): the words of the buttons that move a row. */
  moves?: { up: string; down: string };
  /** The row "Add" appends. */
  added: [string, string];
}

/** Rows of a name and a value (header lines, form fields), each edited, removed or moved. */
function PairRows({
  legend,
  count,
  list,
  control,
  problemOf,
  errorId,
  onRows,
  words,
  moves,
  added,
}: PairRowsProps) {
  const group = useRef<HTMLFieldSetElement>(null);
  const at = (control: string, row: number) => () =>
    rowControl(group.current, `${list}-${control}`, row);
  // The form's own summary, if the change shuts the form (a request that no longer reads).
  const summary = () => group.current?.closest('details')?.querySelector('summary');
  // The focus follows the moved row: to its same button, or the other where that one is disabled.
  const move = (i: number, by: number) =>
    focusAfter(
      () =>
        onRows(
          (now) => {
            const next = now.slice();
            const [row] = next.splice(i, 1);
            if (row) next.splice(i + by, 0, row);
            return next;
          },
          (row) => (row === i ? i + by : row === i + by ? i : row),
        ),
      at(by < 0 ? 'up' : 'down', i + by),
      at(by < 0 ? 'down' : 'up', i + by),
    );
  const remove = (i: number) => {
    const form = summary();
    focusAfter(
      () =>
        onRows(
          (now) => now.filter((_, j) => j !== i),
          (row) => (row === i ? null : row > i ? row - 1 : row),
        ),
      at('remove', neighbourOf(i, count)),
      at('add', 0),
      () => form,
    );
  };
  return (
    <fieldset className="workshop-group" ref={group}>
      <legend>{legend}</legend>
      {Array.from({ length: count }, (_, i) => {
        const name: FieldKey = `${list}:${i}:name`;
        const value: FieldKey = `${list}:${i}:value`;
        // A row is written whole (formEdit.ts' typeField): the reason its name is refused is
        // often its value's too, said once, and the value described by it.
        const same = problemOf(value) !== null && problemOf(value) === problemOf(name);
        const problems = (same ? [name] : [name, value]).flatMap((key) => {
          const text = problemOf(key);
          return text === null ? [] : [{ key, text }];
        });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the rows are in order; their position is their identity
          <div className="workshop-pair" key={i}>
            <div className="workshop-header-row">
              <input
                aria-label={fill(words.name, { n: i + 1 })}
                data-row-control={`${list}-name`}
                {...control(name)}
              />
              <input
                aria-label={fill(words.value, { n: i + 1 })}
                {...control(value)}
                {...(same ? { 'aria-describedby': errorId(name) } : {})}
              />
              {moves && (
                <>
                  <button
                    type="button"
                    disabled={i === 0}
                    data-row-control={`${list}-up`}
                    onClick={() => move(i, -1)}
                  >
                    <span aria-hidden="true">↑</span>
                    <span className="visually-hidden">{fill(moves.up, { n: i + 1 })}</span>
                  </button>
                  <button
                    type="button"
                    disabled={i === count - 1}
                    data-row-control={`${list}-down`}
                    onClick={() => move(i, 1)}
                  >
                    <span aria-hidden="true">↓</span>
                    <span className="visually-hidden">{fill(moves.down, { n: i + 1 })}</span>
                  </button>
                </>
              )}
              <button type="button" data-row-control={`${list}-remove`} onClick={() => remove(i)}>
                <span aria-hidden="true">✕</span>
                <span className="visually-hidden">{fill(words.remove, { n: i + 1 })}</span>
              </button>
            </div>
            {problems.map((p) => (
              <FieldProblem key={p.key} id={errorId(p.key)} text={p.text} />
            ))}
          </div>
        );
      })}
      <div>
        <button
          type="button"
          data-row-control={`${list}-add`}
          onClick={() =>
            focusAfter(
              () =>
                onRows(
                  (now) => [...now, added],
                  (row) => row,
                ),
              at('name', count),
            )
          }
        >
          {words.add}
        </button>
      </div>
    </fieldset>
  );
}
