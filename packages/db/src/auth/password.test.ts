import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password.ts';

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

  it('spends about as long on an unknown user as on a real check', async () => {
    const stored = await hashPassword('kentongan-bali-2026');
    await verifyAgainstDummy('warm-up');
    const time = async (run: () => Promise<unknown>) => {
      const started = performance.now();
      await run();
      return performance.now() - started;
    };
    const real = await time(() => verifyPassword('wrong password', stored));
    const dummy = await time(() => verifyAgainstDummy('wrong password'));
    expect(await verifyAgainstDummy('anything')).toBe(false);
    expect(dummy).toBeGreaterThan(real / 3);
  });
});
