/** A JSON Schema node as the OpenAPI document has it (only what sampling reads). */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  default?: unknown;
}

/** A seeded PRNG (mulberry32), so a fuzz run can be repeated exactly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Strings a careless server mishandles: NUL, lone surrogates, injection, traversal, format strings, huge. */
export const nastyStrings = [
  '',
  ' ',
  'Pos\u0000Damkar',
  '\uD800',
  'a\uDFFFb',
  "'; DROP TABLE posts; --",
  "' OR '1'='1",
  '"); SELECT pg_sleep(10); --',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  ['$', '{jndi:ldap://127.0.0.1/x}'].join(''),
  '%s%s%s%n',
  '\u202Eevil',
  'ᬲᬶᬭᬶᬢ᭄ 🚒',
  'x'.repeat(70_000),
];

export const nastyNumbers = [
  0,
  -0,
  -1,
  1e308,
  -1e308,
  2 ** 53 + 1,
  0.1,
  180.0000001,
  -90.5,
  1e-320,
  123456789,
];

export interface Sampler {
  /** A value the schema describes, or (with probability `mutate`) one it does not. */
  sample(schema: JsonSchema, mutate: number, depth?: number): unknown;
}

export function sampler(components: Record<string, JsonSchema>, random: () => number): Sampler {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const resolve = (s: JsonSchema): JsonSchema =>
    s.$ref ? resolve(components[s.$ref.split('/').pop() ?? ''] ?? {}) : s;
  const wrong = (): unknown =>
    pick<unknown>([null, true, pick(nastyNumbers), pick(nastyStrings), [], {}, { unknown: 1 }, [[[[1]]]]]);

  const sample = (raw: JsonSchema, mutate: number, depth = 0): unknown => {
    const s = resolve(raw);
    if (random() < mutate) return wrong();
    if (depth > 12) return null;
    if (s.const !== undefined) return s.const;
    if (s.enum) return pick(s.enum);
    const union = s.anyOf ?? s.oneOf;
    if (union && union.length > 0) return sample(pick(union), mutate, depth + 1);
    if (s.allOf && s.allOf.length > 0) return sample(s.allOf[0] as JsonSchema, mutate, depth + 1);
    const type = Array.isArray(s.type) ? pick(s.type) : s.type;
    switch (type) {
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(s.properties ?? {})) {
          if (s.required?.includes(key) || random() < 0.5) out[key] = sample(value, mutate, depth + 1);
        }
        if (random() < mutate) out[pick(['extra', '__proto__', 'constructor', 'x\u0000'])] = wrong();
        return out;
      }
      case 'array': {
        if (s.prefixItems) return s.prefixItems.map((item) => sample(item, mutate, depth + 1));
        const min = s.minItems ?? 0;
        const max = Math.min(s.maxItems ?? min + 4, min + 4);
        const n = min + Math.floor(random() * (max - min + 1));
        const item = Array.isArray(s.items) ? (s.items[0] ?? {}) : (s.items ?? {});
        return Array.from({ length: n }, () => sample(item, mutate, depth + 1));
      }
      case 'integer':
      case 'number': {
        const lo = s.minimum ?? s.exclusiveMinimum ?? -1e6;
        const hi = s.maximum ?? s.exclusiveMaximum ?? 1e6;
        const v = pick([lo, hi, lo + random() * (hi - lo), lo - 1, hi + 1]);
        return type === 'integer' ? Math.round(v) : v;
      }
      case 'boolean':
        return random() < 0.5;
      case 'null':
        return null;
      case 'string': {
        if (s.format === 'uuid') return crypto.randomUUID();
        if (s.format === 'date-time')
          return new Date(Date.UTC(2024, 0, 1 + Math.floor(random() * 365))).toISOString();
        if (s.format === 'date') return '2024-02-29';
        if (random() < 0.3) return pick(nastyStrings);
        return 'Uji '.repeat(1 + Math.floor(random() * 5)).slice(0, s.maxLength ?? 200);
      }
      default:
        return wrong();
    }
  };
  return { sample };
}
