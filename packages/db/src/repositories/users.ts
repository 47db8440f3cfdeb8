import {
  type AuthUser,
  type Role,
  type User,
  type UserCreate,
  type UserPatch,
  VersionConflict,
} from '@siaga/schema';
import { asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../auth/password.ts';
import type { SiagaDb } from '../database.ts';
import { rethrowDbError } from '../db_error.ts';
import { bumpedUpdatedAt } from '../geometry/sql_fragments.ts';
import { sessions, users as table } from '../schema/index.ts';
import { recordAudit } from './audit.ts';
import type { WriteOptions } from './feature_repository.ts';
import { iso, isUuid } from './shared.ts';

const selection = {
  id: table.id,
  name: table.name,
  role: table.role,
  disabled: table.disabled,
  version: table.version,
  createdAt: table.createdAt,
  updatedAt: table.updatedAt,
};

function userOf(row: { createdAt: Date; updatedAt: Date } & Omit<User, 'createdAt' | 'updatedAt'>): User {
  return { ...row, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) };
}

export function authUserOf(user: { id: string; name: string; role: Role }): AuthUser {
  return { id: user.id, name: user.name, role: user.role };
}

/** People who sign in. Writes are audited (entity 'user'); the audit never holds a password or its hash. */
export const users = {
  async list(db: SiagaDb): Promise<User[]> {
    return (await db.select(selection).from(table).orderBy(asc(table.name))).map(userOf);
  },

  async get(db: SiagaDb, id: string): Promise<User | null> {
    if (!isUuid(id)) return null;
    const [row] = await db.select(selection).from(table).where(eq(table.id, id));
    return row ? userOf(row) : null;
  },

  async getByName(db: SiagaDb, name: string): Promise<User | null> {
    const [row] = await db.select(selection).from(table).where(eq(table.name, name));
    return row ? userOf(row) : null;
  },

  /** A taken name is a conflict (409). The input is expected parsed by UserCreate (password length). */
  async create(db: SiagaDb, input: UserCreate, actor: Actor): Promise<User> {
    const passwordHash = await hashPassword(input.password);
    try {
      return await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(table)
          .values({ name: input.name, role: input.role, passwordHash })
          .returning(selection);
        if (!row) throw new Error('INSERT … RETURNING gave no row');
        const user = userOf(row);
        await recordAudit(tx, actor, [{ entity: 'user', entityId: user.id, action: 'create', after: user }]);
        return user;
      });
    } catch (err) {
      rethrowDbError(err);
    }
  },

  /**
   * Changes role, password and/or disabled; null when there is no such user. A new password or disabling
   * ends the user's sessions (API tokens stop working while disabled: they are checked against the user).
   */
  async update(
    db: SiagaDb,
    id: string,
    patch: UserPatch,
    actor: Actor,
    options?: WriteOptions,
  ): Promise<User | null> {
    if (!isUuid(id)) return null;
    const passwordHash = patch.password === undefined ? undefined : await hashPassword(patch.password);
    return db.transaction(async (tx) => {
      const [locked] = await tx.select(selection).from(table).where(eq(table.id, id)).for('update');
      if (!locked) return null;
      if (options?.ifVersion !== undefined && locked.version !== options.ifVersion)
        throw new VersionConflict(locked.version);
      const [row] = await tx
        .update(table)
        .set({
          ...(patch.role !== undefined ? { role: patch.role } : {}),
          ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}),
          ...(passwordHash !== undefined ? { passwordHash } : {}),
          updatedAt: bumpedUpdatedAt(table.updatedAt),
          version: sql`${table.version} + 1`,
        })
        .where(eq(table.id, id))
        .returning(selection);
      if (!row) return null;
      if (passwordHash !== undefined || patch.disabled === true)
        await tx.delete(sessions).where(eq(sessions.userId, id));
      const before = userOf(locked);
      const after = userOf(row);
      await recordAudit(tx, actor, [
        {
          entity: 'user',
          entityId: id,
          action: 'update',
          before,
          after: passwordHash === undefined ? after : { ...after, passwordChanged: true },
        },
      ]);
      return after;
    });
  },

  /**
   * The user when `name` and `password` match an enabled user, else null. Unknown and disabled names spend
   * one hash too, so the time taken does not tell which names exist.
   */
  async verify(db: SiagaDb, name: string, password: string): Promise<AuthUser | null> {
    const [row] = await db
      .select({ ...selection, passwordHash: table.passwordHash })
      .from(table)
      .where(eq(table.name, name));
    if (!row || row.disabled) return verifyAgainstDummy(password).then(() => null);
    return (await verifyPassword(password, row.passwordHash)) ? authUserOf(row) : null;
  },
};
