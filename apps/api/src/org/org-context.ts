import type { Context } from 'hono';
import type { Tx } from '@stafett/db';
import type { Actor } from '../auth/actor';
import { loadActorOrThrow } from '../auth/current-actor';
import { authorize, isHiddenFrom, type Action, type Resource } from '../auth/policy';
import { inTenant, sessionOf, type AppEnv } from '../http/context';
import { forbidden, notFound } from '../http/errors';

/** What every organisation operation works with: one tenant transaction and who is acting. */
export interface OrgContext {
  tx: Tx;
  actor: Actor;
  municipalityId: string;
  /** Synthetic test national ids are accepted only outside production. */
  allowSyntheticIds: boolean;
  /** Where people open the web app, for links in e-mail. */
  publicOrigin: string;
}

/** Runs an operation for the signed-in person: tenant transaction, actor loaded once. */
export function asActor<T>(c: Context<AppEnv>, fn: (ctx: OrgContext) => Promise<T>): Promise<T> {
  const session = sessionOf(c);
  const { allowSyntheticIds, PUBLIC_ORIGIN: publicOrigin } = c.get('deps').config;
  return inTenant(c, async (tx) =>
    fn({
      tx,
      actor: await loadActorOrThrow(tx, session),
      municipalityId: session.municipalityId,
      allowSyntheticIds,
      publicOrigin,
    }),
  );
}

type ResourceOf<A extends Action> = Parameters<typeof authorize<A>>[2];

/**
 * Throws unless the policy allows the action: 404 with `hidden` where the person may not even
 * know the row exists, 403 otherwise. Call it after finding the row and before changing anything.
 */
export function permit<A extends Action>(
  ctx: OrgContext,
  action: A,
  resource: ResourceOf<A>,
  hidden = 'Fant ikke det du ba om.',
): void {
  if (authorize(ctx.actor, action, resource)) return;
  throw isHiddenFrom(ctx.actor, resource as Resource) ? notFound(hidden) : forbidden();
}
