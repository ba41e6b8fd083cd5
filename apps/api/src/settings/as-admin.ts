import type { Context } from 'hono';
import type { Tx } from '@stafett/db';
import type { Actor } from '../auth/actor';
import { loadActorOrThrow } from '../auth/current-actor';
import { authorize } from '../auth/policy';
import { inTenant, sessionOf, type AppEnv } from '../http/context';
import { forbidden } from '../http/errors';

/** What the municipality-wide operations work with: one tenant transaction and who acts. */
export interface MunicipalityContext {
  tx: Tx;
  actor: Actor;
  municipalityId: string;
}

type MunicipalityAction =
  'municipality:read_settings' | 'municipality:update_settings' | 'audit:list';

/**
 * Runs an operation on the signed-in person's own municipality, in one tenant transaction, after
 * the policy allowed it (403 otherwise: the person knows their municipality exists). Another
 * municipality is out of reach by construction: the id comes from the session, and RLS is the
 * wall behind it.
 */
export function asMunicipalityAdmin<T>(
  c: Context<AppEnv>,
  action: MunicipalityAction,
  fn: (ctx: MunicipalityContext) => Promise<T>,
): Promise<T> {
  const session = sessionOf(c);
  return inTenant(c, async (tx) => {
    const actor = await loadActorOrThrow(tx, session);
    if (!authorize(actor, action, { kind: 'municipality' })) throw forbidden();
    return fn({ tx, actor, municipalityId: session.municipalityId });
  });
}
