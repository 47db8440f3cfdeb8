import { z } from 'zod';

export const Health = z
  .object({
    status: z.literal('ok'),
    driver: z.enum(['pglite', 'postgres']),
    postgis: z.string().meta({ description: 'PostGIS version of the database, e.g. 3.6.2' }),
    version: z.string().meta({ description: 'Version of the Siaga API' }),
    uptimeS: z.number().meta({ description: 'Seconds since the API process started' }),
  })
  .meta({ id: 'Health' });
