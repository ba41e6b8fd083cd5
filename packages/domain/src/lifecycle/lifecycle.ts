import { z } from 'zod';
import { consentInputSchema, logStatusSchema } from '../logs/log';
import { uuidSchema } from '../org/unit';

/** The close reason written when the holder ticks "individual plan created" (L7). */
export const INDIVIDUAL_PLAN_REASON = 'Individuell plan opprettet';
/** The close reason of a withdrawal: the family is never asked why (L7). */
export const CONSENT_WITHDRAWN_REASON = 'Samtykket ble trukket tilbake';
/** How long after closing the closing archive PDF is due (L8). */
export const CLOSING_ARCHIVE_DAYS = 14;

/** The holder closes the log (L7); a reason is optional, an individual plan is one. */
export const logCloseSchema = z
  .strictObject({
    reason: z
      .string()
      .trim()
      .max(500, { message: 'Høyst 500 tegn.' })
      .optional()
      .transform((s) => (s ? s : undefined)),
    individualPlan: z.boolean({ message: 'Svar ja eller nei.' }).default(false),
  })
  .meta({ id: 'LogClose' });
export type LogClose = z.infer<typeof logCloseSchema>;

/** The reason stored on the log when the holder closes it. */
export function closeReasonOf(input: LogClose): string | null {
  if (input.individualPlan) {
    return input.reason ? `${INDIVIDUAL_PLAN_REASON}. ${input.reason}` : INDIVIDUAL_PLAN_REASON;
  }
  return input.reason ?? null;
}

/**
 * The unit leader reopens a passive log with new consent (L6): the JSON part of the multipart
 * request, the consent file beside it as `consentFile`. The holder defaults to the previous one.
 */
export const logReopenSchema = z
  .strictObject({
    consent: consentInputSchema,
    holderPersonId: uuidSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.consent.validUntil < v.consent.consentedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['consent', 'validUntil'],
        message: 'Samtykket kan ikke gjelde til en dato før det ble gitt.',
      });
    }
  })
  .meta({ id: 'LogReopen' });
export type LogReopen = z.infer<typeof logReopenSchema>;

/** The unit leader's answer to a deletion request, in words the family reads (L7). */
export const deletionAnswerSchema = z
  .strictObject({
    answer: z
      .string({ message: 'Skriv svaret til familien.' })
      .trim()
      .min(2, { message: 'Skriv svaret til familien.' })
      .max(1000, { message: 'Høyst 1000 tegn.' }),
  })
  .meta({ id: 'DeletionAnswer' });
export type DeletionAnswer = z.infer<typeof deletionAnswerSchema>;

export const deletionRequestParamsSchema = z.strictObject({ requestId: uuidSchema });

const ref = z.object({ id: z.uuid(), name: z.string() });

/** Where one log stands in its lifecycle, and what the signed-in person may do about it. */
export const logLifecycleSchema = z
  .object({
    id: z.uuid(),
    status: logStatusSchema,
    childName: z.string(),
    closedAt: z.string().nullable(),
    closeReason: z.string().nullable(),
    closedBy: ref.nullable(),
    /** The family's own open deletion request, if any. */
    deletionRequestedAt: z.string().nullable(),
    /** The unit leader's answer to the latest deletion request, once given. */
    deletionAnswer: z.object({ answer: z.string(), at: z.string() }).nullable(),
    may: z.object({
      close: z.boolean(),
      withdrawConsent: z.boolean(),
      requestDeletion: z.boolean(),
      reopen: z.boolean(),
      delete: z.boolean(),
    }),
  })
  .meta({ id: 'LogLifecycle' });
export type LogLifecycle = z.infer<typeof logLifecycleSchema>;

/** A passive log on the unit leader's page: metadata and its archive state, no content. */
export const passiveLogSchema = z
  .object({
    id: z.uuid(),
    child: ref,
    holder: ref,
    closedAt: z.string().nullable(),
    closeReason: z.string().nullable(),
    /** Archive obligations not yet done (L8); the log cannot be deleted while any is open. */
    openObligations: z.number().int(),
    /** A 'before_deletion' archive PDF is filed: the log may be deleted. */
    archivedForDeletion: z.boolean(),
  })
  .meta({ id: 'PassiveLog' });
export type PassiveLog = z.infer<typeof passiveLogSchema>;

export const deletionRequestViewSchema = z
  .object({
    id: z.uuid(),
    log: z.object({ id: z.uuid(), status: logStatusSchema, childName: z.string() }),
    requestedBy: ref,
    requestedAt: z.string(),
  })
  .meta({ id: 'DeletionRequest' });
export type DeletionRequestView = z.infer<typeof deletionRequestViewSchema>;

/** The unit leader's page of passive logs and open deletion requests (L6, L7). */
export const unitLifecycleSchema = z
  .object({
    passive: z.array(passiveLogSchema),
    requests: z.array(deletionRequestViewSchema),
    /** Active staff of the unit who may hold a log, for reopening. */
    holders: z.array(ref),
  })
  .meta({ id: 'UnitLifecycle' });
export type UnitLifecycle = z.infer<typeof unitLifecycleSchema>;

/** What deleting a log answers: the trace that stays (L6). */
export const deletedLogSchema = z
  .object({
    traceId: z.uuid(),
    categories: z.array(z.string()),
    counts: z.record(z.string(), z.number()),
  })
  .meta({ id: 'DeletedLog' });
export type DeletedLog = z.infer<typeof deletedLogSchema>;
