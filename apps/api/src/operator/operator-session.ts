import { eq } from 'drizzle-orm';
import { schema, withOperator, type Database } from '@stafett/db';
import type { SessionLimits } from '../env';
import { generateSessionToken, parseSessionToken, secretMatches } from '../auth/session-token';

/**
 * The platform operator's sessions: same tokens and limits as everyone's, in a table of their own
 * that only the operator's database role can reach, and bound to no municipality.
 */
export interface OperatorSession {
  id: string;
  operatorId: string;
  createdAt: Date;
  lastSeenAt: Date;
}

export const OPERATOR_SESSION_COOKIE = 'stafett_operator_session';
const TOUCH_AFTER_MS = 60_000;

export async function createOperatorSession(
  database: Database,
  input: { operatorId: string; idpSid: string | null; idToken: string | null },
): Promise<string> {
  const { id, token, secretHash } = generateSessionToken();
  const now = new Date();
  await withOperator(database, (tx) =>
    tx.insert(schema.operatorSession).values({
      id,
      operatorId: input.operatorId,
      secretHash,
      createdAt: now,
      lastSeenAt: now,
      idpSid: input.idpSid,
      idToken: input.idToken,
    }),
  );
  return token;
}

export async function validateOperatorSession(
  database: Database,
  token: string,
  limits: SessionLimits,
): Promise<OperatorSession | null> {
  const parsed = parseSessionToken(token);
  if (!parsed) return null;
  const now = Date.now();
  return withOperator(database, async (tx) => {
    const [row] = await tx
      .select()
      .from(schema.operatorSession)
      .where(eq(schema.operatorSession.id, parsed.id));
    if (!row || !secretMatches(parsed.secret, row.secretHash)) return null;
    const idleEnd = row.lastSeenAt.getTime() + limits.idleSeconds * 1000;
    const absoluteEnd = row.createdAt.getTime() + limits.maxSeconds * 1000;
    if (now >= Math.min(idleEnd, absoluteEnd)) {
      await tx.delete(schema.operatorSession).where(eq(schema.operatorSession.id, row.id));
      return null;
    }
    if (now - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
      await tx
        .update(schema.operatorSession)
        .set({ lastSeenAt: new Date(now) })
        .where(eq(schema.operatorSession.id, row.id));
    }
    return {
      id: row.id,
      operatorId: row.operatorId,
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
    };
  });
}

/** Ends the session; returns its id token for the provider's logout, if there was one. */
export async function deleteOperatorSession(
  database: Database,
  id: string,
): Promise<string | null> {
  const [row] = await withOperator(database, (tx) =>
    tx
      .delete(schema.operatorSession)
      .where(eq(schema.operatorSession.id, id))
      .returning({ idToken: schema.operatorSession.idToken }),
  );
  return row?.idToken ?? null;
}

export async function findOperatorByNationalId(database: Database, nationalId: string) {
  const [row] = await withOperator(database, (tx) =>
    tx
      .select({ id: schema.platformOperator.id, name: schema.platformOperator.name })
      .from(schema.platformOperator)
      .where(eq(schema.platformOperator.nationalId, nationalId)),
  );
  return row ?? null;
}

export async function findOperator(database: Database, operatorId: string) {
  const [row] = await withOperator(database, (tx) =>
    tx
      .select({ id: schema.platformOperator.id, name: schema.platformOperator.name })
      .from(schema.platformOperator)
      .where(eq(schema.platformOperator.id, operatorId)),
  );
  return row ?? null;
}
