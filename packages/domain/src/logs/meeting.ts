import { z } from 'zod';
import { emailSchema } from '../org/contact';
import { uuidSchema } from '../org/unit';
import { versionSchema } from '../org/person-input';

/**
 * C6: the holder calls a meeting, sets the agenda and leads it; it may exist before any
 * attention, and ends with an evaluation of the meeting itself.
 */

export const MEETING_MIN_MINUTES = 5;
export const MEETING_MAX_MINUTES = 600;
export const MEETING_MAX_PARTICIPANTS = 40;

const STARTS_AT_MESSAGE =
  'Skriv tidspunktet med dato, klokkeslett og tidssone, for eksempel 2026-12-10T09:00:00+01:00.';

/**
 * With a zone: a time without one means different instants to the browser, the server and the
 * calendar programs that get the invitation.
 */
export const meetingStartsAtSchema = z.iso.datetime({ offset: true, message: STARTS_AT_MESSAGE });

const title = z
  .string({ message: 'Skriv hva møtet heter.' })
  .trim()
  .min(1, { message: 'Skriv hva møtet heter.' })
  .max(200, { message: 'Høyst 200 tegn.' });
const place = z.string().trim().max(200, { message: 'Høyst 200 tegn.' });
const agenda = z.string().trim().max(5000, { message: 'Høyst 5000 tegn.' });
const durationMinutes = z
  .number({ message: 'Skriv hvor mange minutter møtet varer.' })
  .int({ message: 'Skriv hele minutter.' })
  .min(MEETING_MIN_MINUTES, { message: `Et møte varer minst ${MEETING_MIN_MINUTES} minutter.` })
  .max(MEETING_MAX_MINUTES, { message: `Et møte varer høyst ${MEETING_MAX_MINUTES} minutter.` });

/**
 * A participant is a person Stafett knows (staff of the municipality, the child's guardians or
 * the youth) by id, or someone else by name and e-mail (a GP, a physiotherapist), who gets the
 * invitation but no access to the log.
 */
export const meetingParticipantInputSchema = z.union(
  [
    z.strictObject({ personId: uuidSchema }),
    z.strictObject({
      name: z
        .string({ message: 'Skriv navnet på deltakeren.' })
        .trim()
        .min(1, { message: 'Skriv navnet på deltakeren.' })
        .max(200, { message: 'Høyst 200 tegn.' }),
      email: emailSchema,
    }),
  ],
  { message: 'En deltaker er enten en person i kommunen (personId) eller navn og e-post.' },
);
export type MeetingParticipantInput = z.infer<typeof meetingParticipantInputSchema>;

const participants = z
  .array(meetingParticipantInputSchema)
  .max(MEETING_MAX_PARTICIPANTS, { message: `Høyst ${MEETING_MAX_PARTICIPANTS} deltakere.` })
  .superRefine((list, ctx) => {
    for (const index of duplicateParticipants(list)) {
      ctx.addIssue({
        code: 'custom',
        path: [index],
        message: 'Denne deltakeren står allerede på listen.',
      });
    }
  });
const attentionIds = z
  .array(uuidSchema)
  .max(50, { message: 'Høyst 50 oppmerksomheter.' })
  .superRefine((list, ctx) => {
    list.forEach((id, index) => {
      if (list.indexOf(id) !== index) {
        ctx.addIssue({ code: 'custom', path: [index], message: 'Oppmerksomheten står to ganger.' });
      }
    });
  });

export const meetingCreateSchema = z
  .strictObject({
    title,
    startsAt: meetingStartsAtSchema,
    durationMinutes: durationMinutes.default(60),
    place: place.default(''),
    agenda: agenda.default(''),
    participants: participants.default([]),
    /** The attentions to discuss; none is fine (C6: a meeting may come before any attention). */
    attentionIds: attentionIds.default([]),
  })
  .meta({ id: 'MeetingCreate' });
export type MeetingCreate = z.infer<typeof meetingCreateSchema>;

/** Send only what changes, with the version you read; lists replace the old ones. */
export const meetingUpdateSchema = z
  .strictObject({
    title: title.optional(),
    startsAt: meetingStartsAtSchema.optional(),
    durationMinutes: durationMinutes.optional(),
    place: place.optional(),
    agenda: agenda.optional(),
    participants: participants.optional(),
    attentionIds: attentionIds.optional(),
    version: versionSchema,
  })
  .meta({ id: 'MeetingUpdate' });
export type MeetingUpdate = z.infer<typeof meetingUpdateSchema>;

/** C6: the meeting ends with its own evaluation. */
export const MEETING_EVALUATION_QUESTION = 'Er det noe i dette møtet som kunne vært annerledes?';

export const meetingHeldSchema = z
  .strictObject({
    meetingEvaluation: z
      .string({ message: `Svar på spørsmålet: ${MEETING_EVALUATION_QUESTION}` })
      .trim()
      .min(1, { message: `Svar på spørsmålet: ${MEETING_EVALUATION_QUESTION}` })
      .max(2000, { message: 'Høyst 2000 tegn.' }),
    version: versionSchema,
  })
  .meta({ id: 'MeetingHeld' });
export type MeetingHeld = z.infer<typeof meetingHeldSchema>;

export const meetingCancelSchema = z
  .strictObject({ version: versionSchema })
  .meta({ id: 'MeetingCancel' });

export const meetingParamsSchema = z.strictObject({ logId: uuidSchema, meetingId: uuidSchema });

export type MeetingStatus = 'planned' | 'held' | 'cancelled';
export type MeetingChange = 'edit' | 'held' | 'cancel';

/**
 * Whether a change may be made to a meeting now; the reason in bokmål when not. Only a planned
 * meeting changes: a held meeting is history and a cancelled one is over. A meeting can be marked
 * held once it has started, so its evaluation is written in or after the meeting, not before.
 */
export function meetingChangeRefusal(
  meeting: { status: MeetingStatus; startsAt: Date },
  change: MeetingChange,
  now: Date,
): string | null {
  if (meeting.status === 'held') return 'Møtet er holdt og kan ikke endres.';
  if (meeting.status === 'cancelled') return 'Møtet er avlyst og kan ikke endres.';
  if (change === 'held' && meeting.startsAt.getTime() > now.getTime()) {
    return 'Møtet har ikke begynt ennå. Marker det som holdt når dere har hatt det.';
  }
  return null;
}

/** Indexes of participants listed twice: the same person, or the same e-mail address. */
export function duplicateParticipants(list: readonly MeetingParticipantInput[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  list.forEach((p, index) => {
    const key = 'personId' in p ? `person:${p.personId}` : `email:${p.email.toLowerCase()}`;
    if (seen.has(key)) duplicates.push(index);
    seen.add(key);
  });
  return duplicates;
}

/** What the calendar entry shows; an updated invitation goes out when it changes. */
export interface InvitedFacts {
  title: string;
  startsAt: Date;
  durationMinutes: number;
  place: string;
}

export function invitationChanged(before: InvitedFacts, after: InvitedFacts): boolean {
  return (
    before.title !== after.title ||
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.durationMinutes !== after.durationMinutes ||
    before.place !== after.place
  );
}
