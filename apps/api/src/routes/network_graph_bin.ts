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
    '`If-None-Match` to get 304 while the roads are unchanged.',
  request: { headers: z.object({ 'if-none-match': z.string().optional() }) },
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
    if (matches(c.req.valid('header')['if-none-match'], etag)) return c.body(null, 304);
    c.header('Content-Type', 'application/octet-stream');
    return c.body(snapshot.graphBytes(), 200);
  });
}
