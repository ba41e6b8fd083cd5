import { and, asc, eq, type SQL } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { StaffMember } from '@stafett/domain';
import { notFound } from '../http/errors';
import { personRefColumns } from './find-or-create-person';
import type { OrgContext } from './org-context';
import { afterKey, type Page } from './page-cursor';

export const MEMBERSHIP_NOT_FOUND = 'Vi finner ikke den ansatte i enheten.';

const m = schema.staffMembership;

/** Staff of a unit as the unit leader sees them (never national ids). */
export async function selectStaff(
  ctx: OrgContext,
  unitId: string,
  where?: SQL,
  page?: Page,
): Promise<StaffMember[]> {
  const query = ctx.tx
    .select({
      id: m.id,
      unitId: m.unitId,
      title: m.title,
      external: m.external,
      canHold: m.canHold,
      canAct: m.canAct,
      isSuperUser: m.isSuperUser,
      isUnitLeader: m.isUnitLeader,
      active: m.active,
      version: m.version,
      person: personRefColumns,
    })
    .from(m)
    .innerJoin(
      schema.person,
      and(eq(schema.person.municipalityId, m.municipalityId), eq(schema.person.id, m.personId)),
    )
    .where(
      and(
        eq(m.municipalityId, ctx.municipalityId),
        eq(m.unitId, unitId),
        where,
        afterKey([schema.person.name, m.id], page?.after ?? null),
      ),
    )
    .orderBy(asc(schema.person.name), asc(m.id));
  // One row more than the page, to know whether there is a next one.
  return page ? query.limit(page.limit + 1) : query;
}

/** The sort key of a staff member in lists: name, membership id. */
export const staffKey = (s: StaffMember) => [s.person.name, s.id];

export async function findStaffMember(
  ctx: OrgContext,
  unitId: string,
  membershipId: string,
): Promise<StaffMember> {
  const [row] = await selectStaff(ctx, unitId, eq(m.id, membershipId));
  if (!row) throw notFound(MEMBERSHIP_NOT_FOUND);
  return row;
}

export const ownMembership = (ctx: OrgContext, unitId: string, membershipId: string) =>
  and(eq(m.municipalityId, ctx.municipalityId), eq(m.unitId, unitId), eq(m.id, membershipId));

/** What the audit trail keeps of a membership: the capabilities, not the person's details. */
export const membershipFacts = (s: StaffMember) => ({
  title: s.title,
  external: s.external,
  canHold: s.canHold,
  canAct: s.canAct,
  isSuperUser: s.isSuperUser,
  isUnitLeader: s.isUnitLeader,
  active: s.active,
});
