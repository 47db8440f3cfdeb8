import { z } from '@hono/zod-openapi';
import { recordAudit, streamBackup } from '@siaga/db';
import type { ApiApp } from '../app_env.ts';
import { actorOf } from '../http/actor.ts';
import { errors } from '../openapi/responses.ts';
import { defineRoute, registerRoute } from './define_route.ts';

export const getBackup = defineRoute(['admin'], {
  method: 'get',
  path: '/api/backup',
  tags: ['System'],
  summary:
    'A consistent backup of every table while the server runs, as `npm run backup` writes it (restore it with `npm run restore`)',
  responses: {
    200: {
      description:
        'JSON lines: a header, then chunks of rows, read in one repeatable-read transaction. A response that ends early (the connection breaks) is not a backup.',
      content: { 'application/x-ndjson': { schema: z.string() } },
    },
    ...errors(500, 503),
  },
});

/** The download's name, e.g. siaga-backup-20261129-201507Z.jsonl (UTC). */
export function backupFileName(at: Date): string {
  const [date = '', time = ''] = at.toISOString().replace(/[-:]/g, '').split('T');
  return `siaga-backup-${date}-${time.slice(0, 6)}Z.jsonl`;
}

export function registerBackup(app: ApiApp): void {
  registerRoute(app, getBackup, async (c) => {
    const { database } = c.var;
    const fileName = backupFileName(new Date());
    await recordAudit(database.db, actorOf(c), [
      { entity: 'database', entityId: fileName, action: 'backup' },
    ]);
    const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
    const writer = writable.getWriter();
    const encoder = new TextEncoder();
    // An error mid-way aborts the stream, so the client sees a broken download, never a short complete one.
    streamBackup(database, async (line) => {
      await writer.ready;
      await writer.write(encoder.encode(line));
    }).then(
      () => writer.close(),
      (err: unknown) => writer.abort(err).catch(() => {}),
    );
    // @hono/zod-openapi types every application/*json media type as a JSON answer, NDJSON too: hence `never`.
    const download = new Response(readable, {
      status: 200,
      headers: {
        'content-type': 'application/x-ndjson; charset=utf-8',
        'content-disposition': `attachment; filename="${fileName}"`,
        'cache-control': 'no-store',
      },
    });
    return download as never;
  });
}
