import { incidentEvents } from '@siaga/db';
import { IncidentEvent, IncidentEventList, IncidentNoteCreate } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { actorOf } from '../http/actor.ts';
import { json, jsonBody, memberErrors, writeErrors } from '../openapi/responses.ts';
import { IdParams } from '../schemas/params.ts';
import { withBodyPaths } from './body_paths.ts';
import { defineRoute, registerRoute } from './define_route.ts';
import { incidentOf } from './incident_of.ts';

const path = '/api/incidents/{id}/events';

export const listIncidentEvents = defineRoute('read', {
  method: 'get',
  path,
  tags: ['Incidents'],
  summary: "The incident's timeline, oldest first: who changed what and when",
  request: { params: IdParams },
  responses: { 200: { description: 'The timeline', content: json(IncidentEventList) }, ...memberErrors },
});

export const createIncidentNote = defineRoute(['dispatcher'], {
  method: 'post',
  path,
  tags: ['Incidents'],
  summary: "Add a note to the incident's timeline (every other entry comes from the change it records)",
  request: { params: IdParams, body: jsonBody(IncidentNoteCreate, 'The note') },
  responses: { 201: { description: 'The new entry', content: json(IncidentEvent) }, ...writeErrors },
});

export function registerIncidentsIdEvents(app: ApiApp): void {
  registerRoute(app, listIncidentEvents, async (c) => {
    const { id } = c.req.valid('param');
    const { db } = c.var.database;
    await incidentOf(db, id);
    return c.json({ events: await incidentEvents.list(db, id) }, 200);
  });

  registerRoute(app, createIncidentNote, async (c) => {
    const { id } = c.req.valid('param');
    const { db } = c.var.database;
    await incidentOf(db, id);
    const { note } = c.req.valid('json');
    return c.json(await withBodyPaths(incidentEvents.addNote(db, id, note, actorOf(c))), 201);
  });
}
