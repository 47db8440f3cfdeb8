import type { AuthUser } from '@siaga/schema';
import { and, eq, gt, lte, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { newSecret, sha256Hex } from '../auth/tokens.ts';
import type { SiagaDb } from '../database.ts';
import { sessions as table, users } from '../schema/index.ts';
import { recordAudit } from './audit.ts';
import { iso } from './shared.ts';
import { authUserOf } from './users.ts';

/** Sessions last 12 hours from sign-in. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export interface StartedSession {
  /** The cookie value; only its sha256 is stored. */
  token: string;
  csrfToken: string;
  expiresAt: string;
}

export interface ResolvedSession {
  user: AuthUser;
  csrfToken: string;
  expiresAt: string;
}

export const sessions = {
  /** Starts a session for a verified user and records the sign-in in the audit log, in one transaction. */
  async start(
    db: SiagaDb,
    user: AuthUser,
    options: { remoteAddr: string | null; ttlMs?: number },
  ): Promise<StartedSession> {
    const token = newSecret();
    const csrfToken = newSecret();
    const ttlMs = options.ttlMs ?? SESSION_TTL_MS;
    const actor: Actor = { userId: user.id, name: user.name, via: 'session', remoteAddr: options.remoteAddr };
    return db.transaction(async (tx) => {
      const [row] = await tx
        .insert(table)
        .values({
          tokenHash: sha256Hex(token),
          userId: user.id,
          csrfToken,
          expiresAt: sql`now() + ${ttlMs} * interval '1 millisecond'`,
          remoteAddr: options.remoteAddr,
        })
        .returning({ expiresAt: table.expiresAt });
      if (!row) throw new Error('INSERT … RETURNING gave no row');
      await recordAudit(tx, actor, [{ entity: 'user', entityId: user.id, action: 'sign_in' }]);
      return { token, csrfToken, expiresAt: iso(row.expiresAt) };
    });
  },

  /** The session's user when the token is known, not expired and the user not disabled; else null. */
  async resolve(db: SiagaDb, token: string): Promise<ResolvedSession | null> {
    const [row] = await db
      .update(table)
      .set({ lastSeenAt: sql`now()` })
      .from(users)
      .where(
        and(
          eq(table.tokenHash, sha256Hex(token)),
          gt(table.expiresAt, sql`now()`),
          eq(users.id, table.userId),
          eq(users.disabled, false),
        ),
      )
      .returning({
        id: users.id,
        name: users.name,
        role: users.role,
        csrfToken: table.csrfToken,
        expiresAt: table.expiresAt,
      });
    if (!row) return null;
    return { user: authUserOf(row), csrfToken: row.csrfToken, expiresAt: iso(row.expiresAt) };
  },

  /** Signs out; false when there was no such session. */
  async end(db: SiagaDb, token: string): Promise<boolean> {
    const rows = await db
      .delete(table)
      .where(eq(table.tokenHash, sha256Hex(token)))
      .returning({ userId: table.userId });
    return rows.length > 0;
  },

  /** Deletes expired sessions; answers how many. */
  async purgeExpired(db: SiagaDb): Promise<number> {
    const rows = await db
      .delete(table)
      .where(lte(table.expiresAt, sql`now()`))
      .returning({ userId: table.userId });
    return rows.length;
  },
};
