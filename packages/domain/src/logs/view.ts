import { z } from 'zod';
import { unitTypeSchema } from '../org/unit-types';
import { evaluationDecisionSchema, evaluationOutcomeSchema, responsibleSchema } from './content';
import { logLevelSchema, logStatusSchema } from './log';

const ref = z.object({ id: z.uuid(), name: z.string() });

export const measureEventSchema = z
  .object({
    kind: z.string(),
    before: z.record(z.string(), z.unknown()),
    after: z.record(z.string(), z.unknown()),
    reason: z.string().nullable(),
    by: ref,
    at: z.string(),
  })
  .meta({ id: 'MeasureEvent' });

export const evaluationSchema = z
  .object({
    id: z.uuid(),
    outcome: evaluationOutcomeSchema,
    comment: z.string(),
    familyView: z.string(),
    decision: evaluationDecisionSchema,
    by: ref,
    at: z.string(),
  })
  .meta({ id: 'Evaluation' });
export type EvaluationView = z.infer<typeof evaluationSchema>;

export const measureViewSchema = z
  .object({
    id: z.uuid(),
    attentionId: z.uuid(),
    text: z.string(),
    responsible: responsibleSchema,
    /** The staff actor and their unit, as the ladder says it: "Tjenesten: Jonas Bakke (PPT)". */
    actor: ref.extend({ unitName: z.string().nullable() }).nullable(),
    startDate: z.string(),
    deadline: z.string(),
    step: z.number().int(),
    status: z.enum(['active', 'ended', 'wrongly_registered']),
    replacesMeasureId: z.uuid().nullable(),
    createdAt: z.string(),
    /** Until when the text can be corrected (C2). */
    editableUntil: z.string(),
    evaluation: evaluationSchema.nullable(),
    history: z.array(measureEventSchema),
    version: z.number().int(),
  })
  .meta({ id: 'Measure' });
export type MeasureView = z.infer<typeof measureViewSchema>;

export const attentionViewSchema = z
  .object({
    id: z.uuid(),
    category: z.string(),
    description: z.string(),
    maintainingFactors: z.string(),
    goal: z.string(),
    signsOfSuccess: z.string(),
    ended: z.boolean(),
    measures: z.array(measureViewSchema),
    /** Active measures per party and the parties without one (C2). */
    balance: z.object({
      counts: z.object({ service: z.number(), home: z.number(), child: z.number() }),
      missing: z.array(responsibleSchema),
    }),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Attention' });
export type AttentionView = z.infer<typeof attentionViewSchema>;

export const brightSpotViewSchema = z
  .object({
    id: z.uuid(),
    attentionId: z.uuid().nullable(),
    author: ref,
    text: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    mine: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'BrightSpot' });
export type BrightSpotView = z.infer<typeof brightSpotViewSchema>;

export const noteViewSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['private', 'log']),
    attentionId: z.uuid().nullable(),
    author: ref,
    text: z.string(),
    restricted: z.boolean(),
    attachments: z.array(z.object({ id: z.uuid(), filename: z.string(), mime: z.string() })),
    createdAt: z.string(),
    updatedAt: z.string(),
    mine: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'Note' });
export type NoteView = z.infer<typeof noteViewSchema>;

export const meetingViewSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    startsAt: z.string(),
    durationMinutes: z.number().int(),
    place: z.string(),
    agenda: z.string(),
    status: z.enum(['planned', 'held', 'cancelled']),
    meetingEvaluation: z.string(),
    participants: z.array(
      z.object({ id: z.uuid(), personId: z.uuid().nullable(), name: z.string() }),
    ),
    attentionIds: z.array(z.uuid()),
    version: z.number().int(),
  })
  .meta({ id: 'Meeting' });
export type MeetingView = z.infer<typeof meetingViewSchema>;

/** What the person may do in this log, so pages show only what works (C8). */
export const logPermissionsSchema = z.object({
  role: z.enum(['holder', 'actor', 'reader', 'guardian', 'youth']),
  writeLog: z.boolean(),
  writeBrightSpot: z.boolean(),
  writePrivateNote: z.boolean(),
  /** Only some attentions are visible (an actor or a grant for chosen attentions). */
  partial: z.boolean(),
});
export type LogPermissions = z.infer<typeof logPermissionsSchema>;

/** The log page: everything the person may read of one log, in one answer. */
export const logViewSchema = z
  .object({
    id: z.uuid(),
    child: z.object({ id: z.uuid(), name: z.string(), birthDate: z.string(), age: z.number() }),
    guardians: z.array(ref),
    unit: ref.extend({ type: unitTypeSchema }),
    holder: ref,
    level: logLevelSchema,
    status: logStatusSchema,
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    consent: z
      .object({
        id: z.uuid(),
        consentedBy: z.string(),
        byYouth: z.boolean(),
        consentedOn: z.string(),
        validUntil: z.string(),
        services: z.array(unitTypeSchema),
        fileId: z.uuid(),
        valid: z.boolean(),
      })
      .nullable(),
    attentions: z.array(attentionViewSchema),
    brightSpots: z.array(brightSpotViewSchema),
    notes: z.array(noteViewSchema),
    meetings: z.array(meetingViewSchema),
    permissions: logPermissionsSchema,
    version: z.number().int(),
  })
  .meta({ id: 'Log' });
export type LogView = z.infer<typeof logViewSchema>;

/** Staff the holder may make responsible for a measure (L1: within the log's level). */
export const actorCandidateSchema = z
  .object({
    personId: z.uuid(),
    name: z.string(),
    title: z.string().nullable(),
    unitId: z.uuid(),
    unitName: z.string(),
    unitType: unitTypeSchema,
  })
  .meta({ id: 'ActorCandidate' });
export type ActorCandidate = z.infer<typeof actorCandidateSchema>;
