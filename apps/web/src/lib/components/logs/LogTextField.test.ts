import type { Component, ComponentProps } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Lang } from '$lib/i18n';
import ConflictNotice from './ConflictNotice.svelte';
import LogTextField from './LogTextField.svelte';
import I18nHost from './test/I18nHost.svelte';

// Server rendering: what a person gets before (or without) JavaScript. The components must work
// as plain form fields then; drafts and the conflict buttons come with JavaScript.

/** The HTML without Svelte's hydration comments. */
function html(body: string): string {
  return body.replace(/<!--[^]*?-->/g, '');
}

/** Renders a component on the server under a translator, as the root layout would. */
function renderIn<P extends object>(component: Component<P>, props: P, lang: Lang): string {
  // The host is generic in P; Svelte's render() cannot infer that, so it is named here.
  const host = I18nHost as unknown as Component<{ lang: Lang; component: Component<P>; props: P }>;
  return html(render(host, { props: { lang, component, props } }).body);
}

function field(props: ComponentProps<typeof LogTextField>, lang: Lang = 'nb'): string {
  return renderIn(LogTextField, props, lang);
}

function conflictNotice(props: ComponentProps<typeof ConflictNotice>, lang: Lang = 'nb'): string {
  return renderIn(ConflictNotice, props, lang);
}

/** The opening tag of the first element with this tag name. */
function tag(markup: string, name: string): string {
  return markup.match(new RegExp(`<${name}\\b[^>]*>`))?.[0] ?? '';
}

function attr(openingTag: string, name: string): string | undefined {
  return openingTag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
}

describe('LogTextField without JavaScript', () => {
  it('is a labelled textarea with its name and text', () => {
    const out = field({ name: 'goal', label: 'Mål', value: 'Kari leser hver dag.', rows: 6 });
    const textarea = tag(out, 'textarea');
    const id = attr(textarea, 'id');
    expect(id).toBeTruthy();
    expect(attr(tag(out, 'label'), 'for')).toBe(id);
    expect(attr(textarea, 'name')).toBe('goal');
    expect(attr(textarea, 'rows')).toBe('6');
    expect(out).toContain('>Kari leser hver dag.</textarea>');
    expect(out).toContain('(valgfritt)');
    expect(attr(textarea, 'aria-invalid')).toBeUndefined();
    expect(attr(textarea, 'aria-describedby')).toBeUndefined();
  });

  it('takes the id a page gives, so an error summary can link to it', () => {
    const out = field({ name: 'goal', label: 'Mål', id: 'attention-goal' });
    expect(attr(tag(out, 'textarea'), 'id')).toBe('attention-goal');
    expect(attr(tag(out, 'label'), 'for')).toBe('attention-goal');
  });

  it('links the help text and the failed action’s message to the field', () => {
    const out = field({
      name: 'goal',
      label: 'Mål',
      id: 'goal',
      required: true,
      description: 'Hva skal være annerledes?',
      error: 'Skriv et mål.',
    });
    const textarea = tag(out, 'textarea');
    expect(attr(textarea, 'aria-invalid')).toBe('true');
    expect(attr(textarea, 'aria-required')).toBe('true');
    expect(attr(textarea, 'aria-describedby')).toBe('goal-description goal-error');
    expect(out).toMatch(/id="goal-description"[^>]*>\s*Hva skal være annerledes\?/);
    expect(out).toMatch(/id="goal-error"[^>]*>Skriv et mål\./);
    expect(out).not.toContain('(valgfritt)');
  });

  it('escapes what was typed', () => {
    const out = field({ name: 'note', label: 'Notat', value: '</textarea><script>x()</script>' });
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;/textarea>');
  });

  it('can be a one-line input', () => {
    const out = field({ name: 'agenda', label: 'Sak', value: 'Status', multiline: false });
    expect(out).not.toContain('<textarea');
    const input = tag(out, 'input');
    expect(attr(input, 'type')).toBe('text');
    expect(attr(input, 'name')).toBe('agenda');
    expect(attr(input, 'value')).toBe('Status');
  });

  it('shows writing hints for the text it starts with, in a polite live region', () => {
    const out = field({ name: 'goal', label: 'Mål', value: 'Vi ringer snarest, f.eks. fredag.' });
    expect(out).toContain('Skrivetips');
    expect(out).toContain('aria-live="polite"');
    expect(out).toContain('«snarest»');
    expect(out).toContain('Skriv en dato eller et klokkeslett i stedet for «snarest».');
    expect(out).toContain('Skriv hele ordet: «for eksempel» i stedet for «f.eks.».');
    // Calm, not an error: no alert role, and the field is not marked invalid.
    expect(out).not.toContain('role="alert"');
    expect(attr(tag(out, 'textarea'), 'aria-invalid')).toBeUndefined();
  });

  it('writes the hints in nynorsk on a nynorsk page', () => {
    const out = field({ name: 'goal', label: 'Mål', value: 'Vi ringjer snarast.' }, 'nn');
    expect(out).toContain('Skriv ein dato eller eit klokkeslett i staden for «snarast».');
    expect(out).toContain('(valfritt)');
  });

  it('marks the bokmål hints on an English page as bokmål', () => {
    const out = field({ name: 'goal', label: 'Goal', value: 'Vi ringer snarest.' }, 'en');
    expect(out).toContain('Writing tips');
    expect(out).toContain('Vague time:');
    expect(out).toMatch(/lang="nb"[^>]*>Skriv en dato/);
  });

  it('lists five hints and counts the rest', () => {
    const value = 'f.eks. bl.a. pga. dvs. osv. ca. evt.';
    const out = field({ name: 'goal', label: 'Mål', value });
    expect(out.match(/<li\b/g)).toHaveLength(5);
    expect(out).toContain('Og 2 tips til lenger ut i teksten.');
  });

  it('says nothing about a clear text, and can leave hints out', () => {
    const clear = field({ name: 'goal', label: 'Mål', value: 'Kari ringer Ola mandag.' });
    expect(clear).not.toContain('Skrivetips');
    expect(clear).not.toContain('<li');
    const off = field({ name: 'goal', label: 'Mål', value: 'Ring snarest.', hints: false });
    expect(off).not.toContain('Skrivetips');
    expect(off).not.toContain('aria-live');
  });

  it('shows no draft notice on the server: drafts live in the browser', () => {
    const out = field({ name: 'goal', label: 'Mål', draftKey: 'log:1:goal' });
    expect(out).not.toContain('Vi har tatt vare på');
    expect(out).toContain('role="status"');
  });

  it('shows a conflict with both texts, the person’s own still in the field', () => {
    const out = field({ name: 'goal', label: 'Mål', value: 'Min tekst', conflict: 'Lagret tekst' });
    expect(out).toContain('Noen andre har lagret en endring i «Mål» mens du skrev');
    expect(out).toContain('Lagret tekst');
    expect(out).toContain('>Min tekst</textarea>');
  });
});

describe('ConflictNotice without JavaScript', () => {
  const props = { label: 'Mål', mine: 'Min\ntekst', theirs: '', onusemine: () => {} };

  it('shows both texts and explains how to carry on without the buttons', () => {
    const out = conflictNotice(props);
    expect(out).toContain('Din tekst');
    expect(out).toContain('Den lagrede teksten');
    expect(out).toContain('Min\ntekst');
    expect(out).toContain('(tomt)');
    expect(out).toContain('Teksten din står i feltet.');
    // The buttons change the field, so they only appear once JavaScript runs.
    expect(out).not.toContain('<button');
  });

  it('is a group named by its heading, at the level the page asks for', () => {
    const out = conflictNotice({ ...props, headingLevel: 2 }, 'nn');
    const group = tag(out, 'div');
    expect(attr(group, 'role')).toBe('group');
    const h2 = tag(out, 'h2');
    expect(attr(h2, 'id')).toBe(attr(group, 'aria-labelledby'));
    expect(out).toContain('Nokon andre har lagra ei endring i «Mål» medan du skreiv');
  });
});
