import { z } from '@hono/zod-openapi';
import { runImport } from '@siaga/db';
import { ImportKind, ImportQuery, ImportReport, SiagaError } from '@siaga/schema';
import type { Context } from 'hono';
import type { ApiApp, ApiEnv } from '../app_env.ts';
import { actorOf } from '../http/actor.ts';
import { maxBodyBytes } from '../http/body_limit.ts';
import { errors, json } from '../openapi/responses.ts';
import { defineRoute, registerRoute } from './define_route.ts';

const binary = z.string().meta({ format: 'binary' });

export const postImport = defineRoute(['admin'], {
  method: 'post',
  path: '/api/imports/{kind}',
  tags: ['Imports'],
  summary: 'Import official data (population CSV, hazard zones, posts, caches) with a report of every row',
  description:
    'The same import as `npm run import -- KIND FILE`. The body is the file itself (any media type; CSV, GeoJSON ' +
    `or a zipped shapefile) or multipart/form-data with a \`file\` part (and, for population, a \`crosswalk\` part), at most ${maxBodyBytes / 1024 / 1024} MB. ` +
    'The file is checked row by row and written in one transaction: with `dryRun=true` nothing is written and the ' +
    'report says what would be; a refused row writes nothing (422 with every refused row) unless `skipInvalid=true`.',
  request: {
    params: z.object({ kind: ImportKind }),
    query: ImportQuery,
    body: {
      required: true,
      description: 'The file',
      content: {
        'application/octet-stream': { schema: binary },
        // A plain schema, not zod: a zod form schema would make the validator parse (and refuse) the parts.
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['file'],
            properties: {
              file: { type: 'string', format: 'binary' },
              crosswalk: { type: 'string', format: 'binary' },
            },
          },
        },
      },
    },
  },
  responses: {
    200: {
      description: 'What was (or, on a dry run, would be) taken, repaired and refused',
      content: json(ImportReport),
    },
    ...errors(400, 413, 422, 500, 503),
  },
});

interface Upload {
  bytes: Uint8Array;
  file: string;
  crosswalk?: { bytes: Uint8Array; file: string };
}

async function uploadOf(c: Context<ApiEnv>, name: string | undefined): Promise<Upload> {
  const type = c.req.header('content-type') ?? '';
  if (!/^multipart\/form-data/i.test(type)) {
    return { bytes: new Uint8Array(await c.req.arrayBuffer()), file: name ?? 'upload' };
  }
  const form = await c.req.formData();
  const part = form.get('file');
  if (!(part instanceof File)) throw new SiagaError('bad_request', 'multipart body without a "file" part');
  const crosswalk = form.get('crosswalk');
  return {
    bytes: new Uint8Array(await part.arrayBuffer()),
    file: name ?? part.name,
    ...(crosswalk instanceof File
      ? { crosswalk: { bytes: new Uint8Array(await crosswalk.arrayBuffer()), file: crosswalk.name } }
      : {}),
  };
}

export function registerImports(app: ApiApp): void {
  registerRoute(app, postImport, async (c) => {
    const { kind } = c.req.valid('param');
    const q = c.req.valid('query');
    const upload = await uploadOf(c, q.file);
    const report = await runImport(c.var.database.db, kind, upload.bytes, upload.file, {
      actor: actorOf(c),
      dryRun: q.dryRun === 'true',
      skipInvalid: q.skipInvalid === 'true',
      epsg: q.epsg === undefined ? undefined : Number(q.epsg),
      column: q.column,
      hazardType: q.hazardType,
      crosswalk: upload.crosswalk,
    });
    if (!report.dryRun && !report.written && report.refused.length > 0) {
      throw new SiagaError(
        'validation_failed',
        `${upload.file}: ${new Set(report.refused.map((n) => n.row)).size} row(s) refused, nothing was written`,
        report.refused.map((n) => ({ path: n.row === null ? 'file' : `row ${n.row}`, message: n.message })),
      );
    }
    return c.json(report, 200);
  });
}
