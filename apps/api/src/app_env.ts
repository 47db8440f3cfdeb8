import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Database } from '@siaga/db';
import type { NetworkService } from './network/network_service.ts';

/** What every handler can reach through the context: `c.var.database` and the in-memory road network. */
export type ApiEnv = { Variables: { database: Database; network: NetworkService } };
export type ApiApp = OpenAPIHono<ApiEnv>;
