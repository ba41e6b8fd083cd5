import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { authorize, type Action } from './policy';

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
    'holder',
    'super user',
  ],
};

const resourceFor = (action: Action) => (action === 'unit:read' ? UNIT : { kind: 'self' as const });

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
