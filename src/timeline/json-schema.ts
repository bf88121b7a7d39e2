/**
 * A small JSON Schema validator for the subset `timeline.schema.json` uses:
 * type (one or several, with "integer"), enum, const, properties, required,
 * additionalProperties (false or a schema), items, minimum, maximum, pattern,
 * anyOf, allOf, if/then, and $ref to "#/$defs/<name>". Errors carry a JSON Pointer-like path.
 * Anything else in a schema is an error, so the subset cannot silently grow.
 */

export interface SchemaError {
  /** Where in the value, e.g. `/steps/3/states/client`. */
  path: string;
  message: string;
}

type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$schema',
  '$id',
  '$defs',
  'title',
  'description',
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minimum',
  'maximum',
  'pattern',
  'anyOf',
  'allOf',
  'if',
  'then',
  '$ref',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  switch (type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'object':
      return typeOf(value) === 'object';
    default:
      return typeOf(value) === type;
  }
}

export function validateJson(root: Schema, value: unknown): SchemaError[] {
  const errors: SchemaError[] = [];
  const defs = (root.$defs ?? {}) as Record<string, Schema>;
  const patterns = new Map<string, RegExp>();
  const vetted = new WeakSet<Schema>();

  const check = (schema: Schema, v: unknown, path: string): void => {
    if (!vetted.has(schema)) {
      for (const key of Object.keys(schema)) {
        if (!KNOWN.has(key)) throw new Error(`schema keyword "${key}" at ${path} is not supported`);
      }
      vetted.add(schema);
    }
    const fail = (message: string) => errors.push({ path: path || '/', message });
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.replace(/^#\/\$defs\//, '');
      const target = defs[name];
      if (!target) throw new Error(`unknown $ref ${schema.$ref}`);
      check(target, v, path);
      return;
    }
    if (Array.isArray(schema.anyOf)) {
      const ok = (schema.anyOf as Schema[]).some((s) => validateJsonAt(s, v));
      if (!ok) fail('matches none of the allowed forms');
      return;
    }
    if (Array.isArray(schema.allOf)) {
      for (const part of schema.allOf as Schema[]) check(part, v, path);
    }
    // `if` is tried silently; when it holds, `then` applies (each step's detail by its reason).
    if (schema.if !== undefined && validateJsonAt(schema.if as Schema, v)) {
      if (schema.then !== undefined) check(schema.then as Schema, v, path);
    }
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type)
        ? (schema.type as string[])
        : [schema.type as string];
      if (!types.some((type) => matchesType(v, type))) {
        fail(`expected ${types.join(' or ')}, found ${typeOf(v)}`);
        return;
      }
    }
    if ('const' in schema && v !== schema.const) fail(`expected ${JSON.stringify(schema.const)}`);
    if (Array.isArray(schema.enum) && !schema.enum.includes(v as never)) {
      fail(`${JSON.stringify(v)} is not one of ${schema.enum.length} allowed values`);
    }
    if (typeof v === 'number') {
      if (typeof schema.minimum === 'number' && v < schema.minimum) fail(`below ${schema.minimum}`);
      if (typeof schema.maximum === 'number' && v > schema.maximum) fail(`above ${schema.maximum}`);
    }
    if (typeof v === 'string' && typeof schema.pattern === 'string') {
      let re = patterns.get(schema.pattern);
      if (!re) {
        re = new RegExp(schema.pattern, 'u');
        patterns.set(schema.pattern, re);
      }
      if (!re.test(v)) fail(`does not match ${schema.pattern}`);
    }
    if (Array.isArray(v) && schema.items) {
      v.forEach((item, i) => {
        check(schema.items as Schema, item, `${path}/${i}`);
      });
    }
    if (typeOf(v) === 'object') {
      const obj = v as Record<string, unknown>;
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      for (const name of (schema.required ?? []) as string[]) {
        if (!(name in obj)) fail(`missing property "${name}"`);
      }
      if (schema.additionalProperties === undefined) {
        // Only the named properties are checked (an `if` names one of a step's fourteen).
        for (const [name, sub] of Object.entries(props)) {
          if (name in obj) check(sub, obj[name], `${path}/${name}`);
        }
        return;
      }
      for (const [name, item] of Object.entries(obj)) {
        const sub = props[name];
        if (sub) check(sub, item, `${path}/${name}`);
        else if (schema.additionalProperties === false) fail(`unexpected property "${name}"`);
        else if (typeOf(schema.additionalProperties) === 'object') {
          check(schema.additionalProperties as Schema, item, `${path}/${name}`);
        }
      }
    }
  };

  /** anyOf branches are tried silently. */
  const validateJsonAt = (schema: Schema, v: unknown): boolean => {
    const before = errors.length;
    check(schema, v, '');
    const ok = errors.length === before;
    errors.length = before;
    return ok;
  };

  check(root, value, '');
  return errors;
}
