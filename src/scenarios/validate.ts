/**
 * `validateScenario(unknown)`: a scenario from outside (a custom request
 * built in the app, a URL, a file) checked field by field before it reaches
 * `simulate()`. Returns the typed scenario, or every problem with its path
 * (`/requests/0/method`), so a form can point at the field.
 */
import type { Scenario } from './types';

export interface ScenarioError {
  path: string;
  message: string;
}

export type ScenarioValidation =
  | { ok: true; scenario: Scenario }
  | { ok: false; errors: ScenarioError[] };

// RFC 9110 §5.6.2: token = 1*tchar.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const SEGMENT_CLASSES = ['any', 'syn', 'syn-ack', 'data', 'fin', 'ack', 'final-ack', 'rst'];

type Obj = Record<string, unknown>;

class Checker {
  readonly errors: ScenarioError[] = [];

  fail(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  object(value: unknown, path: string, allowed: readonly string[]): Obj | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, 'must be an object');
      return null;
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.fail(`${path}/${key}`, 'is not a known field');
    }
    return value as Obj;
  }

  string(
    o: Obj,
    key: string,
    path: string,
    opts: { optional?: boolean; pattern?: RegExp; what?: string } = {},
  ) {
    const v = o[key];
    if (v === undefined && opts.optional) return;
    if (typeof v !== 'string') return this.fail(`${path}/${key}`, 'must be a string');
    if (opts.pattern && !opts.pattern.test(v)) {
      this.fail(`${path}/${key}`, `must be ${opts.what ?? `like ${opts.pattern}`}`);
    }
  }

  number(
    o: Obj,
    key: string,
    path: string,
    min: number,
    max: number,
    opts: { optional?: boolean; integer?: boolean } = {},
  ) {
    const v = o[key];
    if (v === undefined && opts.optional) return;
    if (typeof v !== 'number' || !Number.isFinite(v))
      return this.fail(`${path}/${key}`, 'must be a number');
    if (opts.integer && !Number.isInteger(v))
      return this.fail(`${path}/${key}`, 'must be an integer');
    if (v < min || v > max) this.fail(`${path}/${key}`, `must be between ${min} and ${max}`);
  }

  oneOf(o: Obj, key: string, path: string, values: readonly unknown[], optional = false) {
    const v = o[key];
    if (v === undefined && optional) return;
    if (!values.includes(v)) {
      this.fail(
        `${path}/${key}`,
        `must be one of ${values.map((x) => JSON.stringify(x)).join(', ')}`,
      );
    }
  }

  array(
    o: Obj,
    key: string,
    path: string,
    opts: { optional?: boolean; min?: number; max?: number } = {},
  ): unknown[] {
    const v = o[key];
    if (v === undefined && opts.optional) return [];
    if (!Array.isArray(v)) {
      this.fail(`${path}/${key}`, 'must be an array');
      return [];
    }
    if (opts.min !== undefined && v.length < opts.min)
      this.fail(`${path}/${key}`, `needs at least ${opts.min}`);
    if (opts.max !== undefined && v.length > opts.max)
      this.fail(`${path}/${key}`, `allows at most ${opts.max}`);
    return v;
  }
}

function checkHeaders(c: Checker, o: Obj, path: string): void {
  c.array(o, 'headers', path, { optional: true, max: 100 }).forEach((h, i) => {
    const p = `${path}/headers/${i}`;
    if (!Array.isArray(h) || h.length !== 2) {
      c.fail(p, 'must be [name, value]');
      return;
    }
    if (typeof h[0] !== 'string' || !TOKEN.test(h[0]))
      c.fail(`${p}/0`, 'must be a field name (a token)');
    // RFC 9110 §5.5: no CR, LF or NUL in a field value.
    if (typeof h[1] !== 'string' || /[\r\n\0]/.test(h[1]))
      c.fail(`${p}/1`, 'must be a string without CR, LF or NUL');
  });
}

function checkRequest(c: Checker, value: unknown, path: string): void {
  const o = c.object(value, path, ['method', 'target', 'version', 'headers', 'body']);
  if (!o) return;
  c.string(o, 'method', path, { pattern: TOKEN, what: 'a method name (a token, e.g. GET)' });
  c.string(o, 'target', path, {
    pattern: /^\/[!-~]*$/,
    what: 'a path starting with / and without spaces',
  });
  c.oneOf(o, 'version', path, ['HTTP/1.1', 'HTTP/1.0'], true);
  checkHeaders(c, o, path);
  c.string(o, 'body', path, { optional: true });
}

function checkResource(c: Checker, value: unknown, path: string): void {
  const o = c.object(value, path, [
    'path',
    'methods',
    'status',
    'contentType',
    'language',
    'body',
    'redirect',
    'form',
  ]);
  if (!o) return;
  c.string(o, 'path', path, { pattern: /^\/[!-~]*$/, what: 'a path starting with /' });
  c.array(o, 'methods', path, { optional: true, min: 1 }).forEach((m, i) => {
    if (typeof m !== 'string' || !TOKEN.test(m))
      c.fail(`${path}/methods/${i}`, 'must be a method name');
  });
  c.oneOf(o, 'status', path, [200, 201], true);
  c.string(o, 'contentType', path, {
    optional: true,
    pattern: /^[^\r\n\0]*$/,
    what: 'a field value',
  });
  c.string(o, 'language', path, {
    optional: true,
    pattern: /^[A-Za-z0-9-]+$/,
    what: 'a language tag',
  });
  checkHeaders(c, o, path);
  c.string(o, 'body', path, { optional: true });
  if (o.form !== undefined && typeof o.form !== 'boolean')
    c.fail(`${path}/form`, 'must be true or false');
  if (o.redirect !== undefined) {
    const r = c.object(o.redirect, `${path}/redirect`, ['status', 'location']);
    if (r) {
      c.oneOf(r, 'status', `${path}/redirect`, [301, 302, 307, 308]);
      c.string(r, 'location', `${path}/redirect`, {
        pattern: /^[!-~]+$/,
        what: 'a URL without spaces',
      });
    }
  }
}

function checkRule(c: Checker, value: unknown, path: string, delay: boolean): void {
  const o = c.object(
    value,
    path,
    delay ? ['from', 'what', 'nth', 'extraMs'] : ['from', 'what', 'nth'],
  );
  if (!o) return;
  c.oneOf(o, 'from', path, ['client', 'server']);
  c.oneOf(o, 'what', path, SEGMENT_CLASSES, true);
  c.number(o, 'nth', path, 1, 1000, { integer: true });
  if (delay) c.number(o, 'extraMs', path, 0, 600_000);
}

export function validateScenario(value: unknown): ScenarioValidation {
  const c = new Checker();
  const o = c.object(value, '', [
    'id',
    'title',
    'profile',
    'seed',
    'link',
    'site',
    'requests',
    'client',
    'impairments',
    'fixed',
  ]);
  if (!o) return { ok: false, errors: c.errors };
  c.string(o, 'id', '', {
    pattern: /^[a-z0-9][a-z0-9.-]{0,63}$/,
    what: 'a short lowercase id (a-z, 0-9, . and -)',
  });
  c.string(o, 'title', '');
  c.oneOf(o, 'profile', '', ['textbook', 'linux']);
  c.number(o, 'seed', '', 0, 0xffffffff, { integer: true });

  const link = c.object(o.link, '/link', ['latencyMs', 'bitsPerSecond', 'lossRate', 'mtu']);
  if (link) {
    c.number(link, 'latencyMs', '/link', 0, 10_000);
    c.number(link, 'bitsPerSecond', '/link', 1000, 1e12);
    // Above one loss in two, the retransmissions of one segment run out too often to teach anything.
    c.number(link, 'lossRate', '/link', 0, 0.5);
    c.number(link, 'mtu', '/link', 576, 65536, { optional: true, integer: true });
  }

  const site = c.object(o.site, '/site', ['host', 'resources', 'notFoundBody']);
  if (site) {
    c.string(site, 'host', '/site', { pattern: /^[A-Za-z0-9.-]+(:[0-9]+)?$/, what: 'a host name' });
    c.array(site, 'resources', '/site', { max: 100 }).forEach((r, i) => {
      checkResource(c, r, `/site/resources/${i}`);
    });
    c.string(site, 'notFoundBody', '/site', { optional: true });
  }

  c.array(o, 'requests', '', { min: 1, max: 20 }).forEach((r, i) => {
    checkRequest(c, r, `/requests/${i}`);
  });

  if (o.client !== undefined) {
    const client = c.object(o.client, '/client', ['close', 'maxRedirects']);
    if (client) {
      c.oneOf(client, 'close', '/client', ['when-done', 'at-once'], true);
      c.number(client, 'maxRedirects', '/client', 0, 20, { optional: true, integer: true });
    }
  }

  if (o.impairments !== undefined) {
    const imp = c.object(o.impairments, '/impairments', ['drop', 'delay', 'oldDuplicateSyn']);
    if (imp) {
      c.array(imp, 'drop', '/impairments', { optional: true, max: 100 }).forEach((r, i) => {
        checkRule(c, r, `/impairments/drop/${i}`, false);
      });
      c.array(imp, 'delay', '/impairments', { optional: true, max: 100 }).forEach((r, i) => {
        checkRule(c, r, `/impairments/delay/${i}`, true);
      });
      if (imp.oldDuplicateSyn !== undefined) {
        const old = c.object(imp.oldDuplicateSyn, '/impairments/oldDuplicateSyn', ['seqOffset']);
        if (old)
          c.number(old, 'seqOffset', '/impairments/oldDuplicateSyn', -1_000_000, -1, {
            integer: true,
          });
      }
    }
  }

  if (o.fixed !== undefined) {
    const fixed = c.object(o.fixed, '/fixed', ['clientIsn', 'serverIsns', 'clientPort']);
    if (fixed) {
      c.number(fixed, 'clientIsn', '/fixed', 0, 0xffffffff, { optional: true, integer: true });
      c.number(fixed, 'clientPort', '/fixed', 1, 65535, { optional: true, integer: true });
      c.array(fixed, 'serverIsns', '/fixed', { optional: true, max: 16 }).forEach((n, i) => {
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0xffffffff) {
          c.fail(`/fixed/serverIsns/${i}`, 'must be an integer between 0 and 4294967295');
        }
      });
    }
  }

  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return { ok: true, scenario: value as Scenario };
}
