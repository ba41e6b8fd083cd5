import { z } from 'zod';
import { uuidSchema } from '../org/unit';
import { versionSchema } from '../org/person-input';
import { isoDateSchema } from './log';

/** Required text of the log, trimmed, with a length a person can act on. */
const text = (what: string, max: number) =>
  z
    .string({ message: `Skriv ${what}.` })
    .trim()
    .min(1, { message: `Skriv ${what}.` })
    .max(max, { message: `Høyst ${max} tegn.` });
/** Optional text: empty is fine. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Høyst ${max} tegn.` })
    .default('');

// C1: the attention, its maintaining factors, goal and signs of success.
export const attentionCreateSchema = z
  .strictObject({
    category: text('kategorien', 80),
    description: text('en beskrivende setning om det dere er oppmerksomme på', 500),
    maintainingFactors: optionalText(2000),
    goal: optionalText(2000),
    signsOfSuccess: optionalText(2000),
  })
  .meta({ id: 'AttentionCreate' });
export type AttentionCreate = z.infer<typeof attentionCreateSchema>;

/** Send only what changes, with the version you read. */
export const attentionUpdateSchema = z
  .strictObject({
    category: text('kategorien', 80).optional(),
    description: text('en beskrivende setning', 500).optional(),
    maintainingFactors: z.string().trim().max(2000).optional(),
    goal: z.string().trim().max(2000).optional(),
    signsOfSuccess: z.string().trim().max(2000).optional(),
    version: versionSchema,
  })
  .meta({ id: 'AttentionUpdate' });
export type AttentionUpdate = z.infer<typeof attentionUpdateSchema>;

export const responsibleSchema = z.enum(['service', 'home', 'child'], {
  message: 'Velg hvem som har ansvaret: tjenesten, hjemmet eller barnet.',
});

/**
 * C2: exactly one responsible party. A staff actor only when the service is responsible; the
 * home and the child have none.
 */
export const measureCreateSchema = z
  .strictObject({
    text: text('tiltaket', 500),
    responsible: responsibleSchema,
    actorPersonId: uuidSchema.nullable().optional(),
    startDate: isoDateSchema,
    /** Empty: the municipality's default period from the start date. */
    deadline: isoDateSchema.optional(),
    /** A practical measure gets the shorter default deadline. */
    practical: z.boolean().default(false),
    step: z.number().int().min(1).max(50).optional(),
    /** The measure this one changes after an evaluation (C3), so the ladder shows the history. */
    replacesMeasureId: uuidSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.responsible === 'service' && !v.actorPersonId) {
      ctx.addIssue({
        code: 'custom',
        path: ['actorPersonId'],
        message: 'Velg hvilken aktør i tjenesten som har ansvaret for tiltaket.',
      });
    }
    if (v.responsible !== 'service' && v.actorPersonId) {
      ctx.addIssue({
        code: 'custom',
        path: ['actorPersonId'],
        message: 'Et tiltak har bare én ansvarlig: hjemmet eller barnet har ingen aktør i tillegg.',
      });
    }
    if (v.deadline && v.deadline < v.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['deadline'],
        message: 'Evalueringsfristen kan ikke være før startdatoen.',
      });
    }
  })
  .meta({ id: 'MeasureCreate' });
export type MeasureCreate = z.infer<typeof measureCreateSchema>;

/** Correcting the text within 8 hours (C2). */
export const measureTextSchema = z
  .strictObject({ text: text('tiltaket', 500), version: versionSchema })
  .meta({ id: 'MeasureText' });

/** The first-class changes of C3, each kept in the measure's history. */
export const measureChangeSchema = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({
        kind: z.literal('extend_deadline'),
        deadline: isoDateSchema,
        reason: optionalText(500),
        version: versionSchema,
      }),
      z.strictObject({
        kind: z.literal('change_actor'),
        actorPersonId: uuidSchema,
        reason: optionalText(500),
        version: versionSchema,
      }),
      z.strictObject({
        kind: z.literal('wrongly_registered'),
        reason: text('hvorfor tiltaket ble feilregistrert', 500),
        version: versionSchema,
      }),
      z.strictObject({
        kind: z.literal('end'),
        reason: optionalText(500),
        version: versionSchema,
      }),
    ],
    { message: 'Velg hva som skal endres.' },
  )
  .meta({ id: 'MeasureChange' });
export type MeasureChange = z.infer<typeof measureChangeSchema>;

export const evaluationOutcomeSchema = z.enum(['worked', 'partly', 'did_not_work'], {
  message: 'Velg om tiltaket virket, delvis virket eller ikke virket.',
});
export const evaluationDecisionSchema = z.enum(['continue', 'change', 'end'], {
  message: 'Velg om tiltaket skal fortsette, endres eller avsluttes.',
});

/** C3: once per measure; the family's view has the last word. */
export const evaluationCreateSchema = z
  .strictObject({
    outcome: evaluationOutcomeSchema,
    comment: optionalText(2000),
    familyView: optionalText(2000),
    decision: evaluationDecisionSchema,
    meetingId: uuidSchema.optional(),
  })
  .meta({ id: 'EvaluationCreate' });
export type EvaluationCreate = z.infer<typeof evaluationCreateSchema>;

// C4: bright spots.
export const brightSpotInputSchema = z
  .strictObject({
    text: text('lysglimtet', 1000),
    attentionId: uuidSchema.nullable().optional(),
  })
  .meta({ id: 'BrightSpotInput' });
export const brightSpotUpdateSchema = z
  .strictObject({ text: text('lysglimtet', 1000), version: versionSchema })
  .meta({ id: 'BrightSpotUpdate' });

// C5: notes.
export const noteInputSchema = z
  .strictObject({
    kind: z.enum(['private', 'log'], { message: 'Velg privat notat eller loggnotat.' }),
    text: text('notatet', 5000),
    attentionId: uuidSchema.nullable().optional(),
    restricted: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'log' && !v.attentionId) {
      ctx.addIssue({
        code: 'custom',
        path: ['attentionId'],
        message: 'Et loggnotat hører til en oppmerksomhet. Velg hvilken.',
      });
    }
    if (v.kind === 'private' && v.restricted) {
      ctx.addIssue({
        code: 'custom',
        path: ['restricted'],
        message: 'Et privat notat ser bare du; det kan ikke begrenses mer.',
      });
    }
  })
  .meta({ id: 'NoteInput' });
export type NoteInput = z.infer<typeof noteInputSchema>;
export const noteUpdateSchema = z
  .strictObject({ text: text('notatet', 5000), version: versionSchema })
  .meta({ id: 'NoteUpdate' });

export const attentionParamsSchema = z.strictObject({ logId: uuidSchema, attentionId: uuidSchema });
export const measureParamsSchema = z.strictObject({ logId: uuidSchema, measureId: uuidSchema });
export const itemParamsSchema = z.strictObject({ logId: uuidSchema, itemId: uuidSchema });
