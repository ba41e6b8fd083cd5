import { describe, expect, it } from 'vitest';
import { makeSyntheticNationalId } from '../national-id';
import { appointLeaderSchema } from './person-input';
import { staffCreateSchema, staffUpdateSchema } from './staff';
import { unitCreateSchema, unitUpdateSchema } from './unit-admin';

const nationalId = makeSyntheticNationalId('1985-06-17', 200);

const fields = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('staffCreateSchema', () => {
  it('accepts a person with capabilities, trims text and defaults nothing it should not', () => {
    const parsed = staffCreateSchema.parse({
      nationalId,
      name: '  Ola Nordmann ',
      email: ' ola@example.no ',
      title: ' Fastlege ',
      external: true,
      canHold: false,
      canAct: true,
      isSuperUser: false,
    });
    expect(parsed).toMatchObject({
      name: 'Ola Nordmann',
      email: 'ola@example.no',
      title: 'Fastlege',
    });
    expect(parsed.phone).toBeUndefined();
  });

  it.each([
    [{ nationalId: '12345678901' }, 'nationalId'],
    [{ email: 'ola@' }, 'email'],
    [{ phone: 'ring meg' }, 'phone'],
    [{ canHold: undefined }, 'canHold'],
    [{ title: '' }, 'title'],
    [{ external: 'nei' }, 'external'],
  ])('names the failing field in %j', (over, field) => {
    const r = staffCreateSchema.safeParse({
      nationalId,
      name: 'Ola Nordmann',
      canHold: true,
      canAct: true,
      isSuperUser: false,
      ...over,
    });
    expect(r.success).toBe(false);
    expect(fields(r)).toContain(field);
  });

  it('refuses unknown fields, such as making oneself unit leader', () => {
    const r = staffCreateSchema.safeParse({
      nationalId,
      name: 'Ola Nordmann',
      canHold: true,
      canAct: true,
      isSuperUser: false,
      isUnitLeader: true,
    });
    expect(r.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('updates carry a version', () => {
  it.each([
    [staffUpdateSchema, { canHold: true }],
    [unitUpdateSchema, { name: 'Ny skole' }],
    [staffUpdateSchema, { canHold: true, version: 0 }],
  ])('%# refuses a missing or invalid version', (schema, input) => {
    expect(fields(schema.safeParse(input))).toContain('version');
  });
});

describe('unit and leader input', () => {
  it('refuses a negative number of children and an unknown unit type', () => {
    expect(
      fields(unitCreateSchema.safeParse({ name: 'Skole', type: 'zoo', childrenServed: -1 })),
    ).toEqual(expect.arrayContaining(['type', 'childrenServed']));
  });

  it('accepts a leader with only national id and name', () => {
    expect(appointLeaderSchema.parse({ nationalId, name: 'Per Leder' })).toEqual({
      nationalId,
      name: 'Per Leder',
    });
  });
});
