import { writingHints } from '@stafett/domain';
import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { nb } from '$lib/i18n/nb';
import { nn } from '$lib/i18n/nn';
import { excerpt, shownHints } from './hints';

describe('excerpt', () => {
  it('keeps a short text whole, on one line', () => {
    expect(excerpt('  Vi møtes\n på  skolen ')).toBe('Vi møtes på skolen');
  });

  it('shortens a long text to its first words', () => {
    expect(excerpt('en to tre fire fem seks sju åtte ni ti', 8)).toBe(
      'en to tre fire fem seks sju åtte …',
    );
  });
});

describe('shownHints', () => {
  const text = 'Vi tar kontakt snarest, f.eks. på telefon. Det undersøkes om man kan ringe.';

  it('shows the flagged words and the message in the page’s language', () => {
    const nbHints = shownHints(writingHints(text), 'nb');
    expect(nbHints.map((h) => [h.kind, h.phrase])).toEqual([
      ['vague-time', 'snarest'],
      ['abbreviation', 'f.eks.'],
      ['passive', 'undersøkes'],
      ['man', 'man'],
    ]);
    expect(nbHints[1]!.message).toBe('Skriv hele ordet: «for eksempel» i stedet for «f.eks.».');
    expect(nbHints.every((h) => h.messageLang === 'nb')).toBe(true);

    const nnHints = shownHints(writingHints(text), 'nn');
    expect(nnHints[1]!.message).toBe('Skriv heile ordet: «til dømes» i staden for «f.eks.».');
    expect(nnHints.every((h) => h.messageLang === 'nn')).toBe(true);
  });

  it('falls back to bokmål messages on an English page', () => {
    const hints = shownHints(writingHints(text), 'en');
    expect(hints[0]!.messageLang).toBe('nb');
    expect(hints[0]!.message).toContain('Skriv en dato');
  });

  it('keeps a hint’s key while the author types elsewhere', () => {
    const before = shownHints(writingHints('Vi ringer snarest.'), 'nb');
    const after = shownHints(writingHints('I morgen: Vi ringer deg snarest.'), 'nb');
    expect(after.map((h) => h.key)).toEqual(before.map((h) => h.key));
  });

  it('gives repeated words their own keys', () => {
    const hints = shownHints(writingHints('Ring snarest. Skriv snarest.'), 'nb');
    const keys = hints.map((h) => h.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(['vague-time:snarest#0', 'vague-time:snarest#1']);
  });

  it('keys a long sentence by its place, and shows only its first words', () => {
    const long = Array.from({ length: 30 }, (_, i) => `ord${i}`).join(' ') + '.';
    const [first] = shownHints(writingHints(long), 'nb');
    const [grown] = shownHints(writingHints(`${long.slice(0, -1)} og litt til.`), 'nb');
    expect(first!.kind).toBe('long-sentence');
    expect(first!.key).toBe(grown!.key);
    expect(first!.phrase).toBe('ord0 ord1 ord2 ord3 ord4 ord5 ord6 ord7 …');
  });

  it('has nothing to say about a clear text', () => {
    expect(shownHints(writingHints('Kari ringer Ola mandag 3. mars kl. 10.'), 'nb')).toEqual([]);
  });
});

describe('logText messages', () => {
  const kinds = ['vague-time', 'vague-extent', 'abbreviation', 'passive', 'man', 'long-sentence'];

  it.each([
    ['nb', nb],
    ['nn', nn],
    ['en', en],
  ] as const)('%s names every kind of hint', (_lang, messages) => {
    for (const kind of kinds) {
      expect(messages[`logText.hint.${kind}` as keyof typeof messages]).toBeTruthy();
    }
  });

  it('keeps the draft notice the product asked for', () => {
    expect(nb['logText.draft.restored'].replace('{time}', '14:32')).toBe(
      'Vi har tatt vare på teksten du skrev (lagret kl. 14:32).',
    );
    expect(nb['logText.draft.discard']).toBe('Forkast utkastet');
    expect(nb['logText.conflict.useMine']).toBe('Bruk min tekst');
    expect(nb['logText.conflict.useTheirs']).toBe('Bruk den lagrede teksten');
  });
});
