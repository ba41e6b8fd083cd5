import { and, eq } from 'drizzle-orm';
import { lookupSession, schema, withTenant, type Database, type Tx } from '@stafett/db';
import type { SessionLimits } from '../env';
import { generateSessionToken, parseSessionToken, secretMatches } from './session-token';

/**
 * Sessions the way lucia-auth's guide builds them: the token is "<id>.<secret>", the database keeps
 * only SHA-256 of the secret, and the secret is compared in constant time. The id alone is useless
 * to someone who reads the session table.
 */
export interface ActiveSession {
  id: string;
  municipalityId: string;
  personId: string;
  createdAt: Date;
  lastSeenAt: Date;
}

export const SESSION_COOKIE = 'stafett_session';
export type Touch = 'never' | 'lazily' | 'always';
/** Touching the row on every request would write on every read; a minute's slack is harmless. */
const TOUCH_AFTER_MS = 60_000;

export async function createSession(
  tx: Tx,
  input: {
    municipalityId: string;
    personId: string;
    idpSid: string | null;
    idToken: string | null;
  },
  now = new Date(),
): Promise<{ token: string; session: ActiveSession }> {
  const { id, token, secretHash } = generateSessionToken();
  await tx.insert(schema.session).values({
    municipalityId: input.municipalityId,
    id,
    personId: input.personId,
    secretHash,
    createdAt: now,
    lastSeenAt: now,
    idpSid: input.idpSid,
    idToken: input.idToken,
  });
  return {
    token,
    session: {
      id,
      municipalityId: input.municipalityId,
      personId: input.personId,
      createdAt: now,
      lastSeenAt: now,
    },
  };
}

export function idleExpiresAt(s: ActiveSession, limits: SessionLimits): Date {
  const idle = new Date(s.lastSeenAt.getTime() + limits.idleSeconds * 1000);
  const absolute = absoluteExpiresAt(s, limits);
  return idle < absolute ? idle : absolute;
}

export function absoluteExpiresAt(s: ActiveSession, limits: SessionLimits): Date {
  return new Date(s.createdAt.getTime() + limits.maxSeconds * 1000);
}

/**
 * Returns the live session for a token, or null when it is malformed, unknown, tampered with or
 * expired (an expired one is deleted). Touching restarts the idle clock: 'lazily' for ordinary
 * requests, 'always' when the person explicitly asks to stay signed in.
 */
export async function validateSessionToken(
  database: Database,
  token: string,
  opts: { touch: Touch; limits: SessionLimits; now?: Date },
): Promise<ActiveSession | null> {
  const now = opts.now ?? new Date();
  const parsed = parseSessionToken(token);
  if (!parsed) return null;
  const { id, secret } = parsed;
  const row = await lookupSession(database, id);
  if (!row || !secretMatches(secret, row.secretHash)) return null;

  const session: ActiveSession = {
    id,
    municipalityId: row.municipalityId,
    personId: row.personId,
    createdAt: new Date(row.createdAt),
    lastSeenAt: new Date(row.lastSeenAt),
  };
  const ctx = { municipalityId: session.municipalityId, personId: session.personId };
  if (now >= idleExpiresAt(session, opts.limits)) {
    await withTenant(database, ctx, (tx) => deleteSession(tx, session));
    return null;
  }
  const stale = now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS;
  if (opts.touch === 'always' || (opts.touch === 'lazily' && stale)) {
    await withTenant(database, ctx, (tx) =>
      tx
        .update(schema.session)
        .set({ lastSeenAt: now })
        .where(
          and(eq(schema.session.municipalityId, session.municipalityId), eq(schema.session.id, id)),
        ),
    );
    session.lastSeenAt = now;
  }
  return session;
}

export async function deleteSession(tx: Tx, s: Pick<ActiveSession, 'id' | 'municipalityId'>) {
  const [row] = await tx
    .delete(schema.session)
    .where(and(eq(schema.session.municipalityId, s.municipalityId), eq(schema.session.id, s.id)))
    .returning({ idToken: schema.session.idToken });
  return row ?? null;
}
