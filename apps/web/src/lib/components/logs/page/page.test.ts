import type { ActorCandidate, MeasureView } from '@stafett/domain';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Lang } from '$lib/i18n';
import I18nHost from '../test/I18nHost.svelte';
import MeasureForm from './MeasureForm.svelte';
import MeasureItem from './MeasureItem.svelte';

// Server rendering: what a person gets before (or without) JavaScript.

function renderIn<P extends object>(component: Component<P>, props: P, lang: Lang = 'nb') {
  const host = I18nHost as unknown as Component<{ lang: Lang; component: Component<P>; props: P }>;
  const body = render(host, { props: { lang, component, props } }).body;
  return body.replace(/<!--[^]*?-->/g, '');
}
const text = (html: string) =>
  html
    .replace(/<style[^]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

const jonas = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Jonas Bakke',
  unitName: 'PPT Nordre Aker',
};
const ola = { id: '22222222-2222-4222-8222-222222222222', name: 'Ola Johansen' };
const candidates: ActorCandidate[] = [
  {
    personId: jonas.id,
    name: jonas.name,
    title: 'Rådgiver',
    unitId: '33333333-3333-4333-8333-333333333333',
    unitName: 'PPT Nordre Aker',
    unitType: 'ppt',
  },
];

function measure(over: Partial<MeasureView> = {}): MeasureView {
  return {
    id: '44444444-4444-4444-8444-444444444444',
    attentionId: '55555555-5555-4555-8555-555555555555',
    text: 'Jonas øver med Nora hver tirsdag.',
    responsible: 'service',
    actor: jonas,
    startDate: '2026-11-01',
    deadline: '2026-11-20',
    step: 1,
    status: 'active',
    replacesMeasureId: null,
    createdAt: '2026-11-01T08:00:00Z',
    editableUntil: '2026-11-01T16:00:00Z',
    evaluation: null,
    history: [],
    version: 1,
    ...over,
  };
}

const base = {
  logId: '66666666-6666-4666-8666-666666666666',
  candidates,
  today: '2026-12-01',
  now: new Date('2026-12-01T10:00:00Z'),
  canWrite: false,
};

describe('a step of the measure ladder', () => {
  it('names the responsible party in words, with the actor’s unit', () => {
    const out = text(renderIn(MeasureItem, { ...base, measure: measure() }));
    expect(out).toContain('Trinn 1');
    expect(out).toContain('Tjenesten: Jonas Bakke (PPT Nordre Aker)');
    const home = text(
      renderIn(MeasureItem, { ...base, measure: measure({ responsible: 'home', actor: null }) }),
    );
    expect(home).toContain('Hjemmet');
  });

  it('says in words that the deadline has passed', () => {
    const out = text(renderIn(MeasureItem, { ...base, measure: measure() }));
    expect(out).toContain('Fristen er passert – evalueringen mangler');
  });

  it('shows the evaluation as a light with words and quotes the family', () => {
    const out = renderIn(MeasureItem, {
      ...base,
      measure: measure({
        evaluation: {
          id: '77777777-7777-4777-8777-777777777777',
          outcome: 'partly',
          comment: 'Noe bedre.',
          familyView: 'Hun gruer seg mindre.',
          decision: 'change',
          by: ola,
          at: '2026-11-21T10:00:00Z',
        },
      }),
    });
    expect(out).toContain('data-light="yellow"');
    expect(text(out)).toContain('Virket delvis');
    expect(text(out)).toContain('«Hun gruer seg mindre.»');
    expect(text(out)).toContain('Endre tiltaket');
    expect(text(out)).not.toContain('Fristen er passert');
  });

  it('offers the holder the forms, and correction only within the 8 hours', () => {
    const holder = { ...base, canWrite: true };
    const late = text(renderIn(MeasureItem, { ...holder, measure: measure() }));
    expect(late).toContain('Evaluer tiltaket');
    expect(late).toContain('Endre tiltaket: frist, aktør, avslutte');
    expect(late).not.toContain('Rett teksten');
    const fresh = text(
      renderIn(MeasureItem, {
        ...holder,
        measure: measure({ editableUntil: '2026-12-01T15:12:00Z' }),
      }),
    );
    expect(fresh).toContain('Du kan rette teksten i 5 t 12 min til.');
    expect(text(renderIn(MeasureItem, { ...base, measure: measure() }))).not.toContain(
      'Evaluer tiltaket',
    );
  });
});

describe('the measure form without JavaScript', () => {
  it('always shows the actor list, with a hint, and starts today', () => {
    const out = renderIn(MeasureForm, {
      logId: base.logId,
      attentionId: '55555555-5555-4555-8555-555555555555',
      candidates,
      today: '2026-12-01',
    });
    expect(text(out)).toContain('Velg bare når tjenesten har ansvaret.');
    expect(out).toContain('Jonas Bakke (PPT Nordre Aker)');
    expect(out).toMatch(
      /name="startDate"[^>]*value="2026-12-01"|value="2026-12-01"[^>]*name="startDate"/,
    );
    expect(text(out)).toContain('Tom: kommunens standardfrist.');
  });
});
