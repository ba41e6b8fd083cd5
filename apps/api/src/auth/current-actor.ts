import type { Tx } from '@stafett/db';
import { unauthenticated } from '../http/errors';
import { loadActor, type Actor } from './actor';
import type { ActiveSession } from './session';

// Building an Intl formatter costs far more than using one; every request asks for today.
const norwegianDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' });
export const todayInNorway = () => norwegianDate.format(new Date());

/** The signed-in person as the policy module sees them; a session whose person is gone is void. */
export async function loadActorOrThrow(tx: Tx, session: ActiveSession): Promise<Actor> {
  const actor = await loadActor(tx, session.municipalityId, session.personId, todayInNorway());
  if (!actor) throw unauthenticated();
  return actor;
}
