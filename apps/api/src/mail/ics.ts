import { createEvent } from 'ics';
import type { WrittenStandard } from './format';
import type { MeetingInvitationInput } from './notices';

/**
 * The meeting as an iCalendar file. METHOD:PUBLISH ("add to calendar"), not REQUEST: a REQUEST
 * makes calendar programs send accept/decline replies to the organizer, and Stafett reads no
 * replies. The start is written in UTC (…Z), so no time-zone table is needed in the file.
 * Only the title, time, place and the link go in: calendars are shared more than inboxes. The
 * link sits in the description, not in URL, whose strict check in `ics` would throw on
 * addresses it does not know (a developer's http://localhost:3000 passes, others might not).
 */
export function calendarInvitation(
  standard: WrittenStandard,
  m: MeetingInvitationInput,
  cancelled = false,
): string {
  const { error, value } = createEvent({
    productId: 'stafett/møteinnkalling',
    // A cancellation is the same event (same uid) marked cancelled, so calendars remove it.
    method: cancelled ? 'CANCEL' : 'PUBLISH',
    ...(cancelled ? { status: 'CANCELLED' as const } : {}),
    uid: m.uid,
    title: m.title,
    start: m.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: m.durationMinutes },
    location: m.place,
    description:
      standard === 'nb'
        ? `Logg inn i Stafett for å lese sakslisten: ${m.link}`
        : `Logg inn i Stafett for å lese sakslista: ${m.link}`,
    ...(m.organizerEmail ? { organizer: { name: m.organizerName, email: m.organizerEmail } } : {}),
  });
  if (error || !value) throw new Error(`calendarInvitation: ${error?.message ?? 'no output'}`);
  return value;
}
