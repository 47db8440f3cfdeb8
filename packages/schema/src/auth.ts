import { z } from 'zod';
import { Id, Versioned } from './feature.ts';
import { text } from './text.ts';

/** admin passes every role check; the others are the desks of BPBD and Damkar. */
export const Role = z.enum(['viewer', 'dispatcher', 'planner', 'logistics', 'admin']);
export type Role = z.infer<typeof Role>;

/** Sign-in names: letters, digits, dot, underscore and hyphen (they appear in the audit log and the CLI). */
export const UserName = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,64}$/, 'a name of 1 to 64 letters, digits, dots, underscores or hyphens');

export const MIN_PASSWORD_LENGTH = 10;

export const Password = text()
  .min(MIN_PASSWORD_LENGTH, `a password of at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(1_024);

/** The signed-in user as the API and the web app see it. */
export const AuthUser = z.object({ id: Id, name: UserName, role: Role }).meta({ id: 'AuthUser' });
export type AuthUser = z.infer<typeof AuthUser>;

/** Sign-in checks only the shape: a wrong password and a too-short one get the same answer. */
export const SignIn = z
  .strictObject({ name: text().min(1).max(200), password: text().min(1).max(1_024) })
  .meta({ id: 'SignIn' });
export type SignIn = z.infer<typeof SignIn>;

export const SignInAnswer = z
  .object({ user: AuthUser, csrfToken: z.string(), expiresAt: z.iso.datetime() })
  .meta({ id: 'SignInAnswer' });
export type SignInAnswer = z.infer<typeof SignInAnswer>;

export const MeAnswer = z
  .object({ user: AuthUser.nullable(), csrfToken: z.string().nullable(), anonymousRead: z.boolean() })
  .meta({ id: 'MeAnswer' });
export type MeAnswer = z.infer<typeof MeAnswer>;

/** A user as admins see it (never the password hash). */
export const User = z
  .object({
    ...AuthUser.shape,
    disabled: z.boolean(),
    ...Versioned.shape,
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

export const UserList = z.object({ users: z.array(User) }).meta({ id: 'UserList' });
export type UserList = z.infer<typeof UserList>;

export const UserCreate = z
  .strictObject({ name: UserName, role: Role, password: Password })
  .meta({ id: 'UserCreate' });
export type UserCreate = z.infer<typeof UserCreate>;

/** No hard delete: a user leaves by `disabled: true` (their audit entries keep their name). */
export const UserPatch = z
  .strictObject({ role: Role, password: Password, disabled: z.boolean() })
  .partial()
  .meta({ id: 'UserPatch' });
export type UserPatch = z.infer<typeof UserPatch>;

export const TokenCreate = z
  .strictObject({ label: text().trim().min(1).max(200) })
  .meta({ id: 'TokenCreate' });
export type TokenCreate = z.infer<typeof TokenCreate>;

/** The answer to creating a token: the only time the token itself is shown. */
export const TokenCreated = z
  .object({ id: Id, label: z.string(), token: z.string() })
  .meta({ id: 'TokenCreated' });
export type TokenCreated = z.infer<typeof TokenCreated>;

export const ApiToken = z
  .object({
    id: Id,
    userId: Id,
    label: z.string(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof ApiToken>;

export const ApiTokenList = z.object({ tokens: z.array(ApiToken) }).meta({ id: 'ApiTokenList' });
export type ApiTokenList = z.infer<typeof ApiTokenList>;
