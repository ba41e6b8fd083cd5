import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import {
  authorize,
  isHiddenFrom,
  logAccess,
  mayReadAttention,
  type Action,
  type LogResource,
  type Resource,
} from './policy';

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
  // The log's own people (C8); LOG below is their log.
  'holder of the log': {
    ...nobody,
    personId: 'holder-p',
    memberships: [
      { ...membership, unitId: UNIT.id, districtId: DISTRICT, holder: true, actor: true },
    ],
  },
  'actor on an attention': {
    ...nobody,
    personId: 'actor-p',
    memberships: [{ ...membership, actor: true }],
  },
  'reader with a grant': { ...nobody, personId: 'reader-p', memberships: [membership] },
  'guardian of another child': { ...nobody, guardianOf: [{ id: 'other', name: 'Annet barn' }] },
  'the youth of the log': { ...nobody, personId: 'c', youth: true },
  'the child under the consent age': { ...nobody, personId: 'c' },
  'recipient of the transfer': { ...nobody, personId: 'to-p', memberships: [membership] },
};

/** LOG passed from the holder at UNIT to 'recipient of the transfer' at the 'unit leader''s unit. */
const TRANSFER = {
  kind: 'transfer' as const,
  id: 't0000000-0000-4000-8000-000000000001',
  fromUnitId: UNIT.id,
  fromHolderPersonId: 'holder-p',
  toUnitId: membership.unitId,
  toPersonId: 'to-p',
};

/** One log of UNIT about child 'c', with facts as each persona would load them. */
const LOG = (persona: string): LogResource => ({
  kind: 'log',
  id: 'l0000000-0000-4000-8000-000000000001',
  unitId: UNIT.id,
  holderPersonId: 'holder-p',
  childPersonId: 'c',
  status: 'active',
  actorAttentionIds: persona === 'actor on an attention' ? ['A'] : [],
  grants: persona === 'reader with a grant' ? [{ attentionIds: [], mentor: false }] : [],
});
const logReaders = [
  'holder of the log',
  'guardian',
  'the youth of the log',
  'actor on an attention',
  'reader with a grant',
];

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
    'holder of the log',
    'actor on an attention',
    'reader with a grant',
    'recipient of the transfer',
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
  'log:create': ['staff of the unit', 'holder of the log'],
  'log:list_unit': ['leader of the unit'],
  'log:read_metadata': [...logReaders, 'leader of the unit'],
  'log:read': logReaders,
  'log:write': ['holder of the log'],
  'bright_spot:write': [
    'holder of the log',
    'guardian',
    'the youth of the log',
    'actor on an attention',
  ],
  'private_note:write': logReaders,
  'transfer:start': ['holder of the log', 'leader of the unit'],
  'transfer:cancel': ['holder of the log', 'leader of the unit'],
  'transfer:decide': ['unit leader', 'recipient of the transfer'],
  'transfer:list_incoming': ['leader of the unit'],
  'log:close': ['holder of the log'],
  'log:withdraw_consent': ['guardian', 'the youth of the log'],
  'log:request_deletion': ['guardian', 'the youth of the log'],
  'log:reopen': ['leader of the unit'],
  'log:delete': ['leader of the unit'],
  'archive:manage': ['holder of the log', 'leader of the unit'],
  'archive:export': ['leader of the unit'],
  'transfer_package:receive': ['unit leader', 'leader of the unit'],
  'stats:read_municipality': ['municipality admin'],
  'stats:read_district': ['municipality admin', 'district leader of the district'],
  'stats:read_unit': [
    'municipality admin',
    'district leader of the district',
    'leader of the unit',
  ],
  'stats:read_names': ['leader of the unit'],
};

const resourceFor = (action: Action, persona: string): Resource => {
  if (action === 'me:read') return { kind: 'self' };
  if (action.startsWith('log:') && action !== 'log:create' && action !== 'log:list_unit') {
    return LOG(persona);
  }
  if (action === 'bright_spot:write' || action === 'private_note:write') return LOG(persona);
  if (action === 'transfer:start' || action.startsWith('archive:manage')) return LOG(persona);
  if (action === 'transfer:cancel' || action === 'transfer:decide') return TRANSFER;
  if (action === 'transfer:list_incoming' || action === 'archive:export') return UNIT;
  if (
    action === 'district:list' ||
    action === 'district:create' ||
    action.startsWith('municipality:') ||
    action === 'transfer_package:receive' ||
    action === 'stats:read_municipality' ||
    action === 'audit:list'
  ) {
    return { kind: 'municipality' };
  }
  if (
    action.startsWith('district:') ||
    action === 'unit:list' ||
    action === 'unit:create' ||
    action === 'stats:read_district'
  ) {
    return { kind: 'district', id: DISTRICT };
  }
  return UNIT;
};

describe('authorize: role × action matrix', () => {
  for (const [action, who] of Object.entries(allowed) as [Action, string[]][]) {
    for (const [name, actor] of Object.entries(personas)) {
      const expected = who.includes(name);
      it(`${name} ${expected ? 'may' : 'may not'} ${action}`, () => {
        expect(authorize(actor, action, resourceFor(action, name) as never)).toBe(expected);
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

describe('logAccess: what each person reads of one log (C8)', () => {
  it('an actor on attention A cannot read attention B', () => {
    const access = logAccess(
      personas['actor on an attention'] as Actor,
      LOG('actor on an attention'),
    );
    expect(access).toMatchObject({ kind: 'reader', as: 'actor' });
    expect(mayReadAttention(access, 'A')).toBe(true);
    expect(mayReadAttention(access, 'B')).toBe(false);
  });
  it('a grant for chosen attentions reads those only; a whole-log grant reads all', () => {
    const reader = personas['reader with a grant'] as Actor;
    const chosen = logAccess(reader, {
      ...LOG(''),
      grants: [{ attentionIds: ['B'], mentor: false }],
    });
    expect([mayReadAttention(chosen, 'A'), mayReadAttention(chosen, 'B')]).toEqual([false, true]);
    const all = logAccess(reader, LOG('reader with a grant'));
    expect(mayReadAttention(all, 'A')).toBe(true);
  });
  it('the guardian of child X cannot read child Y’s log', () => {
    expect(logAccess(personas['guardian of another child'] as Actor, LOG('')).kind).toBe('none');
    expect(logAccess(personas['guardian'] as Actor, LOG('')).kind).toBe('family');
  });
  it('the unit leader sees metadata, not content', () => {
    expect(logAccess(personas['leader of the unit'] as Actor, LOG('')).kind).toBe('metadata');
  });
  it('a deleted log is metadata for its unit leader and nothing for anyone else', () => {
    const deleted = { ...LOG(''), status: 'deleted' as const };
    expect(logAccess(personas['holder of the log'] as Actor, deleted).kind).toBe('none');
    expect(logAccess(personas['leader of the unit'] as Actor, deleted).kind).toBe('metadata');
  });
  it('a log is hidden (404) from everyone without any access', () => {
    expect(isHiddenFrom(personas['no role'] as Actor, LOG(''))).toBe(true);
    expect(isHiddenFrom(personas['municipality admin'] as Actor, LOG(''))).toBe(true);
    expect(isHiddenFrom(personas['leader of the unit'] as Actor, LOG(''))).toBe(false);
  });
});

describe('isHiddenFrom: a transfer is known only at its two ends', () => {
  it.each([
    ['holder of the log', false],
    ['leader of the unit', false],
    ['recipient of the transfer', false],
    ['unit leader', false],
    ['staff of the unit', true],
    ['guardian', true],
    ['municipality admin', true],
  ] as const)('%s → hidden: %s', (name, hidden) => {
    expect(isHiddenFrom(personas[name] as Actor, TRANSFER)).toBe(hidden);
  });
});
