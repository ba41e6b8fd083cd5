import { describe, expect, it } from 'vitest';
import {
  duplicateParticipants,
  invitationChanged,
  meetingChangeRefusal,
  meetingCreateSchema,
} from './meeting';

const now = new Date('2026-12-01T12:00:00Z');
const uuid = '6f1c2b0e-8a8e-4a57-9f3e-0d7a6f4b1c2d';

describe('meeting schemas (C6)', () => {
  it('takes a time with a zone and fills the defaults', () => {
    const m = meetingCreateSchema.parse({
      title: 'Oppstart',
      startsAt: '2026-12-10T09:00:00+01:00',
    });
    expect(m).toMatchObject({ durationMinutes: 60, place: '', participants: [], attentionIds: [] });
  });

  it('refuses a time without a zone or in another format, naming startsAt', () => {
    for (const startsAt of ['2026-12-10T09:00:00', '10.12.2026 09:00', '2026-12-10']) {
      const r = meetingCreateSchema.safeParse({ title: 'Møte', startsAt });
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['startsAt']);
    }
  });

  it('refuses a participant listed twice, by person or by e-mail', () => {
    expect(
      duplicateParticipants([
        { personId: uuid },
        { name: 'Kari', email: 'kari@fysio.no' },
        { personId: uuid },
        { name: 'K. Fysio', email: 'KARI@fysio.no' },
      ]),
    ).toEqual([2, 3]);
    const r = meetingCreateSchema.safeParse({
      title: 'Møte',
      startsAt: '2026-12-10T09:00:00Z',
      participants: [{ personId: uuid }, { personId: uuid }],
    });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['participants.1']);
  });
});

describe('meeting rules (C6)', () => {
  const planned = { status: 'planned' as const, startsAt: new Date('2026-11-30T09:00:00Z') };

  it('only a planned meeting changes', () => {
    expect(meetingChangeRefusal(planned, 'edit', now)).toBeNull();
    expect(meetingChangeRefusal(planned, 'held', now)).toBeNull();
    expect(meetingChangeRefusal({ ...planned, status: 'held' }, 'edit', now)).toMatch(/holdt/);
    expect(meetingChangeRefusal({ ...planned, status: 'cancelled' }, 'cancel', now)).toMatch(
      /avlyst/,
    );
  });

  it('a meeting is held only once it has started', () => {
    const future = { ...planned, startsAt: new Date('2026-12-10T09:00:00Z') };
    expect(meetingChangeRefusal(future, 'held', now)).toMatch(/ikke begynt/);
    expect(meetingChangeRefusal(future, 'cancel', now)).toBeNull();
  });

  it('an updated invitation follows the calendar facts, not the agenda', () => {
    const facts = { title: 'Møte', startsAt: now, durationMinutes: 60, place: 'Rom 1' };
    expect(invitationChanged(facts, { ...facts })).toBe(false);
    expect(invitationChanged(facts, { ...facts, startsAt: new Date(now.getTime()) })).toBe(false);
    expect(invitationChanged(facts, { ...facts, startsAt: new Date('2026-12-02T12:00:00Z') })).toBe(
      true,
    );
    expect(invitationChanged(facts, { ...facts, place: 'Rom 2' })).toBe(true);
  });
});
