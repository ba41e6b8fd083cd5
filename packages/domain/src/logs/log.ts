import { z } from 'zod';
import { unitTypeSchema } from '../org/unit-types';
import { uuidSchema } from '../org/unit';
import { personInputShape, versionSchema } from '../org/person-input';
import { nationalIdSchema } from '../national-id';

/** An ISO calendar date, as the date inputs send it. */
export const isoDateSchema = z
  .string({ message: 'Skriv datoen som åååå-mm-dd.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Skriv datoen som åååå-mm-dd.' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && isRealDate(s), {
    message: 'Datoen finnes ikke.',
  });

function isRealDate(s: string): boolean {
  return new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
}

export const logLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3)], {
  message: 'Velg nivå 1, 2 eller 3.',
});

export const logStatusSchema = z.enum(['active', 'passive', 'deleted']).meta({ id: 'LogStatus' });
export type LogStatus = z.infer<typeof logStatusSchema>;

/** The written consent that comes with the upload (L2). */
export const consentInputSchema = z.strictObject({
  consentedBy: z
    .string({ message: 'Skriv hvem som har samtykket.' })
    .trim()
    .min(2, { message: 'Skriv hvem som har samtykket.' })
    .max(300, { message: 'Høyst 300 tegn.' }),
  /** The youth consented themself, from the consent age (L2). */
  byYouth: z.boolean().default(false),
  consentedOn: isoDateSchema,
  validUntil: isoDateSchema,
  services: z
    .array(unitTypeSchema, { message: 'Velg hvilke tjenester samtykket gjelder.' })
    .min(1, { message: 'Velg minst én tjeneste samtykket gjelder.' }),
});
export type ConsentInput = z.infer<typeof consentInputSchema>;

export const guardianInputSchema = z.strictObject(personInputShape);
export type GuardianInput = z.infer<typeof guardianInputSchema>;

/**
 * Creating a log (L1–L2): the JSON part of the multipart request; the consent file travels
 * beside it as `consentFile`.
 */
export const logCreateSchema = z
  .strictObject({
    /** The unit the holder creates the log in, where they have holder capability. */
    unitId: uuidSchema,
    child: z.strictObject({
      nationalId: nationalIdSchema({ allowSynthetic: true }),
      name: personInputShape.name,
    }),
    guardians: z.array(guardianInputSchema).max(6, { message: 'Høyst seks foresatte.' }),
    level: logLevelSchema,
    consent: consentInputSchema,
    /** Reopen this earlier log of the child instead of starting an empty one (L4). */
    reopensLogId: uuidSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.consent.validUntil < v.consent.consentedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['consent', 'validUntil'],
        message: 'Samtykket kan ikke gjelde til en dato før det ble gitt.',
      });
    }
    const ids = v.guardians.map((g) => g.nationalId);
    ids.forEach((id, i) => {
      if (id === v.child.nationalId) {
        ctx.addIssue({
          code: 'custom',
          path: ['guardians', i, 'nationalId'],
          message: 'En foresatt kan ikke ha barnets fødselsnummer.',
        });
      } else if (ids.indexOf(id) !== i) {
        ctx.addIssue({
          code: 'custom',
          path: ['guardians', i, 'nationalId'],
          message: 'Samme foresatte står to ganger.',
        });
      }
    });
  })
  .meta({ id: 'LogCreate' });
export type LogCreate = z.infer<typeof logCreateSchema>;

export const logParamsSchema = z.strictObject({ logId: uuidSchema });

const personNameSchema = z.object({ id: z.uuid(), name: z.string() });

/** A log as lists show it: metadata only, never content (C8: what unit leaders may see). */
export const logSummarySchema = z
  .object({
    id: z.uuid(),
    child: z.object({ id: z.uuid(), name: z.string(), birthDate: z.string(), age: z.number() }),
    unit: personNameSchema,
    holder: personNameSchema,
    level: logLevelSchema,
    status: logStatusSchema,
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    consentValidUntil: z.string().nullable(),
    /** Why the person sees it. */
    role: z.enum(['holder', 'actor', 'reader', 'guardian', 'youth', 'unit_leader']),
  })
  .meta({ id: 'LogSummary' });
export type LogSummary = z.infer<typeof logSummarySchema>;

export const logListSchema = z.object({ items: z.array(logSummarySchema) }).meta({ id: 'LogList' });
export type LogList = z.infer<typeof logListSchema>;

/** L4: an earlier log exists for this child; its content is not told. */
export const earlierLogSchema = z
  .object({
    id: z.uuid(),
    status: logStatusSchema,
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    unitName: z.string(),
  })
  .meta({ id: 'EarlierLog' });
export type EarlierLog = z.infer<typeof earlierLogSchema>;

export const earlierLogQuerySchema = z.strictObject({
  nationalId: nationalIdSchema({ allowSynthetic: true }),
});

export const earlierLogsSchema = z
  .object({ items: z.array(earlierLogSchema) })
  .meta({ id: 'EarlierLogs' });

export const logCreatedSchema = z
  .object({ id: z.uuid(), reopened: z.boolean() })
  .meta({ id: 'LogCreated' });

export { versionSchema };
