import { z } from '@hono/zod-openapi';
import type { ApiApp } from '../app_env.ts';
import type { NetworkService } from '../network/network_service.ts';
import { errors } from '../openapi/responses.ts';
import { defineRoute, registerRoute } from './define_route.ts';

const etagHeader = {
  ETag: { description: 'The network version, quoted', schema: { type: 'string' as const } },
};

export const getNetworkGraphBin = defineRoute('read', {
  method: 'get',
  path: '/api/network/graph.bin',
  tags: ['Routing'],
  summary: "The road graph as one binary buffer (serializeGraph), for the web app's routing Worker",
  description:
    'Read it with `deserializeGraph` from @siaga/geo. The ETag is the network version; send it back in ' +
    '`If-None-Match` to get 304 while the roads are unchanged. Sent gzipped (`Content-Encoding: gzip`, made ' +
    'once per version) when `Accept-Encoding` allows it, as browsers always do.',
  request: {
    headers: z.object({
      'if-none-match': z.string().optional(),
      'accept-encoding': z.string().optional(),
    }),
  },
  responses: {
    200: {
      description: 'The serialized graph',
      headers: etagHeader,
      content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
    },
    304: { description: 'Unchanged since the ETag sent', headers: etagHeader },
    ...errors(500, 503),
  },
});

/** Whether an Accept-Encoding header allows gzip (RFC 9110: a q of 0 refuses it; `*` stands for it). */
export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  let gzip: number | null = null;
  let any: number | null = null;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((t) => t.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name === 'gzip' || name === 'x-gzip') gzip = weight;
    else if (name === '*') any = weight;
  }
  const weight = gzip ?? any ?? 0;
  return Number.isFinite(weight) && weight > 0;
}

/** An If-None-Match header lists ETags (or `*`); weak ones match too, as RFC 9110 says for GET. */
function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || t === etag);
}

export function registerNetworkGraphBin(app: ApiApp, network: NetworkService): void {
  registerRoute(app, getNetworkGraphBin, async (c) => {
    const { network: snapshot } = await network.routing();
    const etag = `"${snapshot.version}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', 'no-cache');
    c.header('Vary', 'Accept-Encoding');
    const headers = c.req.valid('header');
    if (matches(headers['if-none-match'], etag)) return c.body(null, 304);
    c.header('Content-Type', 'application/octet-stream');
    if (!acceptsGzip(headers['accept-encoding'])) return c.body(snapshot.graphBytes(), 200);
    c.header('Content-Encoding', 'gzip');
    return c.body(await snapshot.graphGzip(), 200);
  });
}
