import { describe, expect, it } from 'vitest';
import {
  canChangeMeeting,
  canHoldMeeting,
  firstName,
  meetingOrder,
  meetingsOnDay,
  meetingState,
  meetingStateKey,
} from './status';
import { isoToOsloLocal } from './time';

const now = new Date('2026-12-01T12:00:00Z');
const m = (status: 'planned' | 'held' | 'cancelled', startsAt: string) => ({ status, startsAt });

describe('a meeting in words', () => {
  it('planned before it starts, started (not ended) after, else as saved', () => {
    expect(meetingState(m('planned', '2026-12-02T08:00:00Z'), now)).toBe('planned');
    expect(meetingState(m('planned', '2026-12-01T11:00:00Z'), now)).toBe('started');
    expect(meetingState(m('held', '2026-11-01T11:00:00Z'), now)).toBe('held');
    expect(meetingState(m('cancelled', '2026-12-02T08:00:00Z'), now)).toBe('cancelled');
    expect(meetingStateKey('started')).toBe('logsMeetings.state.started');
  });

  it('only a planned meeting changes; only a started one is ended', () => {
    expect(canChangeMeeting(m('planned', '2026-12-02T08:00:00Z'))).toBe(true);
    expect(canChangeMeeting(m('held', '2026-12-02T08:00:00Z'))).toBe(false);
    expect(canHoldMeeting(m('planned', '2026-12-02T08:00:00Z'), now)).toBe(false);
    expect(canHoldMeeting(m('planned', '2026-12-01T12:00:00Z'), now)).toBe(true);
    expect(canHoldMeeting(m('cancelled', '2026-12-01T08:00:00Z'), now)).toBe(false);
  });
});

describe('lists of meetings', () => {
  it('upcoming first (soonest first), then the past (newest first)', () => {
    const list = [
      m('held', '2026-10-01T08:00:00Z'),
      m('planned', '2026-12-20T08:00:00Z'),
      m('cancelled', '2026-11-01T08:00:00Z'),
      m('planned', '2026-12-05T08:00:00Z'),
    ];
    expect(meetingOrder(list).map((x) => x.startsAt)).toEqual([
      '2026-12-05T08:00:00Z',
      '2026-12-20T08:00:00Z',
      '2026-11-01T08:00:00Z',
      '2026-10-01T08:00:00Z',
    ]);
  });

  it('today’s meetings by the date in Norway, not cancelled ones', () => {
    const dayOf = (iso: string) => isoToOsloLocal(iso)?.date ?? '';
    const list = [
      m('planned', '2026-12-01T23:30:00Z'), // 00:30 on 2 December in Norway
      m('planned', '2026-12-01T13:00:00Z'),
      m('cancelled', '2026-12-01T09:00:00Z'),
      m('held', '2026-12-01T07:00:00Z'),
    ];
    expect(meetingsOnDay(list, '2026-12-01', dayOf).map((x) => x.startsAt)).toEqual([
      '2026-12-01T07:00:00Z',
      '2026-12-01T13:00:00Z',
    ]);
  });

  it('the big screen shows the first name', () => {
    expect(firstName(' Nora  Solberg ')).toBe('Nora');
    expect(firstName('')).toBe('');
  });
});
