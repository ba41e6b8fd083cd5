import { z } from 'zod';
import { uuidSchema } from '../org/unit';

/**
 * Passing the baton inside one municipality (DOMAIN.md X1–X3, T6): the holder, or the unit's
 * leader on their behalf, starts a transfer; it stays pending until the recipient accepts or
 * declines, and until then the old holder holds the log (X2). Between municipalities (X4) is a
 * path of its own.
 */
export const TRANSFER_KINDS = ['within_unit', 'to_unit'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number] | 'to_municipality';
export type TransferStatus = 'pending' | 'accepted' | 'declined' | 'cancelled';

const reasonSchema = z
  .string({ message: 'Skriv hvorfor loggen overføres.' })
  .trim()
  .min(3, { message: 'Skriv hvorfor loggen overføres.' })
  .max(1000, { message: 'Høyst 1000 tegn.' });

export const transferCreateSchema = z
  .strictObject({
    kind: z.enum(TRANSFER_KINDS, { message: 'Velg innenfor enheten eller til en annen enhet.' }),
    toUnitId: uuidSchema,
    /** A named staff member who may hold; null: the receiving unit's leader chooses. */
    toPersonId: uuidSchema.nullable().default(null),
    reason: reasonSchema,
    /** The guardians' consent to the move, in words; required to another unit (X1). */
    guardianConsent: z
      .string()
      .trim()
      .max(500, { message: 'Høyst 500 tegn.' })
      .nullable()
      .default(null),
    /** The attentions that go along to another unit; empty: all of them. */
    attentionIds: z
      .array(uuidSchema)
      .max(50, { message: 'Høyst 50 oppmerksomheter.' })
      .refine((list) => new Set(list).size === list.length, {
        message: 'En oppmerksomhet står to ganger.',
      })
      .default([]),
  })
  .superRefine((t, ctx) => {
    if (t.kind === 'to_unit' && (t.guardianConsent ?? '').length < 3) {
      ctx.addIssue({
        code: 'custom',
        path: ['guardianConsent'],
        message: 'Skriv hvem i familien som samtykket til overføringen, og når.',
      });
    }
  })
  .meta({ id: 'TransferCreate' });
export type TransferCreate = z.infer<typeof transferCreateSchema>;

export const transferAcceptSchema = z
  .strictObject({
    /** Required when the unit's leader accepts: who becomes the holder. */
    newHolderPersonId: uuidSchema.nullable().default(null),
  })
  .meta({ id: 'TransferAccept' });
export type TransferAccept = z.infer<typeof transferAcceptSchema>;

export const transferDeclineSchema = z
  .strictObject({ reason: reasonSchema })
  .meta({ id: 'TransferDecline' });
export type TransferDecline = z.infer<typeof transferDeclineSchema>;

export const transferParamsSchema = z.strictObject({ transferId: uuidSchema });
export const incomingQuerySchema = z.strictObject({ unitId: uuidSchema.optional() });

const ref = z.object({ id: z.uuid(), name: z.string() });

export const transferViewSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['within_unit', 'to_unit', 'to_municipality']),
    status: z.enum(['pending', 'accepted', 'declined', 'cancelled']),
    log: z.object({ id: z.uuid(), childName: z.string() }),
    fromUnit: ref,
    fromHolder: ref,
    toUnit: ref.nullable(),
    /** Null: addressed to the receiving unit's leader. */
    toPerson: ref.nullable(),
    reason: z.string(),
    guardianConsent: z.string().nullable(),
    /** Empty: all attentions go along. */
    attentionIds: z.array(z.uuid()),
    declineReason: z.string().nullable(),
    createdBy: ref,
    createdAt: z.string(),
    decidedBy: ref.nullable(),
    decidedAt: z.string().nullable(),
    newHolder: ref.nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Transfer' });
export type TransferView = z.infer<typeof transferViewSchema>;

export const transferListSchema = z
  .object({ items: z.array(transferViewSchema) })
  .meta({ id: 'TransferList' });
export type TransferList = z.infer<typeof transferListSchema>;

/** A log's transfers: the history of holders (issue 6, item 6) and what the form needs. */
export const logTransfersSchema = z
  .object({
    log: z.object({
      id: z.uuid(),
      childName: z.string(),
      status: z.enum(['active', 'passive', 'deleted']),
      holder: ref,
      unit: ref,
    }),
    /** The log's attentions; their description only for those who read the content. */
    attentions: z.array(
      z.object({
        id: z.uuid(),
        category: z.string(),
        description: z.string().nullable(),
        ended: z.boolean(),
      }),
    ),
    pending: transferViewSchema.nullable(),
    items: z.array(transferViewSchema),
    /** Whether the person may start a transfer (the holder, or the unit's leader). */
    mayStart: z.boolean(),
  })
  .meta({ id: 'LogTransfers' });
export type LogTransfers = z.infer<typeof logTransfersSchema>;

/** Where a log may go: the municipality's units, their leaders and who may hold there. */
export const transferRecipientsSchema = z
  .object({
    units: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        leaders: z.array(ref),
        holders: z.array(ref),
      }),
    ),
  })
  .meta({ id: 'TransferRecipients' });
export type TransferRecipients = z.infer<typeof transferRecipientsSchema>;

/** A staff member's active logs in a unit, for the leader's handover (X3, T6). */
export const staffLogsSchema = z
  .object({
    person: ref,
    items: z.array(
      z.object({
        id: z.uuid(),
        childName: z.string(),
        openedAt: z.string(),
        pending: transferViewSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'StaffLogs' });
export type StaffLogs = z.infer<typeof staffLogsSchema>;
