import { z } from 'zod';
import { isoDateSchema } from '../logs/log';
import { uuidSchema } from '../org/unit';
import { ARCHIVE_REASONS } from './obligations';

export const archiveReasonSchema = z.enum(ARCHIVE_REASONS).meta({ id: 'ArchiveReason' });

export const archiveObligationSchema = z
  .object({
    id: z.uuid(),
    reason: archiveReasonSchema,
    dueOn: z.string(),
    state: z.enum(['done', 'overdue', 'due', 'upcoming']),
    file: z
      .object({
        id: z.uuid(),
        filename: z.string(),
        byteSize: z.number().int(),
        madeAt: z.string(),
      })
      .nullable(),
    doneAt: z.string().nullable(),
    doneBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    archiveReference: z.string().nullable(),
  })
  .meta({ id: 'ArchiveObligation' });
export type ArchiveObligationView = z.infer<typeof archiveObligationSchema>;

export const archiveListSchema = z
  .object({
    logId: z.uuid(),
    childName: z.string(),
    items: z.array(archiveObligationSchema),
    attentions: z.array(z.object({ id: z.uuid(), category: z.string(), description: z.string() })),
  })
  .meta({ id: 'ArchiveList' });
export type ArchiveList = z.infer<typeof archiveListSchema>;

/** Obligations of a unit's logs for its leader: metadata only (who, which child, when). */
export const unitArchiveListSchema = z
  .object({
    items: z.array(
      archiveObligationSchema.extend({
        logId: z.uuid(),
        childName: z.string(),
        holderName: z.string(),
      }),
    ),
  })
  .meta({ id: 'UnitArchiveList' });
export type UnitArchiveList = z.infer<typeof unitArchiveListSchema>;

export const archivePdfRequestSchema = z.strictObject({
  /** Empty or left out: the whole log. */
  attentionIds: z.array(uuidSchema).max(100).optional(),
  /** The obligation the PDF is made for; left out: the earliest open one, if any. */
  obligationId: uuidSchema.optional(),
});
export type ArchivePdfRequest = z.infer<typeof archivePdfRequestSchema>;

export const archiveDoneSchema = z.strictObject({
  /** The journal or case number in the archive system, if the person has it. */
  archiveReference: z
    .string()
    .trim()
    .max(100, { message: 'Journalnummeret kan være høyst 100 tegn.' })
    .optional(),
});

export const archiveObligationParamsSchema = z.strictObject({
  logId: uuidSchema,
  obligationId: uuidSchema,
});

export const noark5PeriodSchema = z
  .strictObject({ from: isoDateSchema, to: isoDateSchema })
  .refine((p) => p.from <= p.to, { message: 'Fra-datoen må være før til-datoen.', path: ['to'] });
