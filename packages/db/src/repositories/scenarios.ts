import {
  type PostFeature,
  PostProperties,
  type Scenario,
  type ScenarioCreate,
  type ScenarioPatch,
  type ScenarioPromote,
  type ScenarioSummary,
  SiagaError,
} from '@siaga/schema';
import { desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { SiagaDb } from '../database.ts';
import { writeTransaction } from '../db_error.ts';
import { bumpedUpdatedAt } from '../geometry/sql_fragments.ts';
import { scenarios as table } from '../schema/index.ts';
import { recordAudit } from './audit.ts';
import type { WriteOptions } from './feature_repository.ts';
import { lockVersioned } from './locked_row.ts';
import { posts } from './posts.ts';
import { definedOnly, iso, isUuid } from './shared.ts';

const selection = {
  id: table.id,
  name: table.name,
  author: table.author,
  document: table.document,
  version: table.version,
  createdAt: table.createdAt,
  updatedAt: table.updatedAt,
};

type Row = Omit<Scenario, 'createdAt' | 'updatedAt'> & { createdAt: Date; updatedAt: Date };

const scenarioOf = (row: Row): Scenario => ({
  ...row,
  createdAt: iso(row.createdAt),
  updatedAt: iso(row.updatedAt),
});

async function getScenario(db: SiagaDb, id: string): Promise<Scenario | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select(selection).from(table).where(eq(table.id, id));
  return row ? scenarioOf(row) : null;
}

/** The scenario locked for the transaction (null when missing); VersionConflict as `ifVersion` says. */
async function lockedScenario(tx: SiagaDb, id: string, ifVersion?: number): Promise<Scenario | null> {
  if (!isUuid(id) || !(await lockVersioned(tx, table, id, ifVersion))) return null;
  return getScenario(tx, id);
}

async function insertScenario(tx: SiagaDb, input: ScenarioCreate, actor: Actor): Promise<Scenario> {
  const [row] = await tx
    .insert(table)
    .values({ ...input, author: actor.name })
    .returning(selection);
  if (!row) throw new Error('INSERT … RETURNING gave no row');
  const scenario = scenarioOf(row);
  await recordAudit(tx, actor, [
    { entity: 'scenario', entityId: scenario.id, action: 'create', after: scenario },
  ]);
  return scenario;
}

/** Writes the change and its audit entry (the caller holds the lock and its transaction). */
async function writeScenario(
  tx: SiagaDb,
  before: Scenario,
  set: ScenarioPatch,
  actor: Actor,
): Promise<Scenario> {
  const [row] = await tx
    .update(table)
    .set({
      ...definedOnly(set),
      updatedAt: bumpedUpdatedAt(table.updatedAt),
      version: sql`${table.version} + 1`,
    })
    .where(eq(table.id, before.id))
    .returning(selection);
  if (!row) throw new Error('UPDATE … RETURNING gave no row');
  const after = scenarioOf(row);
  await recordAudit(tx, actor, [
    { entity: 'scenario', entityId: before.id, action: 'update', before, after },
  ]);
  return after;
}

const notFound = (id: string) => new SiagaError('not_found', `No scenario with id ${id}`);

/**
 * The planners' saved scenarios, shared by the team: every planner reads and may change each one, and the
 * audit log names who did. Documents are checked by `ScenarioDocument` at the API before they reach here.
 */
export const scenarios = {
  async list(db: SiagaDb): Promise<ScenarioSummary[]> {
    const rows = await db.select(selection).from(table).orderBy(desc(table.updatedAt), desc(table.id));
    return rows.map((row) => {
      const { document, ...rest } = scenarioOf(row);
      return {
        ...rest,
        candidateCount: document.candidates.length,
        switchedOffCount: document.switchedOff.length,
      };
    });
  },

  get: getScenario,

  create(db: SiagaDb, input: ScenarioCreate, actor: Actor): Promise<Scenario> {
    return writeTransaction(db, (tx) => insertScenario(tx, input, actor));
  },

  /** A copy under a new name (default: the original's and " (2)"); null when the original does not exist. */
  duplicate(db: SiagaDb, id: string, name: string | undefined, actor: Actor): Promise<Scenario | null> {
    return writeTransaction(db, async (tx) => {
      const original = await getScenario(tx, id);
      if (!original) return null;
      const copyName = name ?? `${original.name} (2)`.slice(0, 120);
      return insertScenario(tx, { name: copyName, document: original.document }, actor);
    });
  },

  update(
    db: SiagaDb,
    id: string,
    patch: ScenarioPatch,
    actor: Actor,
    options?: WriteOptions,
  ): Promise<Scenario | null> {
    return writeTransaction(db, async (tx) => {
      const before = await lockedScenario(tx, id, options?.ifVersion);
      return before ? writeScenario(tx, before, patch, actor) : null;
    });
  },

  remove(db: SiagaDb, id: string, actor: Actor, options?: WriteOptions): Promise<boolean> {
    return writeTransaction(db, async (tx) => {
      const before = await lockedScenario(tx, id, options?.ifVersion);
      if (!before) return false;
      await tx.delete(table).where(eq(table.id, id));
      await recordAudit(tx, actor, [{ entity: 'scenario', entityId: id, action: 'delete', before }]);
      return true;
    });
  },

  /**
   * Makes a candidate of the scenario a stored planned post, and in the same transaction drops the candidate
   * from the scenario and counts planned posts there, so the scenario's figures keep the site. 404 for an
   * unknown scenario or candidate.
   */
  promote(
    db: SiagaDb,
    id: string,
    input: ScenarioPromote,
    actor: Actor,
    options?: WriteOptions,
  ): Promise<{ scenario: Scenario; post: PostFeature }> {
    return writeTransaction(db, async (tx) => {
      const before = await lockedScenario(tx, id, options?.ifVersion);
      if (!before) throw notFound(id);
      const { document } = before;
      const candidate = document.candidates.find((c) => c.id === input.candidateId);
      if (!candidate) {
        throw new SiagaError('not_found', `Scenario ${before.name} has no candidate ${input.candidateId}`, [
          { path: 'body.candidateId', message: `no candidate ${input.candidateId}` },
        ]);
      }
      const [post] = await posts.create(
        tx,
        [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: candidate.position },
            // The schema's defaults (turnout, staff, …) are those of any new post, as for candidates in the app.
            properties: PostProperties.parse({
              name: input.name ?? `${before.name} ${candidate.id}`.slice(0, 200),
              kind: input.kind,
              status: 'planned',
              source: `scenario ${before.id}`,
            }),
          },
        ],
        actor,
      );
      if (!post) throw new Error('the promoted post was not written');
      const postStatuses = document.postStatuses.includes('planned')
        ? document.postStatuses
        : [...document.postStatuses, 'planned' as const];
      const scenario = await writeScenario(
        tx,
        before,
        {
          document: {
            ...document,
            postStatuses,
            candidates: document.candidates.filter((c) => c.id !== candidate.id),
            isochroneOf: document.isochroneOf === candidate.id ? post.properties.id : document.isochroneOf,
          },
        },
        actor,
      );
      return { scenario, post };
    });
  },
};
