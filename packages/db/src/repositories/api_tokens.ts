import type { ApiToken, AuthUser, TokenCreated } from '@siaga/schema';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import { newApiToken, sha256Hex } from '../auth/tokens.ts';
import type { SiagaDb } from '../database.ts';
import { apiTokens as table, users } from '../schema/index.ts';
import { recordAudit } from './audit.ts';
import { iso, isUuid } from './shared.ts';
import { authUserOf } from './users.ts';

const selection = {
  id: table.id,
  userId: table.userId,
  label: table.label,
  createdAt: table.createdAt,
  lastUsedAt: table.lastUsedAt,
  revokedAt: table.revokedAt,
};

function tokenOf(row: {
  id: string;
  userId: string;
  label: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}): ApiToken {
  return {
    ...row,
    createdAt: iso(row.createdAt),
    lastUsedAt: row.lastUsedAt && iso(row.lastUsedAt),
    revokedAt: row.revokedAt && iso(row.revokedAt),
  };
}

/** API tokens for integrations; stored as sha256, shown once. Issue and revoke are audited (never the token). */
export const apiTokens = {
  /** A new token for the user; null when there is no such user. The answer is the only copy of the token. */
  async issue(db: SiagaDb, userId: string, label: string, actor: Actor): Promise<TokenCreated | null> {
    if (!isUuid(userId)) return null;
    const token = newApiToken();
    return db.transaction(async (tx) => {
      const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
      if (!user) return null;
      const [row] = await tx
        .insert(table)
        .values({ userId, label, tokenHash: sha256Hex(token) })
        .returning(selection);
      if (!row) throw new Error('INSERT … RETURNING gave no row');
      const created = tokenOf(row);
      await recordAudit(tx, actor, [
        { entity: 'api_token', entityId: row.id, action: 'create', after: created },
      ]);
      return { id: row.id, label: row.label, token };
    });
  },

  /** The token's user when the token is known, not revoked and the user not disabled; records its use. */
  async resolve(db: SiagaDb, token: string): Promise<{ user: AuthUser; tokenId: string } | null> {
    const [row] = await db
      .update(table)
      .set({ lastUsedAt: sql`now()` })
      .from(users)
      .where(
        and(
          eq(table.tokenHash, sha256Hex(token)),
          isNull(table.revokedAt),
          eq(users.id, table.userId),
          eq(users.disabled, false),
        ),
      )
      .returning({ tokenId: table.id, id: users.id, name: users.name, role: users.role });
    return row ? { user: authUserOf(row), tokenId: row.tokenId } : null;
  },

  /** The user's tokens, newest first, revoked ones included (without the tokens themselves). */
  async list(db: SiagaDb, userId: string): Promise<ApiToken[]> {
    if (!isUuid(userId)) return [];
    const rows = await db
      .select(selection)
      .from(table)
      .where(eq(table.userId, userId))
      .orderBy(desc(table.createdAt), desc(table.id));
    return rows.map(tokenOf);
  },

  /** False when the user has no such token or it is already revoked. */
  async revoke(db: SiagaDb, userId: string, tokenId: string, actor: Actor): Promise<boolean> {
    if (!isUuid(userId) || !isUuid(tokenId)) return false;
    return db.transaction(async (tx) => {
      const [row] = await tx
        .update(table)
        .set({ revokedAt: sql`now()` })
        .where(and(eq(table.id, tokenId), eq(table.userId, userId), isNull(table.revokedAt)))
        .returning(selection);
      if (!row) return false;
      await recordAudit(tx, actor, [
        { entity: 'api_token', entityId: tokenId, action: 'revoke', after: tokenOf(row) },
      ]);
      return true;
    });
  },
};
