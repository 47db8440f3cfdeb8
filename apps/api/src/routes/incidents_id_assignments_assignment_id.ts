import { assignments, assignmentWrites } from '@siaga/db';
import { Assignment, AssignmentPatch, SiagaError } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import { actorOf } from '../http/actor.ts';
import { etagHeader, etagOf, ifMatchHeader, ifMatchVersion } from '../http/versions.ts';
import { json, jsonBody, memberErrors, versionErrors, writeErrors } from '../openapi/responses.ts';
import { AssignmentParams } from '../schemas/params.ts';
import { withBodyPaths } from './body_paths.ts';
import { defineRoute, registerRoute } from './define_route.ts';

const path = '/api/incidents/{id}/assignments/{assignmentId}';
const notFound = (id: string, assignmentId: string) =>
  new SiagaError('not_found', `No assignment with id ${assignmentId} in incident ${id}`);

export const getAssignment = defineRoute('read', {
  method: 'get',
  path,
  tags: ['Incidents'],
  summary: 'One assignment of the incident',
  request: { params: AssignmentParams },
  responses: {
    200: { description: 'The assignment', headers: etagHeader, content: json(Assignment) },
    ...memberErrors,
  },
});

export const patchAssignment = defineRoute(['dispatcher'], {
  method: 'patch',
  path,
  tags: ['Incidents'],
  summary: 'Move an assignment on: dispatched -> en_route -> on_scene -> cleared (forward only)',
  description:
    'Stamps the time of the new status. `cleared` makes the unit available again or returns the items to their ' +
    'cache. A move backwards or from cleared answers 409 `conflict`.',
  request: {
    params: AssignmentParams,
    headers: ifMatchHeader,
    body: jsonBody(AssignmentPatch, 'The new status'),
  },
  responses: {
    200: { description: 'The assignment', headers: etagHeader, content: json(Assignment) },
    ...writeErrors,
    ...versionErrors,
  },
});

export function registerIncidentsIdAssignmentsAssignmentId(app: ApiApp): void {
  registerRoute(app, getAssignment, async (c) => {
    const { id, assignmentId } = c.req.valid('param');
    const assignment = await assignments.get(c.var.database.db, id, assignmentId);
    if (!assignment) throw notFound(id, assignmentId);
    c.header('ETag', etagOf(assignment.version));
    return c.json(assignment, 200);
  });

  registerRoute(app, patchAssignment, async (c) => {
    const { id, assignmentId } = c.req.valid('param');
    const ifVersion = ifMatchVersion(c.req.valid('header')['if-match']);
    const { status } = c.req.valid('json');
    const assignment = await withBodyPaths(
      assignmentWrites.move(c.var.database.db, id, assignmentId, status, actorOf(c), { ifVersion }),
    );
    if (!assignment) throw notFound(id, assignmentId);
    c.header('ETag', etagOf(assignment.version));
    return c.json(assignment, 200);
  });
}
