import type { MeetingView } from '@stafett/domain';
import type { MessageKey } from '$lib/i18n';

/**
 * What a meeting's state means in words, and what the holder may do with it (C6). A planned
 * meeting whose start has passed is "in progress or waiting to be ended", and may be ended
 * with the meeting's own evaluation.
 */
export type MeetingState = 'planned' | 'started' | 'held' | 'cancelled';

export function meetingState(
  meeting: Pick<MeetingView, 'status' | 'startsAt'>,
  now: Date,
): MeetingState {
  if (meeting.status !== 'planned') return meeting.status;
  return Date.parse(meeting.startsAt) <= now.getTime() ? 'started' : 'planned';
}

export function meetingStateKey(state: MeetingState): MessageKey {
  return `logsMeetings.state.${state}`;
}

/** Only a planned meeting changes: edited or cancelled. */
export function canChangeMeeting(meeting: Pick<MeetingView, 'status'>): boolean {
  return meeting.status === 'planned';
}

/** Ended (marked held) once it has started, not before. */
export function canHoldMeeting(
  meeting: Pick<MeetingView, 'status' | 'startsAt'>,
  now: Date,
): boolean {
  return meetingState(meeting, now) === 'started';
}

/** The planned meetings that start on `today` (yyyy-mm-dd in Norway), earliest first. */
export function meetingsOnDay<T extends Pick<MeetingView, 'status' | 'startsAt'>>(
  meetings: readonly T[],
  today: string,
  dayOf: (iso: string) => string,
): T[] {
  return meetings
    .filter((m) => m.status !== 'cancelled' && dayOf(m.startsAt) === today)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}

/** Upcoming and started first (soonest first), then the past (newest first). */
export function meetingOrder<T extends Pick<MeetingView, 'status' | 'startsAt'>>(
  meetings: readonly T[],
): T[] {
  const open = meetings
    .filter((m) => m.status === 'planned')
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const closed = meetings
    .filter((m) => m.status !== 'planned')
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  return [...open, ...closed];
}

/** The first name, for the big screen (C7: no more of the child than the room needs). */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}
