import { error, fail } from '@sveltejs/kit';
import { LOGO_MAX_BYTES, LOGO_TOO_LARGE } from '@stafett/domain';
import { api, statusOf } from '$lib/api/client';
import { translate } from '$lib/i18n';
import {
  localizeErrors,
  pickColor,
  readProblem,
  type FieldErrors,
  type FieldText,
} from '$lib/components/settings/problem';
import type { Actions, PageServerLoad } from './$types';

/** The settings form as typed, sent back when the API refuses it. */
export interface SettingsValues {
  writtenStandard: string;
  consentAge: string;
  consentValidityMonths: string;
  practical: string;
  other: string;
  categories: string[];
  accentColor: string;
}

const FIELDS: Record<string, FieldText> = {
  writtenStandard: ['settings.writtenStandard', 'settings.writtenStandardHelp'],
  consentAge: ['settings.consentAge', 'settings.consentAgeHelp'],
  consentValidityMonths: ['settings.consentValidity', 'settings.consentValidityHelp'],
  evaluationPeriodDays: ['settings.evaluationLegend'],
  'evaluationPeriodDays.practical': [
    'settings.evaluationPractical',
    'settings.evaluationPracticalHelp',
  ],
  'evaluationPeriodDays.other': ['settings.evaluationOther', 'settings.evaluationOtherHelp'],
  accentColor: ['settings.accentColor', 'settings.accentColorHelp'],
};

const fieldText = (field: string): FieldText | undefined =>
  field.startsWith('attentionCategories')
    ? ['settings.categoriesLegend', 'settings.categoriesHelp']
    : FIELDS[field];

export const load: PageServerLoad = async (event) => {
  const response = await api(event).api.v1.municipality.settings.$get();
  const status = statusOf(response);
  if (status === 403) error(403, { message: 'Settings refused', code: 'forbidden' });
  if (!response.ok) error(502, { message: `Settings answered ${status}`, code: 'unexpected' });
  return { settings: await response.json() };
};

/** A whole number as typed; anything else goes to the API as null so it names the field. */
function whole(value: string): number {
  return /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
}

export const actions: Actions = {
  save: async (event) => {
    const form = await event.request.formData();
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const values: SettingsValues = {
      writtenStandard: text('writtenStandard') === 'nn' ? 'nn' : 'nb',
      consentAge: text('consentAge'),
      consentValidityMonths: text('consentValidityMonths'),
      practical: text('practical'),
      other: text('other'),
      // One field per category; an emptied field removes it.
      categories: form
        .getAll('category')
        .map((v) => String(v).trim())
        .filter(Boolean),
      accentColor: pickColor(form, 'accentColor'),
    };
    const response = await api(event).api.v1.municipality.settings.$put({
      json: {
        writtenStandard: values.writtenStandard as 'nb' | 'nn',
        consentAge: whole(values.consentAge),
        consentValidityMonths: whole(values.consentValidityMonths),
        attentionCategories: values.categories,
        evaluationPeriodDays: { practical: whole(values.practical), other: whole(values.other) },
        accentColor: values.accentColor,
        version: whole(text('version')),
      },
    });
    const status = statusOf(response);
    if (response.ok) return { form: 'settings' as const, saved: true };
    if (status === 409) return fail(409, { form: 'settings' as const, conflict: true, values });
    if (status === 403) error(403, { message: 'Settings refused', code: 'forbidden' });
    const problem = await readProblem(response as unknown as Response);
    const errors: FieldErrors = localizeErrors(event.locals.lang, problem.errors, fieldText);
    if (Object.keys(errors).length === 0) {
      errors.form = translate(event.locals.lang, 'form.failed');
    }
    return fail(422, { form: 'settings' as const, values, errors });
  },

  /** Reads the chosen file and sends its bytes to the API with the file's own type. */
  uploadLogo: async (event) => {
    const lang = event.locals.lang;
    const form = await event.request.formData();
    const file = form.get('logo');
    const refuse = (message: string) =>
      fail(422, { form: 'logo' as const, errors: { logo: message } as FieldErrors });
    if (!(file instanceof File) || file.size === 0) {
      return refuse(translate(lang, 'settings.logoMissing'));
    }
    if (file.size > LOGO_MAX_BYTES) {
      return refuse(
        lang === 'nb'
          ? LOGO_TOO_LARGE
          : `${translate(lang, 'settings.logoFile')}: ${translate(lang, 'settings.logoFileHelp')}`,
      );
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const response = await api(event).api.v1.municipality.logo.$put(undefined as never, {
      headers: { 'content-type': file.type || 'application/octet-stream' },
      init: { body: bytes },
    });
    const status = statusOf(response);
    if (response.ok) return { form: 'logo' as const, uploaded: true };
    if (status === 403) error(403, { message: 'Logo refused', code: 'forbidden' });
    const problem = await readProblem(response as unknown as Response);
    const message =
      Object.values(problem.errors)[0] ?? problem.detail ?? translate(lang, 'form.failed');
    return refuse(
      lang === 'nb'
        ? message
        : `${translate(lang, 'settings.logoFile')}: ${translate(lang, 'settings.logoFileHelp')}`,
    );
  },

  deleteLogo: async (event) => {
    const response = await api(event).api.v1.municipality.logo.$delete();
    if (statusOf(response) === 403) error(403, { message: 'Logo refused', code: 'forbidden' });
    if (!response.ok) {
      return fail(statusOf(response), {
        form: 'logo' as const,
        errors: { logo: translate(event.locals.lang, 'form.failed') } as FieldErrors,
      });
    }
    return { form: 'logo' as const, deleted: true };
  },
};
