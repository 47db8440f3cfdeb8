import { Role } from '@siaga/schema';

export const roles = Role.options;

/**
 * Who may call a route, declared once in its definition: `'public'` (anyone), `'read'` (any signed-in user, and
 * anonymous clients while anonymous read is on) or the roles that may (admin always may).
 */
export type Access = 'public' | 'read' | readonly [Role, ...Role[]];

/** Every signed-in user, whatever the role (e.g. the audit log, never anonymous). */
export const signedIn: Access = [...roles] as [Role, ...Role[]];

/** The names of the security schemes in the OpenAPI document. */
export const securitySchemes = {
  sessionCookie: { type: 'apiKey', in: 'cookie', name: 'siaga_session' },
  bearerToken: { type: 'http', scheme: 'bearer', description: 'An API token: `siaga_…`' },
} as const;

/** The route's access as the OpenAPI document states it: `security` plus the `x-siaga-access` extension. */
export function documentedAccess(access: Access): {
  security: Array<Partial<Record<keyof typeof securitySchemes, string[]>>>;
  'x-siaga-access': Access;
} {
  const required = access === 'public' || access === 'read' ? [] : [...access];
  return {
    security: access === 'public' ? [] : [{ sessionCookie: required }, { bearerToken: required }],
    'x-siaga-access': access,
  };
}
