import { z } from '@hono/zod-openapi';
import type { FeatureRepository } from '@siaga/db';
import { featureOrCollection, SiagaError } from '@siaga/schema';
import type { ApiApp } from '../app_env.ts';
import type { Access } from '../http/access.ts';
import { actorOf } from '../http/actor.ts';
import { etagHeader, etagOf, ifMatchHeader, ifMatchVersion } from '../http/versions.ts';
import {
  json,
  jsonBody,
  memberErrors,
  readErrors,
  versionErrors,
  writeErrors,
} from '../openapi/responses.ts';
import { IdParams } from '../schemas/params.ts';
import { withBodyPaths } from './body_paths.ts';
import { defineRoute, registerRoute } from './define_route.ts';
import { locationHeader } from './location.ts';

type Versioned = { properties: { id: string; version?: number | undefined } };
type FeatureCollectionOf<T> = { type: 'FeatureCollection'; features: T[] };

/** What one feature resource states; the five routes, their OpenAPI entries, roles, actor and versions follow. */
export interface FeatureRoutesSpec<
  TFeature extends Versioned,
  TCreate extends { type: 'Feature' },
  TPatch,
  TQuery extends z.ZodObject,
> {
  /** The collection's URL, e.g. `/api/posts`; one resource is `{path}/{id}`. */
  path: string;
  tag: string;
  /** Names in summaries and messages: `{ one: 'hazard zone', many: 'hazard zones', a: 'a hazard zone' }`. */
  names: { one: string; many: string; a: string };
  schemas: {
    feature: z.ZodType<TFeature>;
    collection: z.ZodType<FeatureCollectionOf<TFeature>>;
    create: z.ZodType<TCreate>;
    patch: z.ZodType<TPatch>;
    query: TQuery;
  };
  /** A `featureRepository` of @siaga/db: its writes take the actor and If-Match's version. */
  repository: FeatureRepository<TFeature, TCreate, TPatch, z.output<TQuery>>;
  access: { read: Access; write: Access };
  /** The list summary names the filters; the others have defaults worded from `names`. */
  summaries: { list: string; create?: string; patch?: string; delete?: string };
}

const isCollection = <T>(body: T | FeatureCollectionOf<T>): body is FeatureCollectionOf<T> =>
  typeof body === 'object' && body !== null && 'type' in body && body.type === 'FeatureCollection';

/**
 * List, create (one Feature or a FeatureCollection, all or nothing, with a Location header for one), get (with
 * its ETag), patch and delete (with If-Match) of a feature resource, each with its declared access; every write
 * passes the signed-in actor to the repository, which audits it.
 *
 * @example
 * export const postRoutes = featureRoutes({ path: '/api/posts', tag: 'Posts', names, schemas, repository: posts,
 *   access: { read: 'read', write: ['planner'] }, summaries: { list: 'List posts, …' } });
 */
export function featureRoutes<
  TFeature extends Versioned,
  TCreate extends { type: 'Feature' },
  TPatch,
  TQuery extends z.ZodObject,
>(spec: FeatureRoutesSpec<TFeature, TCreate, TPatch, TQuery>) {
  const { path, tag, names, schemas, repository, access } = spec;
  const memberPath = `${path}/{id}`;
  const tags = [tag];
  const notFound = (id: string) => new SiagaError('not_found', `No ${names.one} with id ${id}`);
  // The routes' response schemas are only documented (handlers answer what the typed repository returns), and
  // hono cannot type answers or queries through generic schemas, so the route definitions see them untyped.
  const feature: z.ZodType = schemas.feature;
  const collection: z.ZodType = schemas.collection;
  const query: z.ZodObject = schemas.query;

  const routes = {
    list: defineRoute(access.read, {
      method: 'get',
      path,
      tags,
      summary: spec.summaries.list,
      request: { query },
      responses: {
        200: { description: `The matching ${names.many}`, content: json(collection) },
        ...readErrors,
      },
    }),
    create: defineRoute(access.write, {
      method: 'post',
      path,
      tags,
      summary:
        spec.summaries.create ??
        `Create one ${names.one} (a Feature) or several (a FeatureCollection, all or nothing)`,
      request: {
        body: jsonBody(
          featureOrCollection(schemas.create),
          `${names.a[0]?.toUpperCase()}${names.a.slice(1)} Feature or a FeatureCollection of them`,
        ),
      },
      responses: {
        201: {
          description: `The created ${names.one}, or the created ${names.many} as a FeatureCollection`,
          headers: locationHeader,
          content: json(z.union([feature, collection])),
        },
        ...writeErrors,
      },
    }),
    get: defineRoute(access.read, {
      method: 'get',
      path: memberPath,
      tags,
      summary: `One ${names.one}`,
      request: { params: IdParams },
      responses: {
        200: { description: `The ${names.one}`, headers: etagHeader, content: json(feature) },
        ...memberErrors,
      },
    }),
    patch: defineRoute(access.write, {
      method: 'patch',
      path: memberPath,
      tags,
      summary: spec.summaries.patch ?? `Change some properties or the location of ${names.a}`,
      request: {
        params: IdParams,
        headers: ifMatchHeader,
        body: jsonBody(schemas.patch, 'The geometry and/or the properties to change'),
      },
      responses: {
        200: { description: `The changed ${names.one}`, headers: etagHeader, content: json(feature) },
        ...writeErrors,
        ...versionErrors,
      },
    }),
    delete: defineRoute(access.write, {
      method: 'delete',
      path: memberPath,
      tags,
      summary: spec.summaries.delete ?? `Remove ${names.a}`,
      request: { params: IdParams, headers: ifMatchHeader },
      responses: { 204: { description: 'Removed' }, ...memberErrors, ...versionErrors },
    }),
  };

  function register(app: ApiApp): void {
    registerRoute(app, routes.list, async (c) => {
      // The query validator ran `schemas.query`, so the value is its output.
      const q = c.req.valid('query') as z.output<TQuery>;
      const features = await repository.list(c.var.database.db, q);
      return c.json({ type: 'FeatureCollection' as const, features }, 200);
    });

    registerRoute(app, routes.create, async (c) => {
      const body = c.req.valid('json');
      const { db } = c.var.database;
      const actor = actorOf(c);
      if (isCollection(body)) {
        const features = await withBodyPaths(repository.create(db, body.features, actor));
        return c.json({ type: 'FeatureCollection' as const, features }, 201);
      }
      const [created] = await withBodyPaths(repository.create(db, [body], actor), { single: true });
      if (!created) throw new Error(`creating one ${names.one} returned nothing`);
      c.header('Location', `${path}/${created.properties.id}`);
      return c.json(created, 201);
    });

    registerRoute(app, routes.get, async (c) => {
      const { id } = c.req.valid('param');
      const feature = await repository.get(c.var.database.db, id);
      if (!feature) throw notFound(id);
      if (feature.properties.version !== undefined) c.header('ETag', etagOf(feature.properties.version));
      return c.json(feature, 200);
    });

    registerRoute(app, routes.patch, async (c) => {
      const { id } = c.req.valid('param');
      const ifVersion = ifMatchVersion(c.req.header('if-match'));
      const feature = await withBodyPaths(
        repository.update(c.var.database.db, id, c.req.valid('json'), actorOf(c), { ifVersion }),
      );
      if (!feature) throw notFound(id);
      if (feature.properties.version !== undefined) c.header('ETag', etagOf(feature.properties.version));
      return c.json(feature, 200);
    });

    registerRoute(app, routes.delete, async (c) => {
      const { id } = c.req.valid('param');
      const ifVersion = ifMatchVersion(c.req.header('if-match'));
      if (!(await repository.remove(c.var.database.db, id, actorOf(c), { ifVersion }))) throw notFound(id);
      return c.body(null, 204);
    });
  }

  return { routes, register };
}
