import type { AuditVia } from '@siaga/schema';

/** Who makes a change, as the audit log records it. */
export interface Actor {
  /** The signed-in user; null for the seed loader, imports and other commands without a user. */
  userId: string | null;
  name: string;
  via: AuditVia;
  remoteAddr: string | null;
}

/**
 * The actor of a command that runs without a signed-in user.
 *
 * @example await loadSeedIfEmpty(database) // records its rows as systemActor('seed')
 */
export function systemActor(via: 'seed' | 'import' | 'system' | 'cli', name: string = via): Actor {
  return { userId: null, name, via, remoteAddr: null };
}
