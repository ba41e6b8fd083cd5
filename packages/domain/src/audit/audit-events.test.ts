import { describe, expect, it } from 'vitest';
import {
  auditEventQuerySchema,
  decodeAuditCursor,
  encodeAuditCursor,
  redactAuditData,
} from './audit-events';

const cursor = { at: '2026-11-22T08:43:54.123456Z', id: '6f1c1f38-6d0b-4c55-9a3e-0e3b6c3a1f00' };

describe('audit cursor', () => {
  it('round-trips and is URL-safe', () => {
    const c = encodeAuditCursor(cursor);
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeAuditCursor(c)).toEqual(cursor);
  });

  it('refuses anything that is not one of ours', () => {
    for (const bad of ['', 'abc', '!!!', encodeAuditCursor({ ...cursor, id: 'x' })]) {
      expect(decodeAuditCursor(bad)).toBeNull();
    }
    expect(decodeAuditCursor(btoa('2026-11-22|x|y'))).toBeNull();
  });
});

describe('auditEventQuerySchema', () => {
  it('accepts the filters and coerces limit', () => {
    expect(
      auditEventQuerySchema.parse({
        action: 'municipality.settings_updated',
        actorPersonId: cursor.id,
        from: '2026-01-01T00:00:00Z',
        to: '2026-12-31T23:59:59+01:00',
        limit: '20',
        cursor: encodeAuditCursor(cursor),
      }).limit,
    ).toBe(20);
  });

  it('names each malformed filter', () => {
    const r = auditEventQuerySchema.safeParse({
      actorPersonId: 'nope',
      from: '2026-13-01',
      limit: '1000',
      cursor: 'zzz',
      extra: '1',
    });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.') || i.message);
    expect(paths).toEqual(expect.arrayContaining(['actorPersonId', 'from', 'limit', 'cursor']));
  });

  it('refuses from after to', () => {
    const r = auditEventQuerySchema.safeParse({
      from: '2026-02-01T00:00:00Z',
      to: '2026-01-01T00:00:00Z',
    });
    expect(r.error?.issues[0]).toMatchObject({ path: ['from'], message: 'from må være før to.' });
  });
});

describe('redactAuditData', () => {
  it('drops national-id keys and masks anything that looks like one, at any depth', () => {
    expect(
      redactAuditData({
        nationalId: '12847510100',
        before: { name: 'Kari', note: 'fnr 12847510100 ble rettet', fnr: 1 },
        list: [3896813705, 'ok', 42],
      }),
    ).toEqual({
      before: { name: 'Kari', note: 'fnr [fødselsnummer fjernet] ble rettet' },
      list: ['[fødselsnummer fjernet]', 'ok', 42],
    });
  });
});
