import { assignments, assignmentWrites } from '@siaga/db';
import { Assignment, AssignmentCreate, AssignmentList } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { actorOf } from '../http/actor.ts';
import { etagHeader, etagOf } from '../http/versions.ts';
import { dispatchRoute } from '../network/dispatch_routes.ts';
import type { NetworkService } from '../network/network_service.ts';
import { json, jsonBody, memberErrors, writeErrors } from '../openapi/responses.ts';
import { IdParams } from '../schemas/params.ts';
import { withBodyPaths } from './body_paths.ts';
import { defineRoute, registerRoute } from './define_route.ts';
import { incidentOf } from './incident_of.ts';
import { locationHeader } from './location.ts';

const path = '/api/incidents/{id}/assignments';

export const listAssignments = defineRoute('read', {
  method: 'get',
  path,
  tags: ['Incidents'],
  summary: 'The units and items sent to the incident, oldest first, with their times',
  request: { params: IdParams },
  responses: { 200: { description: 'The assignments', content: json(AssignmentList) }, ...memberErrors },
});

export const createAssignment = defineRoute(['dispatcher'], {
  method: 'post',
  path,
  tags: ['Incidents'],
  summary: "Send an available unit, or items from a cache's good stock, to an open incident",
  description:
    'A unit becomes assigned; items are issued from the cache (a stock operation in the same transaction). ' +
    "etaSeconds is the server engine's route from the post or cache with the stored closures. 409 `conflict` " +
    'when the unit is not available, the cache has fewer items ready or the incident is resolved or cancelled; ' +
    'nothing is written then.',
  request: { params: IdParams, body: jsonBody(AssignmentCreate, 'A unit, or items from a cache') },
  responses: {
    201: {
      description: 'The assignment',
      headers: { ...locationHeader, ...etagHeader },
      content: json(Assignment),
    },
    ...writeErrors,
  },
});

export function registerIncidentsIdAssignments(app: ApiApp, network: NetworkService): void {
  registerRoute(app, listAssignments, async (c) => {
    const { id } = c.req.valid('param');
    const { db } = c.var.database;
    await incidentOf(db, id);
    return c.json({ assignments: await assignments.list(db, id) }, 200);
  });

  registerRoute(app, createAssignment, async (c) => {
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const { db } = c.var.database;
    const incident = await incidentOf(db, id);
    const route = await dispatchRoute(db, network, incident, input);
    const assignment = await withBodyPaths(
      assignmentWrites.create(db, id, input, route?.etaSeconds ?? null, actorOf(c)),
    );
    c.header('Location', `${c.req.path}/${assignment.id}`);
    c.header('ETag', etagOf(assignment.version));
    return c.json(assignment, 201);
  });
}
