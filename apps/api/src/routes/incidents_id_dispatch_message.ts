import { dispatchMessage } from '@siaga/i18n';
import { DispatchMessage, DispatchMessageQuery } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { dispatchMessageInput } from '../network/dispatch_message_input.ts';
import type { NetworkService } from '../network/network_service.ts';
import { json, memberErrors } from '../openapi/responses.ts';
import { IdParams } from '../schemas/params.ts';
import { defineRoute, registerRoute } from './define_route.ts';
import { incidentOf } from './incident_of.ts';

export const getDispatchMessage = defineRoute('read', {
  method: 'get',
  path: '/api/incidents/{id}/dispatch-message',
  tags: ['Incidents'],
  summary: 'The dispatch message for WhatsApp or SMS (Bahasa Indonesia, or English with lang=en)',
  description:
    'The incident, its desa and kecamatan, coordinates and a geo: URI, each open assignment with its post or ' +
    'cache, main roads and arrival as WITA clock time, and the active closures tied to it or within 10 km. ' +
    'whatsappUrl opens WhatsApp with the text.',
  request: { params: IdParams, query: DispatchMessageQuery },
  responses: { 200: { description: 'The message', content: json(DispatchMessage) }, ...memberErrors },
});

export function registerIncidentsIdDispatchMessage(app: ApiApp, network: NetworkService): void {
  registerRoute(app, getDispatchMessage, async (c) => {
    const { id } = c.req.valid('param');
    const { lang } = c.req.valid('query');
    const { db } = c.var.database;
    const incident = await incidentOf(db, id);
    const message = dispatchMessage(await dispatchMessageInput(db, network, incident), lang);
    return c.json({ lang, ...message }, 200);
  });
}
