import { z } from '@hono/zod-openapi';
import { audit } from '@siaga/db';
import { AuditQuery } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { auditCsv } from '../audit/audit_csv.ts';
import { signedIn } from '../http/access.ts';
import { readErrors } from '../openapi/responses.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const getAuditCsv = defineRoute(signedIn, {
  method: 'get',
  path: '/api/audit.csv',
  tags: ['Audit'],
  summary: 'The audit log as CSV (UTF-8 with BOM), with the filters and paging of /api/audit',
  request: { query: AuditQuery },
  responses: {
    200: {
      description: 'One line per entry; before and after as JSON',
      content: { 'text/csv': { schema: z.string() } },
    },
    ...readErrors,
  },
});

export function registerAuditCsv(app: ApiApp): void {
  registerRoute(app, getAuditCsv, async (c) => {
    const entries = await audit.list(c.var.database.db, c.req.valid('query'));
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="siaga-audit.csv"');
    return c.body(auditCsv(entries), 200);
  });
}
