import { row, type MatrixRow } from './matrix-row';
import { ALL_PERSONAS } from './personas';

const V1 = '/api/v1';
const EVERYONE = ALL_PERSONAS;

/**
 * Every organisation endpoint and who may use it (DOMAIN.md T3–T5; apps/api/src/auth/policy.ts
 * decides). Rows for other areas live in files of their own and are listed in matrix.test.ts.
 */
export const orgMatrix: MatrixRow[] = [
  // Public: the municipality directory and each municipality's sign-in face.
  row({
    method: 'GET',
    route: '/municipalities',
    path: () => `${V1}/municipalities`,
    allowed: EVERYONE,
    writes: [],
  }),

  row({
    method: 'GET',
    route: '/municipalities/{slug}',
    path: () => `${V1}/municipalities/oslo`,
    allowed: EVERYONE,
    writes: [],
  }),
  row({
    method: 'GET',
    route: '/municipalities/{slug}/logo',
    path: () => `${V1}/municipalities/oslo/logo`,
    allowed: EVERYONE,
    writes: [],
  }),

  // Your own contact details.
  row({
    method: 'GET',
    route: '/me/contact',
    path: () => `${V1}/me/contact`,
    allowed: ['admin', 'districtLeader', 'unitLeader', 'staff', 'guardian', 'otherAdmin'],
    writes: [],
  }),
  row({
    method: 'PUT',
    route: '/me/contact',
    path: () => `${V1}/me/contact`,
    body: async (_f, fx, who) => ({
      email: 'matrise@example.no',
      phone: null,
      version: who.personId ? await fx.versionOfPerson(who.personId) : 1,
    }),
    allowed: ['admin', 'districtLeader', 'unitLeader', 'staff', 'guardian', 'otherAdmin'],
    writes: ['person'],
  }),

  // Districts: the municipality admin manages them; a district leader reads their own.
  row({
    method: 'GET',
    route: '/districts',
    path: () => `${V1}/districts`,
    allowed: ['admin', 'districtLeader', 'otherAdmin'],
    writes: [],
  }),
  row({
    method: 'POST',
    route: '/districts',
    path: () => `${V1}/districts`,
    body: (_f, fx) => ({ name: fx.uniqueName('Ny bydel') }),
    allowed: ['admin', 'otherAdmin'],
    writes: ['district'],
  }),
  row({
    method: 'GET',
    route: '/districts/{districtId}',
    path: (_f, fx) => `${V1}/districts/${fx.oslo.nordreAkerId}`,
    allowed: ['admin', 'districtLeader'],
    writes: [],
  }),
  row({
    method: 'PATCH',
    route: '/districts/{districtId}',
    setup: (fx) => fx.district(),
    path: (districtId) => `${V1}/districts/${districtId}`,
    body: (_f, fx) => ({ name: fx.uniqueName('Nytt navn'), version: 1 }),
    allowed: ['admin'],
    writes: ['district'],
  }),
  row({
    method: 'POST',
    route: '/districts/{districtId}/leaders',
    setup: (fx) => fx.district(),
    path: (districtId) => `${V1}/districts/${districtId}/leaders`,
    body: (_f, fx) => ({ nationalId: fx.nationalId(), name: 'Ny Områdeleder' }),
    allowed: ['admin'],
    writes: ['person', 'district_leader'],
  }),
  row({
    method: 'DELETE',
    route: '/districts/{districtId}/leaders/{personId}',
    setup: async (fx) => {
      const districtId = await fx.district();
      return { districtId, personId: await fx.districtLeader(districtId) };
    },
    path: (f) => `${V1}/districts/${f.districtId}/leaders/${f.personId}`,
    allowed: ['admin'],
    writes: ['district_leader'],
  }),

  // Units: the district's leader manages them; the municipality admin may too.
  row({
    method: 'GET',
    route: '/units',
    path: () => `${V1}/units`,
    allowed: ['admin', 'districtLeader', 'otherAdmin'],
    writes: [],
  }),
  row({
    method: 'GET',
    route: '/units?districtId=',
    path: (_f, fx) => `${V1}/units?districtId=${fx.oslo.nordreAkerId}`,
    allowed: ['admin', 'districtLeader'],
    writes: [],
  }),
  row({
    method: 'POST',
    route: '/districts/{districtId}/units',
    path: (_f, fx) => `${V1}/districts/${fx.oslo.nordreAkerId}/units`,
    body: (_f, fx) => ({ name: fx.uniqueName('Ny skole'), type: 'school', childrenServed: 300 }),
    allowed: ['admin', 'districtLeader'],
    writes: ['unit'],
  }),
  row({
    method: 'GET',
    route: '/units/{unitId}',
    path: (_f, fx) => `${V1}/units/${fx.oslo.nordbergId}`,
    allowed: ['admin', 'districtLeader', 'unitLeader', 'staff'],
    writes: [],
  }),
  row({
    method: 'PATCH',
    route: '/units/{unitId}',
    setup: (fx) => fx.unit(),
    path: (unitId) => `${V1}/units/${unitId}`,
    body: () => ({ childrenServed: 123, type: 'kindergarten', version: 1 }),
    allowed: ['admin', 'districtLeader'],
    writes: ['unit'],
  }),
  row({
    method: 'POST',
    route: '/units/{unitId}/leaders',
    setup: (fx) => fx.unit(),
    path: (unitId) => `${V1}/units/${unitId}/leaders`,
    body: (_f, fx) => ({ nationalId: fx.nationalId(), name: 'Ny Enhetsleder', email: null }),
    allowed: ['admin', 'districtLeader'],
    writes: ['person', 'staff_membership'],
  }),
  row({
    method: 'DELETE',
    route: '/units/{unitId}/leaders/{personId}',
    setup: async (fx) => {
      const unitId = await fx.unit();
      const { personId } = await fx.membership({ unitId, isUnitLeader: true });
      return { unitId, personId };
    },
    path: (f) => `${V1}/units/${f.unitId}/leaders/${f.personId}`,
    allowed: ['admin', 'districtLeader'],
    writes: ['staff_membership'],
  }),

  // Staff: the unit's own leader.
  row({
    method: 'GET',
    route: '/units/{unitId}/staff',
    path: (_f, fx) => `${V1}/units/${fx.oslo.nordbergId}/staff`,
    allowed: ['unitLeader'],
    writes: [],
  }),
  row({
    method: 'POST',
    route: '/units/{unitId}/staff',
    path: (_f, fx) => `${V1}/units/${fx.oslo.nordbergId}/staff`,
    body: (_f, fx) => ({
      nationalId: fx.nationalId(),
      name: 'Ny Lærer',
      email: 'ny.laerer@example.no',
      phone: '+47 412 34 567',
      title: 'Lærer',
      canHold: true,
      canAct: true,
      isSuperUser: false,
    }),
    allowed: ['unitLeader'],
    writes: ['person', 'staff_membership'],
  }),
  row({
    method: 'PATCH',
    route: '/units/{unitId}/staff/{membershipId}',
    setup: (fx) => fx.membership(),
    path: (m, fx) => `${V1}/units/${fx.oslo.nordbergId}/staff/${m.id}`,
    body: (m) => ({ canHold: true, title: 'Spesialpedagog', version: m.version }),
    allowed: ['unitLeader'],
    writes: ['staff_membership'],
  }),
  row({
    method: 'POST',
    route: '/units/{unitId}/staff/{membershipId}/deactivate',
    setup: (fx) => fx.membership(),
    path: (m, fx) => `${V1}/units/${fx.oslo.nordbergId}/staff/${m.id}/deactivate`,
    body: (m) => ({ version: m.version }),
    allowed: ['unitLeader'],
    writes: ['staff_membership'],
  }),
  row({
    method: 'POST',
    route: '/units/{unitId}/staff/{membershipId}/reactivate',
    setup: (fx) => fx.membership({ active: false }),
    path: (m, fx) => `${V1}/units/${fx.oslo.nordbergId}/staff/${m.id}/reactivate`,
    body: (m) => ({ version: m.version }),
    allowed: ['unitLeader'],
    writes: ['staff_membership'],
  }),

  // The municipality's settings, branding and audit trail: its admin only (DOMAIN.md T2, A6).
  // Each admin reaches their own municipality (the id comes from the session), so Haugesund's
  // admin is allowed here and changes Haugesund. PUT /municipality/logo takes a raw image body,
  // which this JSON table cannot send; test/settings-logo.test.ts covers it for every role.
  row({
    method: 'GET',
    route: '/municipality/settings',
    path: () => `${V1}/municipality/settings`,
    allowed: ['admin', 'otherAdmin'],
    writes: [],
  }),
  row({
    method: 'PUT',
    route: '/municipality/settings',
    path: () => `${V1}/municipality/settings`,
    body: async (_f, _fx, who) => {
      // The admins send back what they read; the others cannot read it, so send a plausible body.
      const res = await who.browser.call(`${V1}/municipality/settings`);
      const s = res.ok
        ? ((await res.json()) as { branding: { accentColor: string }; version: number })
        : { branding: { accentColor: '#1f42aa' }, version: 1 };
      return {
        writtenStandard: 'nb',
        consentAge: 16,
        consentValidityMonths: 18,
        attentionCategories: ['Språk', 'Motorikk'],
        evaluationPeriodDays: { practical: 21, other: 42 },
        accentColor: s.branding.accentColor,
        version: s.version,
      };
    },
    allowed: ['admin', 'otherAdmin'],
    writes: ['municipality'],
  }),
  row({
    method: 'DELETE',
    route: '/municipality/logo',
    path: () => `${V1}/municipality/logo`,
    allowed: ['admin', 'otherAdmin'],
    writes: ['municipality'],
  }),
  row({
    method: 'GET',
    route: '/audit-events',
    path: () => `${V1}/audit-events?limit=5`,
    allowed: ['admin', 'otherAdmin'],
    writes: [],
  }),
];
