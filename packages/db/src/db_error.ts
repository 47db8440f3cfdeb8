import { type ErrorIssue, SiagaError } from '@siaga/schema';
import type { SiagaDb } from './database.ts';

interface PgErrorFields {
  code?: string;
  detail?: string;
  constraint?: string;
  constraint_name?: string;
}

/** The PostgreSQL error under drizzle's wrapper (DrizzleQueryError keeps the driver error as `cause`). */
function pgErrorOf(err: unknown): PgErrorFields | null {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const fields = current as Error & PgErrorFields;
    if (typeof fields.code === 'string' && /^[0-9A-Z]{5}$/.test(fields.code)) return fields;
    current = current.cause;
  }
  return null;
}

/** `Key (source_id)=(seed:a) already exists.` -> { column: 'source_id', value: 'seed:a' } */
function keyOf(detail: string | undefined): { column: string; value: string } | null {
  const m = detail?.match(/^Key \(([^)]+)\)=\((.*)\) (?:already exists|is not present)/);
  return m?.[1] !== undefined && m[2] !== undefined ? { column: m[1], value: m[2] } : null;
}

/** CHECK constraints whose failure the zod schemas normally catch first; said in the schema's own words. */
const checkMessages: Record<string, { field: string; message: string }> = {
  cache_items_quantity_check: {
    field: 'quantityAvailable',
    message: 'quantityAvailable cannot exceed quantity, and neither may be negative',
  },
};

/**
 * Turns constraint violations into SiagaError so the API answers 409/422 instead of 500; anything else is
 * rethrown unchanged. `locate` maps the offending key back to the input path (e.g. features.3.id).
 */
export function rethrowDbError(
  err: unknown,
  locate?: (column: string, value: string) => string | undefined,
): never {
  if (err instanceof SiagaError) throw err;
  const pg = pgErrorOf(err);
  if (!pg) throw err;
  const key = keyOf(pg.detail);
  const constraint = pg.constraint ?? pg.constraint_name ?? '';
  const path = (key && locate?.(key.column, key.value)) ?? (key?.column || constraint || 'body');
  const issue = (message: string): ErrorIssue[] => [{ path, message }];
  switch (pg.code) {
    case '23505': {
      const message = key
        ? `${key.column} ${key.value} already exists`
        : 'a record with this key already exists';
      throw new SiagaError('conflict', message, issue(message));
    }
    case '23503': {
      const message = key
        ? `${key.column} ${key.value} does not refer to an existing record`
        : 'the record is still referred to, or refers to a missing record';
      throw new SiagaError('validation_failed', message, issue(message));
    }
    case '23514': {
      if (constraint.endsWith('_geom_range_check')) {
        const message = 'coordinates must be longitude -180..180 and latitude -90..90';
        throw new SiagaError('invalid_geometry', message, issue(message));
      }
      const known = checkMessages[constraint];
      if (known)
        throw new SiagaError('validation_failed', known.message, [
          { path: known.field, message: known.message },
        ]);
      const message = `the values break the rule ${constraint}`;
      throw new SiagaError('validation_failed', message, issue(message));
    }
    case '23502': {
      const message = 'a required value is missing';
      throw new SiagaError('validation_failed', message, issue(message));
    }
    default:
      throw err;
  }
}

/** Node and postgres.js codes of a connection that could not be made or was lost. */
const connectionCodes = new Set([
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * SQLSTATEs meaning the server is not there for us right now: class 08 (connection exception), shutdown and
 * start-up (57P01-57P03), too many connections (53300), a statement cut by statement_timeout (57014), and a
 * database that does not accept connections (55000 at connect time) or does not exist (3D000).
 */
function isUnavailableState(state: string): boolean {
  return (
    state.startsWith('08') || ['57P01', '57P02', '57P03', '53300', '57014', '55000', '3D000'].includes(state)
  );
}

/**
 * Whether an error means the database cannot be reached (the API answers 503 `unavailable`, not 500): a lost or
 * refused connection, a server shutting down, a closed embedded database. Looks through drizzle's wrappers.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (
      typeof code === 'string' &&
      (connectionCodes.has(code) || (/^[0-9A-Z]{5}$/.test(code) && isUnavailableState(code)))
    ) {
      return true;
    }
    if (current.message === 'PGlite is closed') return true;
    current = current.cause;
  }
  return false;
}

/**
 * Runs `work` in one transaction (a savepoint inside the caller's) and turns constraint violations into
 * SiagaError, as `rethrowDbError` does: the shape of every multi-row write of the repositories.
 *
 * @example return writeTransaction(db, async (tx) => { await tx.insert(units).values(row); … });
 */
export async function writeTransaction<T>(db: SiagaDb, work: (tx: SiagaDb) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(work);
  } catch (err) {
    rethrowDbError(err);
  }
}
