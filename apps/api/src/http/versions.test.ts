import { describe, expect, it } from 'vitest';
import { etagOf, ifMatchVersion } from './versions.ts';

describe('ifMatchVersion', () => {
  it('reads the quoted version an ETag carries', () => {
    expect(ifMatchVersion(etagOf(7))).toBe(7);
    expect(ifMatchVersion(' "12" ')).toBe(12);
  });

  it('asks for no version when the header is absent, empty or *', () => {
    expect(ifMatchVersion(undefined)).toBeUndefined();
    expect(ifMatchVersion('')).toBeUndefined();
    expect(ifMatchVersion('*')).toBeUndefined();
  });

  it('reads weak, unquoted, listed or non-numeric ETags as a version no row has', () => {
    for (const header of ['W/"3"', '3', '"3", "4"', '"abc"', '"0"', '"-1"', '"99999999999"']) {
      expect(ifMatchVersion(header), header).toBe(0);
    }
  });
});
