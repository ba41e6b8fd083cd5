import { meetingCreateSchema, meetingUpdateSchema, type LogView } from '@stafett/domain';
import { describe, expect, it } from 'vitest';
import {
  grantInput,
  meetingFormValues,
  meetingHeldInput,
  meetingInput,
  meetingUpdateInput,
  participantChoices,
  participantsInput,
  tickedIds,
} from './form-input';
import { formField } from './result';

const anne = '11111111-1111-4111-8111-111111111111';
const jonas = '22222222-2222-4222-8222-222222222222';
const ola = '33333333-3333-4333-8333-333333333333';
const att = '44444444-4444-4444-8444-444444444444';

describe('participants from the form', () => {
  it('takes the ticked people in order, then the external rows that were filled in', () => {
    const values = {
      [`participant:${anne}`]: 'on',
      [`participant:${jonas}`]: 'on',
      'external.0.name': ' Kari Lege ',
      'external.0.email': 'kari@lege.no',
      'external.1.name': '',
      'external.1.email': '',
      'external.2.name': 'Per Fysio',
      'external.2.email': '',
    };
    expect(participantsInput(values)).toEqual([
      { personId: anne },
      { personId: jonas },
      { name: 'Kari Lege', email: 'kari@lege.no' },
      // Half a row is sent, so the schema names what is missing.
      { name: 'Per Fysio', email: '' },
    ]);
  });

  it('ignores unticked boxes and names that only start like the prefix', () => {
    expect(tickedIds({ [`participant:${anne}`]: '', participantX: 'on' }, 'participant')).toEqual(
      [],
    );
  });
});

describe('a meeting from the form', () => {
  const values = {
    title: 'Stafettmøte',
    date: '2026-12-10',
    time: '09:00',
    durationMinutes: '90',
    place: 'Nordberg skole, møterom 2',
    agenda: 'Hvordan går det i samlingsstund?',
    [`participant:${anne}`]: 'on',
    [`attention:${att}`]: 'on',
  };

  it('is what the API takes, with the time in Norwegian time', () => {
    const parsed = meetingCreateSchema.parse(meetingInput(values));
    expect(parsed).toMatchObject({
      startsAt: '2026-12-10T09:00:00+01:00',
      durationMinutes: 90,
      participants: [{ personId: anne }],
      attentionIds: [att],
    });
  });

  it('leaves a missing time for the schema to refuse as the date field', () => {
    const result = meetingCreateSchema.safeParse(meetingInput({ ...values, time: '' }));
    expect(result.success).toBe(false);
    expect(formField(String(result.error?.issues[0]?.path[0]))).toBe('date');
    expect(formField('participants.1.email')).toBe('participants');
    expect(formField('attentionIds.0')).toBe('attentionIds');
  });

  it('a change leaves out an untouched list of participants', () => {
    const change = { ...values, version: '3', peopleBefore: anne };
    const same = meetingUpdateSchema.parse(meetingUpdateInput(change));
    expect(same.participants).toBeUndefined();
    expect(same.version).toBe(3);
    const added = meetingUpdateInput({ ...change, [`participant:${jonas}`]: 'on' });
    expect(added.participants).toEqual([{ personId: anne }, { personId: jonas }]);
    const external = meetingUpdateInput({
      ...change,
      'external.0.name': 'Kari',
      'external.0.email': 'k@x.no',
    });
    expect(external.participants).toHaveLength(2);
  });

  it('the held form carries the evaluation and the version', () => {
    expect(meetingHeldInput({ meetingEvaluation: 'Kortere neste gang.', version: '2' })).toEqual({
      meetingEvaluation: 'Kortere neste gang.',
      version: 2,
    });
  });

  it('an existing meeting starts the edit form ticked as it is', () => {
    const form = meetingFormValues(
      {
        id: att,
        title: 'Stafettmøte',
        startsAt: '2026-12-10T08:00:00.000Z',
        durationMinutes: 60,
        place: '',
        agenda: '',
        status: 'planned',
        meetingEvaluation: '',
        participants: [
          { id: ola, personId: anne, name: 'Anne Solberg' },
          { id: jonas, personId: null, name: 'Kari Lege' },
        ],
        attentionIds: [att],
        version: 1,
      },
      '2026-12-10',
      '09:00',
    );
    expect(form).toMatchObject({
      time: '09:00',
      [`participant:${anne}`]: 'on',
      [`attention:${att}`]: 'on',
    });
    expect(Object.keys(form).filter((k) => k.startsWith('participant:'))).toHaveLength(1);
  });
});

describe('a grant from the form', () => {
  it('whole log: no attentions, even if some are ticked', () => {
    expect(
      grantInput({
        personId: jonas,
        scope: 'whole',
        [`attention:${att}`]: 'on',
        guardianConsent: 'x',
      }),
    ).toEqual({ personId: jonas, attentionIds: [], mentor: false, guardianConsent: 'x' });
  });

  it('chosen attentions, mentor ticked', () => {
    expect(
      grantInput({ personId: jonas, scope: 'chosen', [`attention:${att}`]: 'on', mentor: 'on' }),
    ).toMatchObject({ attentionIds: [att], mentor: true, guardianConsent: '' });
  });
});

describe('who can be invited', () => {
  it('the guardians, the actors of the measures (each once) and the holder', () => {
    const measure = (id: string, name: string, status: 'active' | 'ended') => ({
      status,
      actor: { id, name, unitName: 'PPT Nordre Aker' },
    });
    const log = {
      guardians: [{ id: anne, name: 'Anne Solberg' }],
      holder: { id: ola, name: 'Ola Johansen' },
      attentions: [
        {
          measures: [
            measure(jonas, 'Jonas Bakke', 'ended'),
            measure(jonas, 'Jonas Bakke', 'active'),
          ],
        },
        { measures: [measure(ola, 'Ola Johansen', 'active')] },
      ],
    } as unknown as Pick<LogView, 'guardians' | 'holder' | 'attentions'>;
    expect(participantChoices(log).map((c) => [c.name, c.role])).toEqual([
      ['Anne Solberg', 'guardian'],
      ['Jonas Bakke', 'actor'],
      ['Ola Johansen', 'actor'],
    ]);
  });
});
