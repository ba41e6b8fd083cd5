import { findMunicipalityBySlug, withTenant } from '@stafett/db';
import type { AppDeps } from '../http/context';
import { recordAudit } from '../audit/record';
import { findActorByNationalId, rolesOf } from './actor';
import { todayInNorway } from './current-actor';
import { SignInRejected, type LoginChecks } from './oidc';
import { createSession } from './session';

export type SignInOutcome =
  | { kind: 'signed-in'; token: string; slug: string }
  | { kind: 'no-role'; slug: string }
  | { kind: 'failed'; slug: string | null };

/**
 * Finishes an ID-porten sign-in for one municipality: checks the provider's answer, finds the
 * person by national id in that municipality, and opens a session only if they have a role there.
 */
export async function completeSignIn(
  deps: AppDeps,
  input: { currentUrl: URL; checks: LoginChecks; slug: string },
): Promise<SignInOutcome> {
  const municipality = await findMunicipalityBySlug(deps.database, input.slug);
  if (!municipality) return { kind: 'failed', slug: null };

  let identified;
  try {
    identified = await deps.oidc.finishLogin(input.currentUrl, input.checks);
  } catch (err) {
    // The reason goes to the log without the person's id; the person gets a plain message.
    deps.logger.warn(
      { reason: err instanceof SignInRejected ? err.message : String((err as Error)?.message) },
      'sign-in failed',
    );
    return { kind: 'failed', slug: municipality.slug };
  }

  const ctx = { municipalityId: municipality.id, personId: null };
  return withTenant(deps.database, ctx, async (tx) => {
    const actor = await findActorByNationalId(
      tx,
      municipality.id,
      identified.nationalId,
      todayInNorway(),
    );
    if (!actor || rolesOf(actor).length === 0) {
      await recordAudit(tx, {
        municipalityId: municipality.id,
        actorPersonId: actor?.personId ?? null,
        action: 'session.refused',
        entity: 'session',
        data: { reason: 'no-role' },
      });
      return { kind: 'no-role', slug: municipality.slug } as const;
    }
    const { token, session } = await createSession(tx, {
      municipalityId: municipality.id,
      personId: actor.personId,
      idpSid: identified.sid,
      idToken: identified.idToken,
    });
    await recordAudit(tx, {
      municipalityId: municipality.id,
      actorPersonId: actor.personId,
      action: 'session.created',
      entity: 'session',
      data: { sessionId: session.id },
    });
    return { kind: 'signed-in', token, slug: municipality.slug } as const;
  });
}
