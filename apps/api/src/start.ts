import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import {
  embeddedFolderOf,
  heldBy,
  loadSeedIfEmpty,
  localUrl,
  openDatabase,
  readServerLock,
  removeServerLock,
  writeServerLock,
} from '@siaga/db';
import { createApp } from './app.ts';
import { answerClientError, maxHeaderBytes } from './http/client_error.ts';
import { createChangeFeed } from './live/change_feed.ts';
import { resolveWebDist } from './web_dist.ts';

export interface StartOptions {
  port?: number;
  host?: string;
  databaseUrl?: string;
  dataDir?: string;
  /** Built web app to serve; undefined means <repo>/apps/web/dist when it holds a build, null the API only. */
  webDist?: string | null;
  /** Load the demo seed into an empty database (default true). */
  seed?: boolean;
  corsOrigins?: string[];
  /** Reads without signing in; default on for the embedded database, off with a databaseUrl. */
  anonymousRead?: boolean;
  secureCookies?: boolean;
  log?: (message: string) => void;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Marks the embedded folder as this process's (a lock file with the pid and address, which `npm run backup`
 * forwards to and `npm run user`/`restore` refuse on) until `release` or the process exits.
 */
function holdFolder(folder: string, host: string, port: number): { release(): void } {
  const release = () => removeServerLock(folder, process.pid);
  writeServerLock(folder, {
    pid: process.pid,
    port,
    url: localUrl(host, port),
    startedAt: new Date().toISOString(),
  });
  process.once('exit', release);
  return {
    release() {
      process.off('exit', release);
      release();
    },
  };
}

/**
 * Opens the database, loads the demo seed into an empty one, and serves the API (and the web app, when built)
 * on one port. Port 0 picks a free port; the returned url says which.
 *
 * @example
 *   const server = await start({ port: 0, dataDir: 'memory://', seed: false, webDist: null });
 *   await fetch(`${server.url}/api/health`);
 *   await server.close();
 */
export async function start(opts: StartOptions = {}): Promise<RunningServer> {
  const log = opts.log ?? ((message: string) => console.log(message));
  const folder = embeddedFolderOf(opts);
  const holder = folder ? readServerLock(folder) : null;
  if (folder && holder && holder.pid !== process.pid) throw new Error(heldBy(folder, holder));
  const database = await openDatabase({ databaseUrl: opts.databaseUrl, dataDir: opts.dataDir, log });
  try {
    // loadSeedIfEmpty reports what it loads, or that it had nothing to do, through `log`.
    if (opts.seed ?? true) await loadSeedIfEmpty(database, { log });
    const webDist = resolveWebDist(opts.webDist);
    if (webDist) log(`Serving the web app from ${webDist}`);
    else if (opts.webDist === undefined)
      log('The web app is not built (npm run build:web): serving the API only');
    const anonymousRead = opts.anonymousRead ?? !opts.databaseUrl;
    if (anonymousRead)
      log('Anonymous read is on: anyone who reaches this address can read; writing needs a user');
    const changes = createChangeFeed(database);
    const app = createApp({
      database,
      changes,
      webDist,
      corsOrigins: opts.corsOrigins,
      anonymousRead,
      secureCookies: opts.secureCookies,
      log,
    });
    const host = opts.host ?? '127.0.0.1';
    const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve(
        {
          fetch: app.fetch,
          port: opts.port ?? 8787,
          hostname: host,
          serverOptions: { maxHeaderSize: maxHeaderBytes },
        },
        () => resolve(s),
      );
      s.once('error', reject);
      s.on('clientError', answerClientError);
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    const held = folder ? holdFolder(folder, host, port) : null;
    let closing: Promise<void> | undefined;
    return {
      url,
      close() {
        // Open event streams never end by themselves: close them first, or server.close() would wait for them.
        closing ??= new Promise<void>((resolve, reject) => {
          void changes.close();
          server.close((err) => (err ? reject(err) : resolve()));
          if ('closeIdleConnections' in server) server.closeIdleConnections();
        }).finally(() => {
          held?.release();
          return database.close();
        });
        return closing;
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
