import type { AuditEntry } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { auditCsv, csvField } from './audit_csv.ts';

const entry: AuditEntry = {
  id: 7,
  at: '2026-11-29T10:00:00.000Z',
  actorId: '5d0c1b8e-2f4a-4c1e-9a57-0d5c8f6e2b31',
  actorName: 'ketut',
  via: 'session',
  remoteAddr: '10.0.0.2',
  entity: 'cache_item',
  entityId: 'a1',
  action: 'issue',
  before: { quantity: 5, notes: 'tenda "besar", baru' },
  after: { quantity: 3 },
  reason: 'Banjir di Kalibukbuk\nhari kedua',
};

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvField('Gudang Seririt')).toBe('Gudang Seririt');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "ya"')).toBe('"say ""ya"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(null)).toBe('');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('auditCsv', () => {
  it('starts with a UTF-8 BOM and the header, one CRLF line per entry, JSON for before and after', () => {
    const csv = auditCsv([entry]);
    expect(
      csv.startsWith(
        '\uFEFFid,at,actorName,actorId,via,remoteAddr,entity,entityId,action,reason,before,after\r\n',
      ),
    ).toBe(true);
    const [, row] = csv.slice(1).split('\r\n');
    expect(row).toBe(
      '7,2026-11-29T10:00:00.000Z,ketut,5d0c1b8e-2f4a-4c1e-9a57-0d5c8f6e2b31,session,10.0.0.2,cache_item,a1,' +
        'issue,"Banjir di Kalibukbuk\nhari kedua","{""quantity"":5,""notes"":""tenda \\""besar\\"", baru""}",' +
        '"{""quantity"":3}"',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes only the header for no entries', () => {
    expect(auditCsv([]).split('\r\n')).toHaveLength(2);
  });
});
