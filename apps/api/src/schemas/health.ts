import { RoutingProfile } from '@siaga/schema';
import { z } from 'zod';

export const NetworkState = z.enum(['ready', 'empty', 'not_loaded', 'failed']).meta({
  description:
    'The in-memory road network: ready, empty (no roads imported), not_loaded (no routing request yet) or failed ' +
    '(the last rebuild failed; routing answers 503)',
});

export const Health = z
  .object({
    status: z.literal('ok'),
    driver: z.enum(['pglite', 'postgres']),
    database: z.literal('up'),
    postgis: z.string().meta({ description: 'PostGIS version of the database, e.g. 3.6.2' }),
    network: NetworkState,
    hierarchies: z.array(RoutingProfile).meta({
      description:
        'Profiles whose contraction hierarchy is built; it is built in the background after the roads load or ' +
        'change, and closest facility answers the same without it, only slower on a large network',
    }),
    version: z.string().meta({ description: 'Version of the Siaga API' }),
    uptimeS: z.number().meta({ description: 'Seconds since the API process started' }),
  })
  .meta({ id: 'Health' });
