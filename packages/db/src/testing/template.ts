import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { Database } from '../database.ts';
import { onServer } from '../on_server.ts';
import { migrateServer, openPgliteClient } from '../open_database.ts';
import { migrationsFolder, repoRoot } from '../paths.ts';
import { loadSeedIfEmpty } from '../seed/load_seed.ts';

/** Changes whenever a migration or the PGlite/PostGIS build changes, so a stale template is never used. */
function templateKey(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(migrationsFolder)
    .filter((n) => n.endsWith('.sql'))
    .sort()) {
    hash.update(name).update(readFileSync(join(migrationsFolder, name)));
  }
  for (const pkg of ['@electric-sql/pglite', '@electric-sql/pglite-postgis']) hash.update(versionOf(pkg));
  return hash.digest('hex').slice(0, 16);
}

/** Neither package exports its package.json, so walk up from its entry point. */
function versionOf(pkg: string): string {
  let dir = dirname(createRequire(import.meta.url).resolve(pkg));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

const templateDir = join(repoRoot, '.siaga-data', 'test-template');

function pgliteTemplatePath(): string {
  return join(templateDir, `pglite-${templateKey()}.tar`);
}

/**
 * A migrated PGlite data folder as a tarball, built once (about 10 s) and reused by every test file until the
 * migrations change. Written to a temporary name first so a parallel reader never sees half a file.
 */
export async function ensurePgliteTemplate(log: (msg: string) => void = () => {}): Promise<string> {
  const path = pgliteTemplatePath();
  if (existsSync(path)) return path;
  await writeTemplate(path, await openPgliteClient({ dataDir: 'memory://' }, log));
  return path;
}

/**
 * What the demo seed's rows depend on: its files, and the code that reads, validates (schema defaults) and writes
 * them (@siaga/geo reads the roads).
 */
const seedSources = [
  'data',
  'packages/db/src/seed',
  'packages/db/src/repositories',
  'packages/db/src/geometry',
  'packages/schema/src',
  'packages/geo/src',
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** As `templateKey`, also changing whenever a seed file or the seed loader's code changes. */
function seededTemplateKey(): string {
  const hash = createHash('sha256').update(templateKey());
  for (const file of seedSources.flatMap((d) => filesUnder(join(repoRoot, d)))) {
    hash.update(relative(repoRoot, file)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The migrated template with the demo seed of data/ loaded by `loadSeedIfEmpty`, as a tarball: built once
 * (the migrated template plus a few seconds) and reused until a migration, a seed file or the loader changes.
 * Kept in .siaga-data/test-template/ with the migrated one.
 */
export async function ensureSeededPgliteTemplate(log: (msg: string) => void = () => {}): Promise<string> {
  const path = join(templateDir, `pglite-seeded-${seededTemplateKey()}.tar`);
  if (existsSync(path)) return path;
  const tarball = new Blob([await readFile(await ensurePgliteTemplate(log))]);
  const opened = await openPgliteClient({ loadDataDir: tarball }, log);
  await loadSeedIfEmpty(opened.database, { log });
  await writeTemplate(path, opened);
  // The seed changes far more often than the migrations: drop the tarballs of earlier seeds (69 MB each).
  for (const name of readdirSync(templateDir)) {
    if (/^pglite-seeded-[0-9a-f]+\.tar$/.test(name) && join(templateDir, name) !== path) {
      rmSync(join(templateDir, name), { force: true });
    }
  }
  return path;
}

/**
 * A new PGlite data folder holding what `npm start` leaves in an empty one (migrations and the demo seed),
 * restored from `ensureSeededPgliteTemplate` instead of loaded again; `dataDir` must be empty. Answers the
 * database open on it, for adding users before a server opens the folder.
 *
 * @example
 * const database = await openSeededCopy(dataDir);
 * await database.close();
 * const server = await start({ port: 0, dataDir });
 */
export async function openSeededCopy(dataDir: string): Promise<Database> {
  const tarball = new Blob([await readFile(await ensureSeededPgliteTemplate())]);
  return (await openPgliteClient({ dataDir, loadDataDir: tarball }, () => {})).database;
}

async function writeTemplate(
  path: string,
  { client, database }: Awaited<ReturnType<typeof openPgliteClient>>,
): Promise<void> {
  mkdirSync(templateDir, { recursive: true });
  const dump = await client.dumpDataDir('none');
  await database.close();
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
  renameSync(partial, path);
}

/** The same server, another database name. */
export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The prefix of a run's worker databases on a server; global_setup.ts drops them when the run ends. */
export function serverDatabasePrefix(run: string): string {
  return `siaga_test_${run}_`;
}

function serverTemplateName(): string {
  return `siaga_template_${templateKey()}`;
}

/** Creates and migrates the template database once; an advisory lock keeps parallel workers from racing. */
export async function ensureServerTemplate(url: string): Promise<string> {
  const name = serverTemplateName();
  await onServer(url, async (admin) => {
    await admin`SELECT pg_advisory_lock(hashtext('siaga_test_template'))`;
    const [found] = await admin`SELECT 1 FROM pg_database WHERE datname = ${name}`;
    if (!found) {
      await admin.unsafe(`CREATE DATABASE "${name}"`);
      try {
        await migrateServer(withDatabaseName(url, name));
      } catch (err) {
        await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        throw err;
      }
    }
    await admin`SELECT pg_advisory_unlock(hashtext('siaga_test_template'))`;
  });
  return name;
}
