import { describe, expect, it } from 'vitest';
import { dummyHash, hashPassword, verifyAgainstDummy, verifyPassword } from './password.ts';

describe('password hashing', () => {
  it('stores a self-describing scrypt hash that verifies the password and nothing else', async () => {
    const stored = await hashPassword('kentongan-bali-2026');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/);
    expect(await verifyPassword('kentongan-bali-2026', stored)).toBe(true);
    expect(await verifyPassword('kentongan-bali-2027', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    const [a, b] = await Promise.all([hashPassword('same password'), hashPassword('same password')]);
    expect(a).not.toBe(b);
  });

  it('refuses malformed or absurd hashes instead of throwing', async () => {
    const stored = await hashPassword('kentongan-bali-2026');
    const parts = stored.split('$');
    expect(await verifyPassword('kentongan-bali-2026', 'plain text')).toBe(false);
    expect(await verifyPassword('kentongan-bali-2026', `argon2$${parts.slice(1).join('$')}`)).toBe(false);
    expect(
      await verifyPassword('kentongan-bali-2026', ['scrypt', 2 ** 30, ...parts.slice(2)].join('$')),
    ).toBe(false);
    expect(await verifyPassword('kentongan-bali-2026', [...parts.slice(0, 5), ''].join('$'))).toBe(false);
  });

  it('checks an unknown user against a hash of the same cost as a real one, and never lets it in', async () => {
    const costOf = (stored: string) => stored.split('$').slice(0, 4).join('$');
    expect(costOf(await dummyHash())).toBe(costOf(await hashPassword('kentongan-bali-2026')));
    expect(await verifyAgainstDummy('anything')).toBe(false);
  });
});
