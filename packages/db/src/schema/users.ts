import { Role } from '@siaga/schema';
import { sql } from 'drizzle-orm';
import { boolean, check, pgTable, text } from 'drizzle-orm/pg-core';
import { enumText, id, oneOf, timestamps, version } from './columns.ts';

/** People who sign in. Never deleted (the audit log names them); `disabled` ends their sessions and tokens. */
export const users = pgTable(
  'users',
  {
    id: id(),
    name: text('name').notNull().unique('users_name_unique'),
    role: enumText('role', Role).notNull(),
    /** `scrypt$N$r$p$saltB64$hashB64`, see repositories/password.ts. */
    passwordHash: text('password_hash').notNull(),
    disabled: boolean('disabled').notNull().default(false),
    version: version(),
    ...timestamps,
  },
  (t) => [
    check('users_role_check', oneOf(t.role, Role.options)),
    check('users_name_check', sql`length(${t.name}) > 0`),
  ],
);
