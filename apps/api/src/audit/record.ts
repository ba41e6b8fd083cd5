import { schema, type Tx } from '@stafett/db';

export interface AuditInput {
  municipalityId: string;
  actorPersonId: string | null;
  /** What happened, as "<entity>.<verb>", e.g. "session.created". */
  action: string;
  entity: string;
  entityId?: string | null;
  /** Before/after or context. Never national ids: they are personal data in their own right. */
  data?: Record<string, unknown>;
}

/** Writes the audit event in the caller's transaction, so it exists exactly when the change does. */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.insert(schema.auditEvent).values({
    municipalityId: input.municipalityId,
    actorPersonId: input.actorPersonId,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId ?? null,
    data: input.data ?? {},
  });
}
