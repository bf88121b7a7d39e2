/**
 * The workshop's drafts, kept in localStorage as the user types: each the scenario it started
 * from (for "Reset to the original"), the text of each request exactly as typed (even when it
 * does not parse), and the rest of the scenario as last edited. A reload, a crash or a closed tab
 * brings a draft back on the scenario it belongs to: the one it last simulated, which its URL
 * carries. One draft per time the workshop was opened, the latest first and `MAX_DRAFTS` kept, so
 * that editing one scenario never writes over the draft of another. A draft that cannot be read
 * is reported and dropped, never shown half; the others stay.
 */
import type { Scenario } from '../model';
import { validateScenario } from '../validation';
import { DRAFT_KEY } from './draftKey';
import { sameData } from './edit';

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

/** A draft as kept, with the name of the workshop session that writes it. */
export type KeptDraft = Draft & { id: string };

/** How many drafts are kept: the oldest is dropped when one more is written. */
export const MAX_DRAFTS = 8;

/** The drafts in storage, latest first, and whether any could not be read (then dropped). */
export interface Drafts {
  drafts: KeptDraft[];
  damaged: boolean;
}

/** Reads the stored drafts; never throws. */
export function readDrafts(storage: Pick<Storage, 'getItem'> | null): Drafts {
  let raw: string | null;
  try {
    raw = storage?.getItem(DRAFT_KEY) ?? null;
  } catch {
    return { drafts: [], damaged: false };
  }
  if (raw === null) return { drafts: [], damaged: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { drafts: [], damaged: true };
  }
  // Stored before drafts were kept per scenario: the one draft, with no list around it.
  const list =
    typeof data === 'object' && data !== null && 'original' in data
      ? [{ ...data, id: 'draft' }]
      : (data as { drafts?: unknown } | null)?.drafts;
  if (!Array.isArray(list)) return { drafts: [], damaged: true };
  const drafts: KeptDraft[] = [];
  const items = list.slice(0, MAX_DRAFTS);
  for (const item of items) {
    const id = (item as { id?: unknown } | null)?.id;
    const read = readOne(item);
    if (read === null || typeof id !== 'string' || id.length > 100) continue;
    if (!drafts.some((d) => d.id === id)) drafts.push({ ...read, id });
  }
  return { drafts, damaged: drafts.length < items.length };
}

/**
 * The draft that belongs to the scenario on screen, the latest if several do: the one whose
 * scenario it is (a reload of the scenario the draft last simulated), or null.
 */
export function draftFor(stored: Drafts, onScreen: Scenario): KeptDraft | null {
  return stored.drafts.find((d) => sameData(d.scenario, onScreen)) ?? null;
}

/** A draft as stored, or null where it is not one (a field missing, out of bounds). */
function readOne(value: unknown): Draft | null {
  try {
    const data = value as Record<string, unknown>;
    const original = validateScenario(data.original);
    const scenario = validateScenario(data.scenario);
    const texts = data.texts;
    const responses = data.responses;
    const forms = data.forms === undefined ? undefined : formsOf(data.forms);
    if (forms === null) return null;
    if (
      responses !== undefined &&
      (!Array.isArray(responses) ||
        responses.length > 100 ||
        !responses.every((t) => t === null || (typeof t === 'string' && t.length <= 200_000)))
    ) {
      return null;
    }
    if (
      !original.ok ||
      !scenario.ok ||
      !Array.isArray(texts) ||
      texts.length === 0 ||
      texts.length > 20 ||
      !texts.every((t) => typeof t === 'string' && t.length <= 200_000)
    ) {
      return null;
    }
    return {
      original: original.scenario,
      scenario: scenario.scenario,
      texts: texts as string[],
      ...(responses === undefined ? {} : { responses: responses as (string | null)[] }),
      ...(forms === undefined ? {} : { forms }),
      open: data.open === true,
    };
  } catch {
    return null;
  }
}

/**
 * Keeps the draft in place of the one with its id, the latest first, the others as they are
 * but for the oldest past `MAX_DRAFTS` (and what cannot be read). Where storage is full, older
 * drafts are dropped until this one fits. Says whether it could be kept.
 */
export function writeDraft(
  storage: Pick<Storage, 'getItem' | 'setItem'> | null,
  draft: KeptDraft,
): boolean {
  if (storage === null) return false;
  const others = storedDrafts(storage).filter((d) => d.id !== draft.id);
  for (let keep = MAX_DRAFTS - 1; keep >= 0; keep--) {
    const drafts = [draft, ...others.slice(0, keep)];
    const raw = JSON.stringify({ drafts });
    try {
      storage.setItem(DRAFT_KEY, raw);
      written.set(storage, { raw, drafts });
      return true;
    } catch {
      // Full or refused: try again with one older draft fewer.
    }
  }
  return false;
}

/**
 * What `writeDraft` last wrote into each storage. A draft is written at every keystroke: while
 * storage still holds what was written (no other tab has written since), the drafts are those,
 * not read, parsed and validated all over again.
 */
const written = new WeakMap<object, { raw: string; drafts: KeptDraft[] }>();

function storedDrafts(storage: Pick<Storage, 'getItem'>): KeptDraft[] {
  const last = written.get(storage);
  let raw: string | null = null;
  try {
    raw = last ? storage.getItem(DRAFT_KEY) : null;
  } catch {
    // Read again below, which says what it can.
  }
  return last && raw === last.raw ? last.drafts : readDrafts(storage).drafts;
}

/** Writes back only the drafts that could be read (`readDrafts`), or nothing when none could. */
export function dropDamaged(storage: Pick<Storage, 'setItem' | 'removeItem'> | null, kept: Drafts) {
  try {
    if (kept.drafts.length === 0) storage?.removeItem(DRAFT_KEY);
    else storage?.setItem(DRAFT_KEY, JSON.stringify({ drafts: kept.drafts }));
  } catch {
    // Nothing to do: the drafts stay, and are read (or reported damaged) next time.
  }
}

/** A name for a new workshop session's draft, unlike any kept (and unlikely in another tab). */
export function newDraftId(stored: Drafts, now = Date.now()): string {
  const taken = new Set(stored.drafts.map((d) => d.id));
  let n = 0;
  while (taken.has(`${now.toString(36)}-${n}`)) n++;
  return `${now.toString(36)}-${n}`;
}

/** The page's localStorage, or null where there is none (a sandboxed frame, some private modes). */
export function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
