/**
 * Reading and updating the outbox across municipalities, for the mail worker only. It runs as
 * stafett_ops (BYPASSRLS): one worker serves every tenant, and it touches no other table.
 */
import { OPS_ROLE, schema, type Database, type Db, type Tx } from '@stafett/db';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { MailTransport } from './transport';

export interface OutboxKey {
  municipalityId: string;
  id: string;
}

const { mailOutbox } = schema;

/**
 * @stafett/db keeps its withOps private so the request path never gets a way around row-level
 * security; the worker is not the request path, so it sets the same role here, for this one table.
 */
async function asOps<T>(database: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const db: Db = database.db;
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local role ${sql.identifier(OPS_ROLE)}`);
    return fn(tx);
  });
}

/** The oldest unsent e-mail, any municipality; the partial index on unsent rows serves this. */
export async function unsentMail(database: Database, limit: number): Promise<OutboxKey[]> {
  return asOps(database, (tx) =>
    tx
      .select({ municipalityId: mailOutbox.municipalityId, id: mailOutbox.id })
      .from(mailOutbox)
      .where(isNull(mailOutbox.sentAt))
      .orderBy(asc(mailOutbox.createdAt))
      .limit(limit),
  );
}

/**
 * Sends one outbox row and records the outcome. The row stays locked (for update skip locked)
 * while the SMTP server answers, so two workers never send the same e-mail; a row another worker
 * holds, or one already sent, is skipped. A failure is recorded (attempts, last_error) and
 * committed before it is thrown, so pg-boss retries the job and the row shows what went wrong.
 */
export async function deliver(
  database: Database,
  transport: MailTransport,
  key: OutboxKey,
): Promise<'sent' | 'skipped'> {
  const outcome = await asOps(database, async (tx): Promise<Error | 'sent' | 'skipped'> => {
    const where = and(
      eq(mailOutbox.municipalityId, key.municipalityId),
      eq(mailOutbox.id, key.id),
      isNull(mailOutbox.sentAt),
    );
    const [row] = await tx
      .select()
      .from(mailOutbox)
      .where(where)
      .for('update', { skipLocked: true });
    if (!row) return 'skipped';
    try {
      await transport.send({
        to: row.toAddress,
        subject: row.subject,
        text: row.textBody,
        attachments: row.attachments,
      });
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      await tx
        .update(mailOutbox)
        .set({ attempts: row.attempts + 1, lastError: error.message.slice(0, 1000) })
        .where(where);
      return error;
    }
    await tx
      .update(mailOutbox)
      .set({ attempts: row.attempts + 1, lastError: null, sentAt: new Date() })
      .where(where);
    return 'sent';
  });
  if (outcome instanceof Error) throw outcome;
  return outcome;
}
