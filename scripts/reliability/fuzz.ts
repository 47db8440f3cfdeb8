import { authHeaders } from './auth.ts';
import { type JsonSchema, nastyNumbers, nastyStrings, prng, sampler } from './json_sample.ts';

interface Operation {
  method: string;
  path: string;
  parameters: { name: string; in: string; schema?: JsonSchema }[];
  body: JsonSchema | null;
}

export interface FuzzFigures {
  operations: number;
  requests: number;
  byStatus: Record<string, number>;
  /** Up to 5 requests answered 500 (or not at all), for the report. */
  failures: string[];
  countsBefore: Record<string, number>;
  countsAfter: Record<string, number>;
  createdByAcceptedRequests: Record<string, number>;
  /** Rows present after the run beyond those accepted requests created: stored from refused requests. */
  storedFromRefused: number;
}

const listed = {
  posts: '/api/posts',
  caches: '/api/caches',
  incidents: '/api/incidents',
  'hazard-zones': '/api/hazard-zones',
};

async function counts(url: string, token: string | null): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, path] of Object.entries(listed)) {
    const res = await fetch(`${url}${path}`, { headers: authHeaders(token) });
    out[name] = ((await res.json()) as { features: unknown[] }).features.length;
  }
  return out;
}

function operationsOf(doc: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).flatMap(([method, op]) => {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) return [];
      const o = op as {
        parameters?: Operation['parameters'];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
      };
      return [
        {
          method: method.toUpperCase(),
          path,
          parameters: o.parameters ?? [],
          body: o.requestBody?.content?.['application/json']?.schema ?? null,
        },
      ];
    }),
  );
}

/** encodeURIComponent, but a lone surrogate becomes the bytes ED A0 80 (not UTF-8) instead of an exception. */
function encodeLoosely(text: string): string {
  return Array.from(text, (ch) => {
    try {
      return encodeURIComponent(ch);
    } catch {
      return '%ED%A0%80';
    }
  }).join('');
}

/** Payloads no schema describes: deep nesting, over the body limit, broken JSON, bytes that are not UTF-8. */
function oddBodies(random: () => number): (string | Blob)[] {
  const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
  const deepObject = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
  const bad = new TextEncoder().encode('{"type":"Feature","properties":{"name":"Pos XX"}}');
  bad.set([0xff, 0xfe], bad.indexOf(0x58));
  return [
    deep(100_000),
    deepObject(50_000),
    `{"a":"${'x'.repeat(11 * 1024 * 1024)}"}`,
    '{"type":',
    '\u0000',
    new Blob([bad]),
    JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: 20_000 }, () => ({})) }),
    String(nastyNumbers[Math.floor(random() * nastyNumbers.length)]),
  ];
}

/**
 * Every operation of /api/openapi.json, `perOperation` times with values sampled from its own schema (a share of
 * them broken on purpose), nasty path and query values, and payloads no schema describes. Counts the statuses,
 * keeps the 500s, and checks that the lists grew only by what accepted requests created.
 */
export async function fuzzFigures(
  url: string,
  token: string | null,
  perOperation: number,
  seed = 1,
): Promise<FuzzFigures> {
  const random = prng(seed);
  const doc = (await (await fetch(`${url}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
    components?: { schemas?: Record<string, JsonSchema> };
  };
  const operations = operationsOf(doc).filter(
    (op) => !op.path.startsWith('/api/users') && !op.path.startsWith('/api/auth'),
  );
  const { sample } = sampler(doc.components?.schemas ?? {}, random);
  const countsBefore = await counts(url, token);
  const created: Record<string, number> = { posts: 0, caches: 0, incidents: 0, 'hazard-zones': 0 };
  const byStatus: Record<string, number> = {};
  const failures: string[] = [];
  let requests = 0;

  const send = async (op: Operation, path: string, body: string | Blob | null) => {
    requests += 1;
    let status = 0;
    let text = '';
    try {
      const res = await fetch(`${url}${path}`, {
        method: op.method,
        headers: { ...(body === null ? {} : { 'content-type': 'application/json' }), ...authHeaders(token) },
        ...(body === null ? {} : { body }),
        signal: AbortSignal.timeout(60_000),
      });
      status = res.status;
      text = await res.text();
    } catch (err) {
      text = err instanceof Error ? err.message : String(err);
    }
    byStatus[String(status)] = (byStatus[String(status)] ?? 0) + 1;
    if ((status >= 500 && status !== 503) || status === 0) {
      if (failures.length < 5)
        failures.push(`${op.method} ${path.slice(0, 120)} -> ${status} ${text.slice(0, 200)}`);
    }
    const collection = Object.entries(listed).find(([, p]) => p === op.path)?.[0];
    if (op.method === 'POST' && status === 201 && collection) {
      const answer = JSON.parse(text) as { type: string; features?: unknown[] };
      created[collection] =
        (created[collection] ?? 0) +
        (answer.type === 'FeatureCollection' ? (answer.features?.length ?? 0) : 1);
    }
  };

  const pathValues = () =>
    encodeURIComponent(
      [
        crypto.randomUUID(),
        '00000000-0000-0000-0000-000000000000',
        '1',
        "' OR 1=1 --",
        '..%2F..',
        '\u0000',
        'x'.repeat(300),
      ][Math.floor(random() * 7)] as string,
    );
  const queryValue = (schema: JsonSchema | undefined) => {
    const options = [
      String(sample(schema ?? {}, 0.3)),
      '',
      '0x73',
      '1e3',
      ' ',
      '%00',
      'NaN',
      String(nastyNumbers[Math.floor(random() * nastyNumbers.length)]),
      nastyStrings[Math.floor(random() * (nastyStrings.length - 1))] ?? '',
    ];
    return options[Math.floor(random() * options.length)] as string;
  };

  for (const op of operations) {
    for (let i = 0; i < perOperation; i++) {
      let path = op.path.replace(/\{[^}]+\}/g, () => pathValues());
      const query = op.parameters
        .filter((p) => p.in === 'query' && random() < 0.7)
        .map((p) => `${encodeURIComponent(p.name)}=${encodeLoosely(queryValue(p.schema))}`);
      if (random() < 0.1) query.push('unknownParam=1');
      if (query.length > 0) path += `?${query.join('&')}`;
      const body = op.body === null ? null : JSON.stringify(sample(op.body, i % 3 === 0 ? 0 : 0.15));
      await send(op, path, body);
    }
    if (op.body !== null)
      for (const odd of oddBodies(random))
        await send(
          op,
          op.path.replace(/\{[^}]+\}/g, () => crypto.randomUUID()),
          odd,
        );
  }

  const countsAfter = await counts(url, token);
  const storedFromRefused = Object.keys(listed).reduce(
    (sum, name) =>
      sum + Math.max(0, (countsAfter[name] ?? 0) - (countsBefore[name] ?? 0) - (created[name] ?? 0)),
    0,
  );
  return {
    operations: operations.length,
    requests,
    byStatus,
    failures,
    countsBefore,
    countsAfter,
    createdByAcceptedRequests: created,
    storedFromRefused,
  };
}
