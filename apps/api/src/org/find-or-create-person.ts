import { and, eq, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import { validateNationalId, type PersonRef } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { AppError, conflict } from '../http/errors';
import { isUniqueViolation } from './db-errors';
import type { OrgContext } from './org-context';

export interface PersonInput {
  nationalId: string;
  name: string;
  email?: string | null;
  phone?: string | null;
}

export const personRefColumns = {
  id: schema.person.id,
  name: schema.person.name,
  email: schema.person.email,
  phone: schema.person.phone,
};

/**
 * The schema accepts synthetic test ids everywhere; only the API knows whether it runs in
 * production, so it refuses them here, before anything is written.
 */
export function assertNationalIdAllowed(ctx: OrgContext, nationalId: string): void {
  if (validateNationalId(nationalId, { allowSynthetic: ctx.allowSyntheticIds }).ok) return;
  const message = 'Fødselsnummeret er ikke gyldig. Sjekk at alle 11 sifrene er riktige.';
  throw new AppError('validation', 'Noe i forespørselen må rettes. Se feltene under.', [
    { field: 'nationalId', message },
  ]);
}

/** Looks a person up in this municipality by national id; null when they are not known here. */
export async function findPersonByNationalId(
  ctx: OrgContext,
  nationalId: string,
): Promise<PersonRef | null> {
  const [row] = await ctx.tx
    .select(personRefColumns)
    .from(schema.person)
    .where(
      and(
        eq(schema.person.municipalityId, ctx.municipalityId),
        eq(schema.person.nationalId, nationalId),
      ),
    );
  return row ?? null;
}

/**
 * Finds the person in this municipality by national id, or creates them. A person who is already
 * known keeps their name and the contact details they gave themselves; a missing e-mail or phone
 * is filled in from what the leader typed.
 */
export async function findOrCreatePerson(ctx: OrgContext, input: PersonInput): Promise<PersonRef> {
  assertNationalIdAllowed(ctx, input.nationalId);
  const found = await findPersonByNationalId(ctx, input.nationalId);
  if (found) {
    const email = found.email ?? input.email ?? null;
    const phone = found.phone ?? input.phone ?? null;
    if (email === found.email && phone === found.phone) return found;
    const [updated] = await ctx.tx
      .update(schema.person)
      // A new version, so a contact form the person has open gets 409 instead of overwriting.
      .set({ email, phone, version: sql`${schema.person.version} + 1` })
      .where(
        and(eq(schema.person.municipalityId, ctx.municipalityId), eq(schema.person.id, found.id)),
      )
      .returning(personRefColumns);
    await recordAudit(ctx.tx, {
      municipalityId: ctx.municipalityId,
      actorPersonId: ctx.actor.personId,
      action: 'person.contact_completed',
      entity: 'person',
      entityId: found.id,
      data: { before: { email: found.email, phone: found.phone }, after: { email, phone } },
    });
    return updated ?? found;
  }
  let created: PersonRef | undefined;
  try {
    [created] = await ctx.tx
      .insert(schema.person)
      .values({
        municipalityId: ctx.municipalityId,
        nationalId: input.nationalId,
        name: input.name,
        email: input.email ?? null,
        phone: input.phone ?? null,
      })
      .returning(personRefColumns);
  } catch (err) {
    // Someone registered the same person in the same moment; their write won, ours is undone.
    if (isUniqueViolation(err, 'person_national_id_key')) {
      throw conflict('Personen ble registrert av noen andre i samme øyeblikk. Prøv igjen.');
    }
    throw err;
  }
  if (!created) throw new Error('insert person returned nothing');
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'person.created',
    entity: 'person',
    entityId: created.id,
    // Never the national id: it is personal data in its own right.
    data: { after: { name: created.name, email: created.email, phone: created.phone } },
  });
  return created;
}
