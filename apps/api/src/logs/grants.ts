import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema } from '@stafett/db';
import {
  grantRefusal,
  type GrantCreate,
  type GrantRecipientRole,
  type GrantView,
} from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { AppError, conflict, forbidden, notFound, type FieldError } from '../http/errors';
import type { OrgContext } from '../org/org-context';
import { loadLogFor, type LoadedLog } from './log-resource';
import { loadLogForChange } from './log-write';

export const GRANT_NOT_FOUND = 'Vi finner ikke lesetilgangen i denne loggen.';

/** Who the person is to this log and the municipality, for grantRefusal (C8). */
async function recipientRole(
  ctx: OrgContext,
  log: LoadedLog,
  personId: string,
): Promise<GrantRecipientRole> {
  const m = ctx.municipalityId;
  if (personId === log.resource.holderPersonId) return 'holder';
  const s = schema.staffMembership;
  const g = schema.guardianship;
  const [person, memberships, districts, guardian] = await Promise.all([
    ctx.tx
      .select({ id: schema.person.id })
      .from(schema.person)
      .where(and(eq(schema.person.municipalityId, m), eq(schema.person.id, personId))),
    ctx.tx
      .select({ leader: s.isUnitLeader })
      .from(s)
      .where(and(eq(s.municipalityId, m), eq(s.personId, personId), eq(s.active, true))),
    ctx.tx
      .select({ id: schema.districtLeader.id })
      .from(schema.districtLeader)
      .where(
        and(
          eq(schema.districtLeader.municipalityId, m),
          eq(schema.districtLeader.personId, personId),
        ),
      ),
    ctx.tx
      .select({ id: g.id })
      .from(g)
      .where(
        and(
          eq(g.municipalityId, m),
          eq(g.guardianPersonId, personId),
          eq(g.childPersonId, log.resource.childPersonId),
        ),
      ),
  ]);
  // Another municipality's person is invisible under RLS and lands here as "none".
  if (person.length === 0) return 'none';
  if (guardian.length > 0 || personId === log.resource.childPersonId) return 'family';
  if (districts.length > 0 || memberships.some((x) => x.leader)) return 'leader';
  return memberships.length > 0 ? 'staff' : 'none';
}

/**
 * C8: the holder gives read access to another staff member, for the whole log or chosen
 * attentions, recording the guardians' consent; a mentor grant is for a leader. One live grant
 * per person keeps the list readable: to change it, revoke and grant again.
 */
export async function createGrant(
  ctx: OrgContext,
  logId: string,
  input: GrantCreate,
): Promise<{ id: string }> {
  const log = await loadLogForChange(ctx, logId);
  const errors: FieldError[] = [];
  const refusal = grantRefusal(await recipientRole(ctx, log, input.personId), input.mentor);
  if (refusal) errors.push(refusal);
  if (input.attentionIds.length > 0) {
    const a = schema.attention;
    const found = await ctx.tx
      .select({ id: a.id })
      .from(a)
      .where(
        and(
          eq(a.municipalityId, ctx.municipalityId),
          eq(a.logId, logId),
          inArray(a.id, input.attentionIds),
        ),
      );
    const known = new Set(found.map((x) => x.id));
    input.attentionIds.forEach((id, index) => {
      if (!known.has(id)) {
        errors.push({
          field: `attentionIds.${index}`,
          message: 'Velg en oppmerksomhet i denne loggen.',
        });
      }
    });
  }
  if (errors.length > 0) {
    throw new AppError('validation', 'Noe i forespørselen må rettes. Se feltene under.', errors);
  }
  const ag = schema.accessGrant;
  const [live] = await ctx.tx
    .select({ id: ag.id })
    .from(ag)
    .where(
      and(
        eq(ag.municipalityId, ctx.municipalityId),
        eq(ag.logId, logId),
        eq(ag.personId, input.personId),
        isNull(ag.revokedAt),
      ),
    );
  if (live) {
    throw conflict(
      'Personen har allerede lesetilgang til loggen. Trekk den tilbake og gi ny tilgang hvis den skal endres.',
    );
  }
  const [row] = await ctx.tx
    .insert(ag)
    .values({
      municipalityId: ctx.municipalityId,
      logId,
      personId: input.personId,
      attentionIds: input.attentionIds,
      mentor: input.mentor,
      guardianConsent: input.guardianConsent,
      grantedBy: ctx.actor.personId,
    })
    .returning({ id: ag.id });
  if (!row) throw new Error('insert access_grant returned nothing');
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'grant.created',
    entity: 'access_grant',
    entityId: row.id,
    data: {
      logId,
      personId: input.personId,
      attentionIds: input.attentionIds,
      mentor: input.mentor,
      guardianConsent: input.guardianConsent,
    },
  });
  return row;
}

/** The holder and the family see who has been given access, also what was revoked (C8, A6). */
export async function listGrants(ctx: OrgContext, logId: string): Promise<GrantView[]> {
  const log = await loadLogFor(ctx, logId, 'log:read');
  if (log.access.kind !== 'holder' && log.access.kind !== 'family') throw forbidden();
  const ag = schema.accessGrant;
  const to = alias(schema.person, 'grantee');
  const by = alias(schema.person, 'granter');
  const rows = await ctx.tx
    .select({
      id: ag.id,
      person: { id: to.id, name: to.name },
      attentionIds: ag.attentionIds,
      mentor: ag.mentor,
      guardianConsent: ag.guardianConsent,
      grantedBy: { id: by.id, name: by.name },
      grantedAt: ag.grantedAt,
      revokedAt: ag.revokedAt,
    })
    .from(ag)
    .innerJoin(to, and(eq(to.municipalityId, ag.municipalityId), eq(to.id, ag.personId)))
    .innerJoin(by, and(eq(by.municipalityId, ag.municipalityId), eq(by.id, ag.grantedBy)))
    .where(and(eq(ag.municipalityId, ctx.municipalityId), eq(ag.logId, logId)))
    .orderBy(desc(ag.grantedAt));
  return rows.map((r) => ({
    ...r,
    grantedAt: r.grantedAt.toISOString(),
    revokedAt: r.revokedAt ? r.revokedAt.toISOString() : null,
  }));
}

/**
 * Ends a grant. The holder may, and so may the family: the grant rests on their consent, which
 * they may withdraw at any time (L7). Also on a passive log, since it only narrows access.
 */
export async function revokeGrant(
  ctx: OrgContext,
  logId: string,
  grantId: string,
): Promise<{ id: string; revokedAt: string }> {
  const log = await loadLogFor(ctx, logId, 'log:read');
  if (log.access.kind !== 'holder' && log.access.kind !== 'family') throw forbidden();
  const ag = schema.accessGrant;
  const where = and(
    eq(ag.municipalityId, ctx.municipalityId),
    eq(ag.logId, logId),
    eq(ag.id, grantId),
  );
  const [grant] = await ctx.tx.select({ revokedAt: ag.revokedAt }).from(ag).where(where);
  if (!grant) throw notFound(GRANT_NOT_FOUND);
  if (grant.revokedAt) throw conflict('Lesetilgangen er allerede trukket tilbake.');
  const [row] = await ctx.tx
    .update(ag)
    .set({ revokedAt: new Date() })
    .where(and(where, isNull(ag.revokedAt)))
    .returning({ id: ag.id, revokedAt: ag.revokedAt });
  if (!row?.revokedAt) throw conflict('Lesetilgangen er allerede trukket tilbake.');
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'grant.revoked',
    entity: 'access_grant',
    entityId: grantId,
    data: { logId, as: log.access.kind },
  });
  return { id: row.id, revokedAt: row.revokedAt.toISOString() };
}
