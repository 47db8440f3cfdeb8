import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Database } from '@siaga/db';

/** What every handler can reach through the context: `c.var.database`. */
export type ApiEnv = { Variables: { database: Database } };
export type ApiApp = OpenAPIHono<ApiEnv>;
