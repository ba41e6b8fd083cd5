import {
  attentionCreateSchema,
  attentionUpdateSchema,
  brightSpotInputSchema,
  evaluationCreateSchema,
  measureChangeSchema,
  measureCreateSchema,
  noteInputSchema,
} from '@stafett/domain';
import { describe, expect, it } from 'vitest';
import {
  attentionConflicts,
  attentionCreateInput,
  attentionUpdateInput,
  brightSpotInput,
  evaluationInput,
  measureChangeInput,
  measureCreateInput,
  noteInput,
  textUpdateInput,
} from './form-input';

const uuid = '6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f';

describe('attention forms', () => {
  it('sends every field of a new attention', () => {
    const input = attentionCreateInput({
      category: 'Språk',
      description: 'Emma sier lite i samlingsstund.',
      goal: 'Emma sier én setning hver dag.',
    });
    expect(input).toEqual({
      category: 'Språk',
      description: 'Emma sier lite i samlingsstund.',
      maintainingFactors: '',
      goal: 'Emma sier én setning hver dag.',
      signsOfSuccess: '',
    });
    expect(attentionCreateSchema.safeParse(input).success).toBe(true);
  });

  it('sends only the fields that changed, with the version read', () => {
    const input = attentionUpdateInput({
      version: '3',
      category: 'Språk',
      'initial.category': 'Språk',
      goal: 'Nytt mål.',
      'initial.goal': 'Gammelt mål.',
      description: ' Samme setning ',
      'initial.description': 'Samme setning',
    });
    expect(input).toEqual({ version: 3, goal: 'Nytt mål.' });
    expect(attentionUpdateSchema.safeParse(input).success).toBe(true);
  });

  it('names the fields that clash with what someone else saved', () => {
    const saved = {
      category: 'Språk',
      description: 'A',
      maintainingFactors: '',
      goal: 'Their goal',
      signsOfSuccess: '',
    };
    expect(attentionConflicts({ goal: 'My goal', description: 'A' }, saved)).toEqual({
      goal: 'Their goal',
    });
  });

  it('refuses a forged version', () => {
    expect(attentionUpdateSchema.safeParse(attentionUpdateInput({ version: 'x' })).success).toBe(
      false,
    );
  });
});

describe('measure forms', () => {
  const base = { text: 'Jonas øver med Emma hver tirsdag.', startDate: '2026-12-01' };

  it('keeps the actor only for the service (the list is always there without JavaScript)', () => {
    const service = measureCreateInput({ ...base, responsible: 'service', actorPersonId: uuid });
    expect(service).toMatchObject({ responsible: 'service', actorPersonId: uuid });
    expect(measureCreateSchema.safeParse(service).success).toBe(true);

    const home = measureCreateInput({ ...base, responsible: 'home', actorPersonId: uuid });
    expect(home.actorPersonId).toBeUndefined();
    expect(measureCreateSchema.safeParse(home).success).toBe(true);
  });

  it('asks for an actor when the service is responsible', () => {
    const input = measureCreateInput({ ...base, responsible: 'service', actorPersonId: '' });
    const parsed = measureCreateSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['actorPersonId']);
  });

  it('leaves an empty deadline and step to the API, and reads the practical box', () => {
    const input = measureCreateInput({
      ...base,
      responsible: 'child',
      deadline: '',
      step: '',
      practical: 'on',
    });
    expect(input).toMatchObject({ deadline: undefined, step: undefined, practical: true });
    expect(measureCreateInput({ ...base, responsible: 'child', step: '2' }).step).toBe(2);
    expect(measureCreateInput({ ...base, responsible: 'child' }).practical).toBe(false);
  });

  it('maps each kind of change', () => {
    const cases: Record<string, string>[] = [
      { kind: 'extend_deadline', deadline: '2027-01-10', version: '2' },
      { kind: 'change_actor', actorPersonId: uuid, version: '2' },
      { kind: 'end', version: '2' },
      { kind: 'wrongly_registered', reason: 'Feil barn.', version: '2' },
    ];
    for (const values of cases) {
      const input = measureChangeInput(values);
      expect(input).toMatchObject({ kind: values.kind, version: 2 });
      expect(measureChangeSchema.safeParse(input).success, values.kind).toBe(true);
    }
    expect(
      measureChangeSchema.safeParse(
        measureChangeInput({ kind: 'wrongly_registered', version: '2' }),
      ).success,
    ).toBe(false);
  });

  it('maps an evaluation', () => {
    const input = evaluationInput({
      outcome: 'worked',
      comment: 'Bra.',
      familyView: 'Hun liker det.',
      decision: 'continue',
    });
    expect(evaluationCreateSchema.safeParse(input).success).toBe(true);
    expect(evaluationCreateSchema.safeParse(evaluationInput({})).success).toBe(false);
  });
});

describe('bright spots and notes', () => {
  it('sends a bright spot with or without an attention', () => {
    expect(brightSpotInput({ text: 'Emma svarte i dag!', attentionId: '' })).toEqual({
      text: 'Emma svarte i dag!',
      attentionId: null,
    });
    expect(
      brightSpotInputSchema.safeParse(brightSpotInput({ text: 'Fint', attentionId: uuid })).success,
    ).toBe(true);
    expect(textUpdateInput({ text: 'Ny', version: '4' })).toEqual({ text: 'Ny', version: 4 });
  });

  it('a private note is never restricted and has no attention', () => {
    const input = noteInput({
      kind: 'private',
      text: 'Husk å spørre om leksene.',
      attentionId: uuid,
      restricted: 'on',
    });
    expect(input).toEqual({
      kind: 'private',
      text: 'Husk å spørre om leksene.',
      attentionId: null,
      restricted: false,
    });
    expect(noteInputSchema.safeParse(input).success).toBe(true);
  });

  it('a log note belongs to an attention and may be restricted', () => {
    const input = noteInput({ kind: 'log', text: 'Øvelser.', attentionId: uuid, restricted: 'on' });
    expect(input).toMatchObject({ attentionId: uuid, restricted: true });
    expect(noteInputSchema.safeParse(input).success).toBe(true);
    expect(noteInputSchema.safeParse(noteInput({ kind: 'log', text: 'Uten' })).success).toBe(false);
  });
});
