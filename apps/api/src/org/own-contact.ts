import { and, eq } from 'drizzle-orm';
import { schema, type Tx } from '@stafett/db';
import type { Contact, ContactUpdate } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import type { ActiveSession } from '../auth/session';
import { conflict, unauthenticated } from '../http/errors';

const columns = {
  email: schema.person.email,
  phone: schema.person.phone,
  version: schema.person.version,
};

const own = (s: ActiveSession) =>
  and(eq(schema.person.municipalityId, s.municipalityId), eq(schema.person.id, s.personId));

export async function getOwnContact(tx: Tx, session: ActiveSession): Promise<Contact> {
  const [row] = await tx.select(columns).from(schema.person).where(own(session));
  if (!row) throw unauthenticated();
  return row;
}

/**
 * Changes the signed-in person's e-mail and phone. The version the person saw must still be the
 * current one: a second writer gets 409 instead of silently overwriting the first.
 */
export async function updateOwnContact(
  tx: Tx,
  session: ActiveSession,
  input: ContactUpdate,
): Promise<Contact> {
  const before = await getOwnContact(tx, session);
  const [after] = await tx
    .update(schema.person)
    .set({ email: input.email, phone: input.phone, version: before.version + 1 })
    .where(and(own(session), eq(schema.person.version, input.version)))
    .returning(columns);
  if (!after) {
    throw conflict(
      'Kontaktinformasjonen er endret et annet sted siden du åpnet den. Last siden på nytt og prøv igjen.',
    );
  }
  await recordAudit(tx, {
    municipalityId: session.municipalityId,
    actorPersonId: session.personId,
    action: 'person.contact_updated',
    entity: 'person',
    entityId: session.personId,
    data: {
      before: { email: before.email, phone: before.phone },
      after: { email: after.email, phone: after.phone },
    },
  });
  return after;
}
