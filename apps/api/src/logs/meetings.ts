import { and, eq, inArray, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import {
  invitationChanged,
  meetingChangeRefusal,
  type MeetingChange,
  type MeetingCreate,
  type MeetingHeld,
  type MeetingParticipantInput,
  type MeetingUpdate,
} from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { AppError, conflict, notFound, type FieldError } from '../http/errors';
import { meetingCancelledNotice, meetingInvitation } from '../mail/notices';
import { queueMail } from '../mail/outbox';
import type { OrgContext } from '../org/org-context';
import type { LoadedLog } from './log-resource';
import { loadLogForChange, STALE, touchLog } from './log-write';

export const MEETING_NOT_FOUND = 'Vi finner ikke møtet i denne loggen.';
const FIX_FIELDS = 'Noe i forespørselen må rettes. Se feltene under.';

/** A participant as stored: a known person (e-mail looked up when sending) or name and e-mail. */
interface Participant {
  personId: string | null;
  name: string;
  email: string | null;
}
const keyOf = (p: Participant) =>
  p.personId ? `person:${p.personId}` : `email:${(p.email ?? '').toLowerCase()}`;

/**
 * Persons must be active staff of the municipality, the child's guardians or the child (C6).
 * Anyone else — or an id of another municipality, invisible under RLS — is a 422 on that entry.
 */
async function resolveParticipants(
  ctx: OrgContext,
  log: LoadedLog,
  list: readonly MeetingParticipantInput[],
  errors: FieldError[],
): Promise<Participant[]> {
  const ids = list.flatMap((p) => ('personId' in p ? [p.personId] : []));
  const m = ctx.municipalityId;
  const [persons, staff, guardians] = ids.length
    ? await Promise.all([
        ctx.tx
          .select({ id: schema.person.id, name: schema.person.name })
          .from(schema.person)
          .where(and(eq(schema.person.municipalityId, m), inArray(schema.person.id, ids))),
        ctx.tx
          .select({ id: schema.staffMembership.personId })
          .from(schema.staffMembership)
          .where(
            and(
              eq(schema.staffMembership.municipalityId, m),
              eq(schema.staffMembership.active, true),
              inArray(schema.staffMembership.personId, ids),
            ),
          ),
        ctx.tx
          .select({ id: schema.guardianship.guardianPersonId })
          .from(schema.guardianship)
          .where(
            and(
              eq(schema.guardianship.municipalityId, m),
              eq(schema.guardianship.childPersonId, log.resource.childPersonId),
            ),
          ),
      ])
    : [[], [], []];
  const eligible = new Set([
    ...staff.map((s) => s.id),
    ...guardians.map((g) => g.id),
    log.resource.childPersonId,
  ]);
  const names = new Map(persons.map((p) => [p.id, p.name]));
  return list.map((p, index) => {
    if (!('personId' in p)) return { personId: null, name: p.name, email: p.email };
    const name = names.get(p.personId);
    if (name === undefined || !eligible.has(p.personId)) {
      errors.push({
        field: `participants.${index}.personId`,
        message: 'Velg en ansatt i kommunen eller en av barnets foresatte.',
      });
    }
    return { personId: p.personId, name: name ?? '', email: null };
  });
}

/** The attentions to discuss must be this log's own. */
async function checkAttentions(
  ctx: OrgContext,
  logId: string,
  ids: readonly string[],
  errors: FieldError[],
): Promise<void> {
  if (ids.length === 0) return;
  const a = schema.attention;
  const found = await ctx.tx
    .select({ id: a.id })
    .from(a)
    .where(
      and(eq(a.municipalityId, ctx.municipalityId), eq(a.logId, logId), inArray(a.id, [...ids])),
    );
  const known = new Set(found.map((x) => x.id));
  ids.forEach((id, index) => {
    if (!known.has(id)) {
      errors.push({
        field: `attentionIds.${index}`,
        message: 'Velg en oppmerksomhet i denne loggen.',
      });
    }
  });
}

/** Checks everything before the first write, so bad input writes nothing. */
async function checkInput(
  ctx: OrgContext,
  log: LoadedLog,
  input: { participants?: MeetingParticipantInput[]; attentionIds?: string[] },
): Promise<Participant[] | undefined> {
  const errors: FieldError[] = [];
  const participants = input.participants
    ? await resolveParticipants(ctx, log, input.participants, errors)
    : undefined;
  await checkAttentions(ctx, log.resource.id, input.attentionIds ?? [], errors);
  if (errors.length > 0) throw new AppError('validation', FIX_FIELDS, errors);
  return participants;
}

async function replaceParticipants(ctx: OrgContext, meetingId: string, list: Participant[]) {
  const mp = schema.meetingParticipant;
  await ctx.tx
    .delete(mp)
    .where(and(eq(mp.municipalityId, ctx.municipalityId), eq(mp.meetingId, meetingId)));
  if (list.length === 0) return;
  await ctx.tx
    .insert(mp)
    .values(list.map((p) => ({ municipalityId: ctx.municipalityId, meetingId, ...p })));
}

async function replaceAttentions(ctx: OrgContext, meetingId: string, ids: readonly string[]) {
  const ma = schema.meetingAttention;
  await ctx.tx
    .delete(ma)
    .where(and(eq(ma.municipalityId, ctx.municipalityId), eq(ma.meetingId, meetingId)));
  if (ids.length === 0) return;
  await ctx.tx
    .insert(ma)
    .values(
      ids.map((attentionId) => ({ municipalityId: ctx.municipalityId, meetingId, attentionId })),
    );
}

async function participantsOf(ctx: OrgContext, meetingId: string): Promise<Participant[]> {
  const mp = schema.meetingParticipant;
  return ctx.tx
    .select({ personId: mp.personId, name: mp.name, email: mp.email })
    .from(mp)
    .where(and(eq(mp.municipalityId, ctx.municipalityId), eq(mp.meetingId, meetingId)));
}

type Invitation = {
  participant: Participant;
  kind: 'meeting.invited' | 'meeting.updated' | 'meeting.cancelled';
};

interface Invited {
  id: string;
  logId: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  place: string;
}

/**
 * Queues an invitation to each participant with an e-mail, in the meeting's own transaction. The
 * uid is the meeting's, so a calendar updates the entry it has instead of adding a second one.
 */
async function invite(ctx: OrgContext, meeting: Invited, to: Invitation[]): Promise<number> {
  if (to.length === 0) return 0;
  const p = schema.person;
  const personIds = [ctx.actor.personId, ...to.flatMap((t) => t.participant.personId ?? [])];
  const [people, [municipality]] = await Promise.all([
    ctx.tx
      .select({ id: p.id, email: p.email })
      .from(p)
      .where(and(eq(p.municipalityId, ctx.municipalityId), inArray(p.id, personIds))),
    ctx.tx
      .select({ slug: schema.municipality.slug, standard: schema.municipality.writtenStandard })
      .from(schema.municipality)
      .where(eq(schema.municipality.id, ctx.municipalityId)),
  ]);
  if (!municipality) throw new Error('the session’s municipality is gone');
  const emailOf = (id: string | null) => people.find((x) => x.id === id)?.email ?? null;
  const organizerEmail = emailOf(ctx.actor.personId);
  let sent = 0;
  for (const { participant, kind } of to) {
    const address = participant.personId ? emailOf(participant.personId) : participant.email;
    if (!address) continue;
    await queueMail(ctx.tx, {
      municipalityId: ctx.municipalityId,
      kind,
      to: address,
      ...(kind === 'meeting.cancelled' ? meetingCancelledNotice : meetingInvitation)(
        municipality.standard,
        {
          title: meeting.title,
          startsAt: meeting.startsAt,
          durationMinutes: meeting.durationMinutes,
          place: meeting.place,
          organizerName: ctx.actor.name,
          ...(organizerEmail ? { organizerEmail } : {}),
          link: `${ctx.publicOrigin}/${municipality.slug}/logger/${meeting.logId}`,
          uid: `${meeting.id}@stafett`,
        },
      ),
    });
    sent++;
  }
  return sent;
}

async function audit(
  ctx: OrgContext,
  action: string,
  meetingId: string,
  data: Record<string, unknown>,
) {
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action,
    entity: 'meeting',
    entityId: meetingId,
    data,
  });
}

/** C6: the holder calls a meeting; everyone invited with an e-mail gets the invitation. */
export async function createMeeting(
  ctx: OrgContext,
  logId: string,
  input: MeetingCreate,
): Promise<{ id: string }> {
  const log = await loadLogForChange(ctx, logId);
  const participants = (await checkInput(ctx, log, input)) ?? [];
  const mt = schema.meeting;
  const [row] = await ctx.tx
    .insert(mt)
    .values({
      municipalityId: ctx.municipalityId,
      logId,
      title: input.title,
      startsAt: new Date(input.startsAt),
      durationMinutes: input.durationMinutes,
      place: input.place,
      agenda: input.agenda,
      createdBy: ctx.actor.personId,
    })
    .returning({
      id: mt.id,
      logId: mt.logId,
      title: mt.title,
      startsAt: mt.startsAt,
      durationMinutes: mt.durationMinutes,
      place: mt.place,
    });
  if (!row) throw new Error('insert meeting returned nothing');
  await replaceParticipants(ctx, row.id, participants);
  await replaceAttentions(ctx, row.id, input.attentionIds);
  const invited = await invite(
    ctx,
    row,
    participants.map((participant) => ({ participant, kind: 'meeting.invited' as const })),
  );
  await touchLog(ctx, logId);
  await audit(ctx, 'meeting.created', row.id, {
    logId,
    startsAt: row.startsAt.toISOString(),
    participants: participants.length,
    attentionIds: input.attentionIds,
    invited,
  });
  return { id: row.id };
}

/** The meeting as it is now, refused unless the change is allowed and the version is current. */
async function meetingForChange(
  ctx: OrgContext,
  logId: string,
  meetingId: string,
  change: MeetingChange,
  version: number,
) {
  const mt = schema.meeting;
  const [meeting] = await ctx.tx
    .select()
    .from(mt)
    .where(
      and(eq(mt.municipalityId, ctx.municipalityId), eq(mt.logId, logId), eq(mt.id, meetingId)),
    );
  if (!meeting) throw notFound(MEETING_NOT_FOUND);
  if (meeting.version !== version) throw conflict(STALE);
  const refusal = meetingChangeRefusal(meeting, change, new Date());
  if (refusal) throw conflict(refusal);
  return meeting;
}

/** Sets the fields, only from the version read (A2: no silent overwrite). */
async function setMeeting(
  ctx: OrgContext,
  meetingId: string,
  version: number,
  values: Partial<typeof schema.meeting.$inferInsert>,
): Promise<{ id: string; version: number }> {
  const mt = schema.meeting;
  const [row] = await ctx.tx
    .update(mt)
    .set({ ...values, version: sql`${mt.version} + 1` })
    .where(
      and(eq(mt.municipalityId, ctx.municipalityId), eq(mt.id, meetingId), eq(mt.version, version)),
    )
    .returning({ id: mt.id, version: mt.version });
  if (!row) throw conflict(STALE);
  return row;
}

/**
 * The holder changes a planned meeting. New participants get an invitation; when the time,
 * length, place or title changes, everyone gets an updated one (same uid, so calendars move the
 * entry). The agenda is not in the invitation, so changing it sends nothing.
 */
export async function updateMeeting(
  ctx: OrgContext,
  logId: string,
  meetingId: string,
  input: MeetingUpdate,
): Promise<{ id: string; version: number }> {
  const log = await loadLogForChange(ctx, logId);
  const { version, participants: participantInput, attentionIds, startsAt: at, ...rest } = input;
  const before = await meetingForChange(ctx, logId, meetingId, 'edit', version);
  const nextParticipants = await checkInput(ctx, log, {
    ...(participantInput ? { participants: participantInput } : {}),
    ...(attentionIds ? { attentionIds } : {}),
  });
  const previous = await participantsOf(ctx, meetingId);
  const startsAt = at ? new Date(at) : undefined;
  const fields = { ...rest, ...(startsAt ? { startsAt } : {}) };
  const row = await setMeeting(ctx, meetingId, version, fields);
  if (nextParticipants) await replaceParticipants(ctx, meetingId, nextParticipants);
  if (attentionIds) await replaceAttentions(ctx, meetingId, attentionIds);

  const after = {
    id: meetingId,
    logId,
    title: rest.title ?? before.title,
    startsAt: startsAt ?? before.startsAt,
    durationMinutes: rest.durationMinutes ?? before.durationMinutes,
    place: rest.place ?? before.place,
  };
  const moved = invitationChanged(before, after);
  const known = new Set(previous.map(keyOf));
  const invited = await invite(
    ctx,
    after,
    (nextParticipants ?? previous).flatMap((participant): Invitation[] => {
      if (!known.has(keyOf(participant))) return [{ participant, kind: 'meeting.invited' }];
      return moved ? [{ participant, kind: 'meeting.updated' }] : [];
    }),
  );
  await touchLog(ctx, logId);
  const changed = Object.keys(fields) as (keyof typeof fields)[];
  await audit(ctx, 'meeting.updated', meetingId, {
    logId,
    before: Object.fromEntries(changed.map((k) => [k, before[k]])),
    after: { ...rest, ...(at ? { startsAt: at } : {}) },
    ...(nextParticipants
      ? { participants: { before: previous.length, after: nextParticipants.length } }
      : {}),
    ...(attentionIds ? { attentionIds } : {}),
    invited,
  });
  return row;
}

/** C6: the meeting ends with its own evaluation ("could something have been different?"). */
export async function markMeetingHeld(
  ctx: OrgContext,
  logId: string,
  meetingId: string,
  input: MeetingHeld,
): Promise<{ id: string; version: number }> {
  await loadLogForChange(ctx, logId);
  await meetingForChange(ctx, logId, meetingId, 'held', input.version);
  const row = await setMeeting(ctx, meetingId, input.version, {
    status: 'held',
    meetingEvaluation: input.meetingEvaluation,
  });
  await touchLog(ctx, logId);
  await audit(ctx, 'meeting.held', meetingId, { logId });
  return row;
}

/**
 * The holder cancels a planned meeting. It stays in the log as cancelled, so the family can see
 * what was planned.
 */
export async function cancelMeeting(
  ctx: OrgContext,
  logId: string,
  meetingId: string,
  input: { version: number },
): Promise<{ id: string; version: number }> {
  await loadLogForChange(ctx, logId);
  const meeting = await meetingForChange(ctx, logId, meetingId, 'cancel', input.version);
  const row = await setMeeting(ctx, meetingId, input.version, { status: 'cancelled' });
  await touchLog(ctx, logId);
  // Everyone invited hears it is off, with the calendar entry taken out again (C6).
  const told = await invite(
    ctx,
    { ...meeting, id: meetingId, logId },
    (await participantsOf(ctx, meetingId)).map((participant) => ({
      participant,
      kind: 'meeting.cancelled' as const,
    })),
  );
  await audit(ctx, 'meeting.cancelled', meetingId, { logId, told });
  return row;
}
