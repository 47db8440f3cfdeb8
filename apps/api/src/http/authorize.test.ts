import type { Role } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import type { Auth } from '../app_env.ts';
import { roles } from './access.ts';
import { decideAccess } from './authorize.ts';

const anonymous: Auth = { user: null, via: null, csrfToken: null };
const as = (role: Role): Auth => ({
  user: { id: '5d0c1b8e-2f4a-4c1e-9a57-0d5c8f6e2b31', name: role, role },
  via: 'token',
  csrfToken: null,
});

describe('decideAccess', () => {
  it('lets anyone call a public route', () => {
    expect(decideAccess('public', anonymous, false)).toBe('allow');
  });

  it('lets every signed-in role read, and anonymous clients only while anonymous read is on', () => {
    for (const role of roles) expect(decideAccess('read', as(role), false), role).toBe('allow');
    expect(decideAccess('read', anonymous, true)).toBe('allow');
    expect(decideAccess('read', anonymous, false)).toBe('unauthorized');
  });

  it('lets the listed roles and admin write, refuses the others and never lets anonymous clients write', () => {
    const access = ['planner', 'dispatcher'] as const;
    const allowed = roles.filter((r) => decideAccess(access, as(r), true) === 'allow');
    expect(allowed.sort()).toEqual(['admin', 'dispatcher', 'planner']);
    expect(decideAccess(access, as('viewer'), true)).toBe('forbidden');
    expect(decideAccess(access, anonymous, true)).toBe('unauthorized');
  });
});
