import type { Tx } from '@stafett/db';
import { unauthenticated } from '../http/errors';
import { loadActor, type Actor } from './actor';
import type { ActiveSession } from './session';

export const todayInNorway = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());

/** The signed-in person as the policy module sees them; a session whose person is gone is void. */
export async function loadActorOrThrow(tx: Tx, session: ActiveSession): Promise<Actor> {
  const actor = await loadActor(tx, session.municipalityId, session.personId, todayInNorway());
  if (!actor) throw unauthenticated();
  return actor;
}
