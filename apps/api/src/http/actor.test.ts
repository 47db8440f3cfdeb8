import { describe, expect, it } from 'vitest';
import { plainAddress } from './actor.ts';

describe('plainAddress', () => {
  it('gives an IPv4-mapped IPv6 address as the IPv4 address it carries', () => {
    expect(plainAddress('::ffff:127.0.4.3')).toBe('127.0.4.3');
    expect(plainAddress('::FFFF:192.168.1.20')).toBe('192.168.1.20');
  });

  it('keeps IPv4 and other IPv6 addresses as they are', () => {
    for (const address of ['192.168.1.20', '::1', 'fe80::1', '2001:db8::ffff:1.2.3.4', '::ffff:1.2.3']) {
      expect(plainAddress(address)).toBe(address);
    }
  });
});
