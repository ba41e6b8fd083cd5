import { describe, expect, it } from 'vitest';
import { fieldId, localizeErrors, pickColor, readProblem } from './problem';

const problem = (body: unknown, status = 422) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

describe('API problems on forms', () => {
  it('reads field errors, the first message per field', async () => {
    const answer = await readProblem(
      problem({
        detail: 'Noe må rettes',
        errors: [
          { field: 'slug', message: 'Første' },
          { field: 'slug', message: 'Andre' },
          { field: 'admin.nationalId', message: 'Ugyldig' },
          { nonsense: true },
        ],
      }),
    );
    expect(answer).toEqual({
      status: 422,
      detail: 'Noe må rettes',
      errors: { slug: 'Første', 'admin.nationalId': 'Ugyldig' },
    });
  });

  it('copes with an answer that is not JSON', async () => {
    const answer = await readProblem(new Response('oops', { status: 502 }));
    expect(answer).toEqual({ status: 502, detail: '', errors: {} });
  });

  it('keeps bokmål messages and names the field in nynorsk and English', () => {
    const errors = { slug: 'Kommunenavnet i adressen kan bare ha små bokstaver.', other: 'x' };
    const text = (field: string) =>
      field === 'slug' ? (['platform.slug', 'platform.slugHelp'] as const) : undefined;
    expect(localizeErrors('nb', errors, text)).toBe(errors);
    expect(localizeErrors('en', errors, text)).toEqual({
      slug: 'Address: Lowercase letters, digits and hyphens, for example “nordre-land”.',
      other: 'Check this field.',
    });
  });

  it('turns field paths into element ids', () => {
    expect(fieldId('admin.nationalId')).toBe('admin-nationalId');
  });

  it('takes the typed colour, or the picked one when only the picker changed', () => {
    const form = (text: string, picker: string) => {
      const f = new FormData();
      f.set('accentColor', text);
      f.set('accentColorPicker', picker);
      f.set('accentColorInitial', '#1f42aa');
      return f;
    };
    expect(pickColor(form('#123456', '#1f42aa'), 'accentColor')).toBe('#123456');
    expect(pickColor(form('#1f42aa', '#654321'), 'accentColor')).toBe('#654321');
    expect(pickColor(form('#1F42AA', '#1f42aa'), 'accentColor')).toBe('#1F42AA');
  });
});
