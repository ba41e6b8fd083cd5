import type { LogView, MeetingParticipantInput, MeetingView } from '@stafett/domain';
import { osloLocalToIso } from './time';

/**
 * What the meeting and grant forms send, turned into the API's input. Checkboxes are named one
 * per thing (`participant:<personId>`, `attention:<attentionId>`), since a form posts each name
 * once to the page's `readForm`. Anything odd is passed on for the schema to refuse by field.
 */
export type FormValues = Record<string, string>;

/** External participants (a GP, a physiotherapist): at most this many rows in the form. */
export const MAX_EXTERNAL_PARTICIPANTS = 3;

const ticked = (value: string | undefined) => value === 'on' || value === 'true';
const str = (values: FormValues, key: string) => values[key] ?? '';
const version = (value: string | undefined): unknown =>
  /^\d+$/.test(value ?? '') ? Number(value) : value;
const minutes = (value: string | undefined): unknown => {
  const v = (value ?? '').trim();
  return /^\d+$/.test(v) ? Number(v) : v === '' ? undefined : v;
};

/** The ids of ticked checkboxes named `<prefix>:<id>`, in the form's order. */
export function tickedIds(values: FormValues, prefix: string): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (key.startsWith(`${prefix}:`) && ticked(value)) out.push(key.slice(prefix.length + 1));
  }
  return out;
}

/**
 * The participants: the ticked people Stafett knows, then the external rows where anything was
 * typed (an empty row is no participant; half a row is sent so the schema names what is missing).
 */
export function participantsInput(values: FormValues): MeetingParticipantInput[] {
  const people: MeetingParticipantInput[] = tickedIds(values, 'participant').map((personId) => ({
    personId,
  }));
  for (let i = 0; i < MAX_EXTERNAL_PARTICIPANTS; i++) {
    const name = str(values, `external.${i}.name`).trim();
    const email = str(values, `external.${i}.email`).trim();
    if (name !== '' || email !== '') people.push({ name, email });
  }
  return people;
}

/** startsAt from the date and time fields, or '' (refused by the schema as `startsAt`). */
export function startsAtInput(values: FormValues): string {
  return osloLocalToIso(str(values, 'date'), str(values, 'time')) ?? '';
}

export function meetingInput(values: FormValues) {
  return {
    title: str(values, 'title'),
    startsAt: startsAtInput(values),
    durationMinutes: minutes(values.durationMinutes),
    place: str(values, 'place'),
    agenda: str(values, 'agenda'),
    participants: participantsInput(values),
    attentionIds: tickedIds(values, 'attention'),
  };
}

/**
 * A change: as a new meeting, but the participants are left out when the people ticked are
 * those invited before (`peopleBefore`, a hidden field) and no one new is typed in. The API
 * replaces the whole list, and the meeting view has no e-mail addresses of external
 * participants to send back, so an untouched list must not be sent.
 */
export function meetingUpdateInput(values: FormValues) {
  const input = meetingInput(values);
  const before = new Set((values.peopleBefore ?? '').split(',').filter(Boolean));
  const people = tickedIds(values, 'participant');
  const unchanged =
    input.participants.length === people.length &&
    people.length === before.size &&
    people.every((id) => before.has(id));
  return {
    ...input,
    participants: unchanged ? undefined : input.participants,
    version: version(values.version),
  };
}

export function meetingHeldInput(values: FormValues) {
  return { meetingEvaluation: str(values, 'meetingEvaluation'), version: version(values.version) };
}

export function meetingCancelInput(values: FormValues) {
  return { version: version(values.version) };
}

export function grantInput(values: FormValues) {
  const wholeLog = values.scope !== 'chosen';
  return {
    personId: str(values, 'personId'),
    attentionIds: wholeLog ? [] : tickedIds(values, 'attention'),
    mentor: ticked(values.mentor),
    guardianConsent: str(values, 'guardianConsent'),
  };
}

/** A person who can be ticked as a participant, and why they are in the list. */
export interface ParticipantChoice {
  personId: string;
  name: string;
  role: 'holder' | 'guardian' | 'actor';
  /** The actor's unit, when the ladder names it. */
  unitName: string | null;
}

/**
 * Who the holder can tick: the guardians, the log's actors (from its measures, active ones
 * first) and the holder. Each person once, in that order.
 */
export function participantChoices(
  log: Pick<LogView, 'guardians' | 'holder' | 'attentions'>,
): ParticipantChoice[] {
  const out: ParticipantChoice[] = [];
  const seen = new Set<string>();
  const add = (choice: ParticipantChoice) => {
    if (seen.has(choice.personId)) return;
    seen.add(choice.personId);
    out.push(choice);
  };
  for (const g of log.guardians)
    add({ personId: g.id, name: g.name, role: 'guardian', unitName: null });
  const measures = log.attentions
    .flatMap((a) => a.measures)
    .sort((a, b) => Number(b.status === 'active') - Number(a.status === 'active'));
  for (const m of measures) {
    if (m.actor) {
      add({ personId: m.actor.id, name: m.actor.name, role: 'actor', unitName: m.actor.unitName });
    }
  }
  add({ personId: log.holder.id, name: log.holder.name, role: 'holder', unitName: null });
  return out;
}

/**
 * The form's starting values for an existing meeting: its participants ticked (people) or as
 * external rows (the others, who have no person id), its attentions ticked.
 */
export function meetingFormValues(meeting: MeetingView, date: string, time: string): FormValues {
  const values: FormValues = {
    title: meeting.title,
    date,
    time,
    durationMinutes: String(meeting.durationMinutes),
    place: meeting.place,
    agenda: meeting.agenda,
  };
  for (const p of meeting.participants) if (p.personId) values[`participant:${p.personId}`] = 'on';
  for (const id of meeting.attentionIds) values[`attention:${id}`] = 'on';
  return values;
}
