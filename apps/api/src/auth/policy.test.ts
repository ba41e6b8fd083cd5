import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { authorize, isHiddenFrom, type Action, type Resource } from './policy';

const DISTRICT = 'd0000000-0000-4000-8000-000000000001';
const OTHER_DISTRICT = 'd0000000-0000-4000-8000-000000000002';
const UNIT = {
  kind: 'unit' as const,
  id: 'u0000000-0000-4000-8000-000000000001',
  districtId: DISTRICT,
};

const nobody: Actor = {
  personId: 'p',
  name: 'P',
  municipalityAdmin: false,
  districtLeaderOf: [],
  memberships: [],
  guardianOf: [],
  youth: false,
};
const membership = {
  unitId: 'u0000000-0000-4000-8000-000000000009',
  unitName: 'Annen enhet',
  unitType: 'school' as const,
  districtId: OTHER_DISTRICT,
  districtName: 'Annen bydel',
  holder: false,
  actor: false,
  superUser: false,
  unitLeader: false,
};

const personas: Record<string, Actor> = {
  'municipality admin': { ...nobody, municipalityAdmin: true },
  'district leader of the district': { ...nobody, districtLeaderOf: [{ id: DISTRICT, name: 'N' }] },
  'district leader elsewhere': { ...nobody, districtLeaderOf: [{ id: OTHER_DISTRICT, name: 'G' }] },
  'unit leader': { ...nobody, memberships: [{ ...membership, unitLeader: true }] },
  'leader of the unit': {
    ...nobody,
    memberships: [{ ...membership, unitId: UNIT.id, districtId: DISTRICT, unitLeader: true }],
  },
  'staff of the unit': {
    ...nobody,
    memberships: [{ ...membership, unitId: UNIT.id, districtId: DISTRICT, holder: true }],
  },
  holder: { ...nobody, memberships: [{ ...membership, holder: true, actor: true }] },
  'super user': { ...nobody, memberships: [{ ...membership, superUser: true }] },
  guardian: { ...nobody, guardianOf: [{ id: 'c', name: 'Barn' }] },
  youth: { ...nobody, youth: true },
  'no role': nobody,
};

/** The matrix: one row per action, the personas allowed; every other cell must be refused. */
const allowed: Record<Action, string[]> = {
  'me:read': Object.keys(personas),
  'unit:read': [
    'municipality admin',
    'district leader of the district',
    'unit leader',
    'leader of the unit',
    'staff of the unit',
    'holder',
    'super user',
  ],
  'district:list': [
    'municipality admin',
    'district leader of the district',
    'district leader elsewhere',
  ],
  'district:create': ['municipality admin'],
  'district:read': ['municipality admin', 'district leader of the district'],
  'district:update': ['municipality admin'],
  'district:manage_leaders': ['municipality admin'],
  'unit:list': ['municipality admin', 'district leader of the district'],
  'unit:create': ['municipality admin', 'district leader of the district'],
  'unit:update': ['municipality admin', 'district leader of the district'],
  'unit:manage_leaders': ['municipality admin', 'district leader of the district'],
  'staff:list': ['leader of the unit'],
  'staff:add': ['leader of the unit'],
  'staff:update': ['leader of the unit'],
  'staff:set_active': ['leader of the unit'],
  'municipality:read_settings': ['municipality admin'],
  'municipality:update_settings': ['municipality admin'],
  'audit:list': ['municipality admin'],
};

const resourceFor = (action: Action): Resource => {
  if (action === 'me:read') return { kind: 'self' };
  if (
    action === 'district:list' ||
    action === 'district:create' ||
    action.startsWith('municipality:') ||
    action === 'audit:list'
  ) {
    return { kind: 'municipality' };
  }
  if (action.startsWith('district:') || action === 'unit:list' || action === 'unit:create') {
    return { kind: 'district', id: DISTRICT };
  }
  return UNIT;
};

describe('authorize: role × action matrix', () => {
  for (const [action, who] of Object.entries(allowed) as [Action, string[]][]) {
    for (const [name, actor] of Object.entries(personas)) {
      const expected = who.includes(name);
      it(`${name} ${expected ? 'may' : 'may not'} ${action}`, () => {
        expect(authorize(actor, action, resourceFor(action) as never)).toBe(expected);
      });
    }
  }
});

describe('isHiddenFrom: a district leader does not see past their districts', () => {
  const district = { kind: 'district' as const, id: DISTRICT };
  it.each([
    ['district leader elsewhere', district, true],
    ['district leader elsewhere', UNIT, true],
    ['district leader of the district', UNIT, false],
    ['municipality admin', UNIT, false],
    ['leader of the unit', UNIT, false],
    ['holder', UNIT, false],
    ['guardian', district, false],
    ['district leader elsewhere', { kind: 'municipality' as const }, false],
  ] as const)('%s → hidden from %j: %s', (name, resource, hidden) => {
    expect(isHiddenFrom(personas[name] as Actor, resource)).toBe(hidden);
  });
  it('a district leader who also leads a unit elsewhere sees that unit', () => {
    const both: Actor = {
      ...nobody,
      districtLeaderOf: [{ id: OTHER_DISTRICT, name: 'G' }],
      memberships: [{ ...membership, unitId: UNIT.id, districtId: DISTRICT, unitLeader: true }],
    };
    expect(isHiddenFrom(both, UNIT)).toBe(false);
  });
});
