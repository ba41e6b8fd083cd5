import { schema, type Tx } from '@stafett/db';

/** A file sent with a notice, e.g. a calendar invitation; text content only. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface MailInput {
  municipalityId: string;
  /** What the notice is about, e.g. "log.created"; for tests and the operations log. */
  kind: string;
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

/** A notice's content, as the builders in ./notices return it. */
export interface MailContent {
  subject: string;
  text: string;
  attachments: MailAttachment[];
}

/**
 * Queues an e-mail in the caller's tenant transaction (transactional outbox): the notice exists
 * exactly when the change it tells about commits, and a rolled-back change sends nothing. The
 * mail worker sends it shortly after the commit; the caller does nothing more.
 * Returns the outbox row's id.
 */
export async function queueMail(tx: Tx, input: MailInput): Promise<string> {
  const [row] = await tx
    .insert(schema.mailOutbox)
    .values({
      municipalityId: input.municipalityId,
      kind: input.kind,
      toAddress: input.to,
      subject: input.subject,
      textBody: input.text,
      attachments: input.attachments ?? [],
    })
    .returning({ id: schema.mailOutbox.id });
  if (!row) throw new Error('queueMail: the outbox row was not inserted');
  return row.id;
}
