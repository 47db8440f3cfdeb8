import { audit } from '@siaga/db';
import { AuditList, AuditQuery } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { signedIn } from '../http/access.ts';
import { json, readErrors } from '../openapi/responses.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const listAudit = defineRoute(signedIn, {
  method: 'get',
  path: '/api/audit',
  tags: ['Audit'],
  summary: 'The audit log, newest first: who changed what, when, from where, before and after',
  description:
    'Append-only: no route changes or deletes an entry. Signed-in users only (never anonymous read).',
  request: { query: AuditQuery },
  responses: { 200: { description: 'The matching entries', content: json(AuditList) }, ...readErrors },
});

export function registerAudit(app: ApiApp): void {
  registerRoute(app, listAudit, async (c) =>
    c.json({ entries: await audit.list(c.var.database.db, c.req.valid('query')) }, 200),
  );
}
