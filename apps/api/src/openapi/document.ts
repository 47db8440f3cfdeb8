import type { ApiApp } from '../app_env.ts';
import { securitySchemes } from '../http/access.ts';
import { apiVersion } from '../version.ts';

export const openApiPath = '/api/openapi.json';

/** Serves the OpenAPI 3.1 document generated from the routes' zod schemas. */
export function registerOpenApiDocument(app: ApiApp): void {
  for (const [name, scheme] of Object.entries(securitySchemes)) {
    app.openAPIRegistry.registerComponent('securitySchemes', name, scheme);
  }
  app.doc31(openApiPath, {
    openapi: '3.1.0',
    info: {
      title: 'Siaga API',
      version: apiVersion,
      description:
        'Disaster-response posts, equipment caches, hazard zones and incidents of the stored kabupaten (one, or ' +
        'several neighbours). Every geometry written or asked about must lie within 2 km of their outlines (else of the ' +
        "stored roads' extent), or it answers 422 `out_of_study_area`. " +
        'Geometries are GeoJSON in WGS84 (lon, lat). Every error answers with `{ error: { code, message, details } }`. ' +
        'Each operation states who may call it in `x-siaga-access`: `public`, `read` (any signed-in user, and ' +
        'anonymous clients while anonymous read is on) or the roles that may (admin always may); `security` ' +
        'lists the same roles for the session cookie and the API token.',
    },
    tags: [
      { name: 'Posts', description: 'Fire stations and BPBD posts' },
      { name: 'Caches', description: 'Equipment caches and their stock' },
      { name: 'Hazard zones', description: 'Areas exposed to a hazard, by InaRISK level' },
      { name: 'Incidents', description: 'Reported emergencies' },
      { name: 'Reference', description: 'Administrative areas and the road network (read-only)' },
      { name: 'Queries', description: 'Spatial queries' },
      {
        name: 'Routing',
        description: 'Road-network answers: closest facility, isochrones, coverage, matrix, graph',
      },
      {
        name: 'Planning',
        description:
          'Where new posts and pre-positioned equipment should go: location models with a proven bound',
      },
      { name: 'Auth', description: 'Sign-in, sign-out and who is signed in' },
      { name: 'Users', description: 'Users, roles and API tokens (admin)' },
      { name: 'Audit', description: 'The append-only log of every change' },
      { name: 'Live', description: 'Every committed change as it happens (Server-Sent Events)' },
      { name: 'System', description: 'Health and documentation' },
    ],
  });
}
