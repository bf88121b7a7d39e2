/**
 * The workshop's draft, kept in localStorage as the user types: the scenario it started from
 * (for "Reset to the original"), the text of each request exactly as typed (even when it does
 * not parse), and the rest of the scenario as last edited. A reload, a crash or a closed tab
 * brings it back; a draft that cannot be read is reported and dropped, never shown half.
 */
import type { Scenario } from '../model';
import { validateScenario } from '../validation';
import { DRAFT_KEY } from './draftKey';

export interface Draft {
  /** The scenario the workshop was opened on. */
  original: Scenario;
  /** The scenario as edited; its requests are the last that could be read. */
  scenario: Scenario;
  /** The Request boxes, as typed. */
  texts: string[];
  /**
   * Each route's response typed by hand, as typed (even when it does not read), or null for a
   * route whose fields make its response. Absent in a draft saved before routes had one: then
   * each route's own (`responsesOf`).
   */
  responses?: (string | null)[];
  /**
   * Each request's fields of "Edit as a form" held as typed, which its text does not have (a
   * value that cannot be written: `formEdit.ts`), by field key. Why each is refused is worked
   * out again when the draft is read. Absent in a draft saved before the form held any.
   */
  forms?: Record<string, string>[];
  /** Whether the workshop was open. */
  open: boolean;
}

/** A field's key as `formEdit.ts` writes it: `target`, `header:2:value`, `field:0:name`. */
const FIELD_KEY = /^(method|target|version|body|(header|field):\d{1,3}:(name|value))$/;

/** The held form values of a stored draft, or null where they are not what a draft holds. */
function formsOf(value: unknown): Record<string, string>[] | null {
  if (!Array.isArray(value) || value.length > 20) return null;
  const forms: Record<string, string>[] = [];
  for (const form of value) {
    if (typeof form !== 'object' || form === null || Array.isArray(form)) return null;
    const entries = Object.entries(form);
    if (
      entries.length > 200 ||
      !entries.every(([k, v]) => FIELD_KEY.test(k) && typeof v === 'string' && v.length <= 200_000)
    )
      return null;
    forms.push(Object.fromEntries(entries) as Record<string, string>);
  }
  return forms;
}

export type StoredDraft = { kind: 'none' } | { kind: 'damaged' } | { kind: 'draft'; draft: Draft };

/** Reads the stored draft; never throws. */
export function readDraft(storage: Pick<Storage, 'getItem'> | null): StoredDraft {
  let raw: string | null;
  try {
    raw = storage?.getItem(DRAFT_KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  try {
    const data = JSON.parse(raw) as Record<string, unknown>;
    const original = validateScenario(data.original);
    const scenario = validateScenario(data.scenario);
    const texts = data.texts;
    const responses = data.responses;
    const forms = data.forms === undefined ? undefined : formsOf(data.forms);
    if (forms === null) return { kind: 'damaged' };
    if (
      responses !== undefined &&
      (!Array.isArray(responses) ||
        responses.length > 100 ||
        !responses.every((t) => t === null || (typeof t === 'string' && t.length <= 200_000)))
    ) {
      return { kind: 'damaged' };
    }
    if (
      !original.ok ||
      !scenario.ok ||
      !Array.isArray(texts) ||
      texts.length === 0 ||
      texts.length > 20 ||
      !texts.every((t) => typeof t === 'string' && t.length <= 200_000)
    ) {
      return { kind: 'damaged' };
    }
    return {
      kind: 'draft',
      draft: {
        original: original.scenario,
        scenario: scenario.scenario,
        texts: texts as string[],
        ...(responses === undefined ? {} : { responses: responses as (string | null)[] }),
        ...(forms === undefined ? {} : { forms }),
        open: data.open === true,
      },
    };
  } catch {
    return { kind: 'damaged' };
  }
}

/** Keeps the draft; says whether it could (a full or refused storage cannot). */
export function writeDraft(storage: Pick<Storage, 'setItem'> | null, draft: Draft): boolean {
  try {
    storage?.setItem(DRAFT_KEY, JSON.stringify(draft));
    return storage !== null;
  } catch {
    return false;
  }
}

export function dropDraft(storage: Pick<Storage, 'removeItem'> | null): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to do: the draft stays, and is read (or reported damaged) next time.
  }
}

/** The page's localStorage, or null where there is none (a sandboxed frame, some private modes). */
export function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
