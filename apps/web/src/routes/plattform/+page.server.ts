import { fail, redirect } from '@sveltejs/kit';
import type { Onboarding } from '@stafett/domain';
import { api, statusOf } from '$lib/api/client';
import { translate } from '$lib/i18n';
import {
  localizeErrors,
  pickColor,
  readProblem,
  type FieldText,
} from '$lib/components/settings/problem';
import type { Actions, PageServerLoad } from './$types';

/** The operator's HttpOnly session cookie, set by the API; the web app only checks it is there. */
const OPERATOR_COOKIE = 'stafett_operator_session';

export type PlatformNotice = 'noAccess' | 'failed' | 'cancelled' | 'loggedOut' | null;

function noticeFrom(params: URLSearchParams): PlatformNotice {
  const feil = params.get('feil');
  if (feil === 'ingen-tilgang') return 'noAccess';
  if (feil === 'avbrutt') return 'cancelled';
  if (feil) return 'failed';
  if (params.has('utlogget')) return 'loggedOut';
  return null;
}

/** The fields of the onboarding form, as typed (kept when the API refuses them). */
export interface OnboardValues {
  slug: string;
  name: string;
  writtenStandard: string;
  accentColor: string;
  adminNationalId: string;
  adminName: string;
  adminEmail: string;
  adminPhone: string;
}

const FIELDS: Record<string, FieldText> = {
  slug: ['platform.slug', 'platform.slugHelp'],
  name: ['platform.name', 'platform.nameHelp'],
  writtenStandard: ['platform.writtenStandard'],
  accentColor: ['platform.accentColor', 'platform.accentColorHelp'],
  'admin.nationalId': ['platform.adminNationalId', 'platform.adminNationalIdHelp'],
  'admin.name': ['platform.adminName'],
  'admin.email': ['platform.adminEmail'],
  'admin.phone': ['platform.adminPhone'],
};

/** The operator's page: sign-in, or the municipality directory and the onboarding form. */
export const load: PageServerLoad = async (event) => {
  const notice = noticeFrom(event.url.searchParams);
  if (!event.cookies.get(OPERATOR_COOKIE)) return { operator: null, municipalities: [], notice };

  const client = api(event);
  const meResponse = await client.api.v1.operator.me.$get();
  if (statusOf(meResponse) === 401) return { operator: null, municipalities: [], notice };
  if (!meResponse.ok) {
    return { operator: null, municipalities: [], notice: 'failed' as const };
  }
  const { operator } = await meResponse.json();

  const listResponse = await client.api.v1.operator.municipalities.$get();
  const municipalities = listResponse.ok ? (await listResponse.json()).items : [];
  return { operator, municipalities, notice };
};

export const actions: Actions = {
  onboard: async (event) => {
    const form = await event.request.formData();
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const values: OnboardValues = {
      slug: text('slug'),
      name: text('name'),
      writtenStandard: text('writtenStandard') === 'nn' ? 'nn' : 'nb',
      accentColor: pickColor(form, 'accentColor'),
      adminNationalId: text('adminNationalId').replace(/\s/g, ''),
      adminName: text('adminName'),
      adminEmail: text('adminEmail'),
      adminPhone: text('adminPhone'),
    };
    const body: Onboarding = {
      slug: values.slug,
      name: values.name,
      writtenStandard: values.writtenStandard as 'nb' | 'nn',
      accentColor: values.accentColor,
      admin: {
        nationalId: values.adminNationalId,
        name: values.adminName,
        email: values.adminEmail || null,
        phone: values.adminPhone || null,
      },
    };

    const response = await api(event).api.v1.operator.municipalities.$post({ json: body });
    const status = statusOf(response);
    if (status === 401) redirect(303, '/plattform');
    if (response.ok) {
      const created = await response.json();
      return {
        created: { slug: created.slug, name: created.name, adminName: values.adminName },
      };
    }
    const problem = await readProblem(response as unknown as Response);
    const errors = localizeErrors(event.locals.lang, problem.errors, (field) => FIELDS[field]);
    return fail(status === 422 || status === 400 ? 422 : status, {
      values,
      errors,
      // A refusal without field errors (e.g. the directory is not reachable) gets one line.
      message:
        Object.keys(errors).length > 0
          ? ''
          : event.locals.lang === 'nb' && problem.detail
            ? problem.detail
            : translate(event.locals.lang, 'form.failed'),
    });
  },

  /** The API ends the operator's session; ID-porten ends its own and returns to /plattform. */
  logout: async (event) => {
    let target = '/plattform?utlogget=1';
    try {
      const response = await api(event).api.v1.operator.auth.logout.$post();
      if (response.ok) {
        const { endSessionUrl } = await response.json();
        if (endSessionUrl) target = endSessionUrl;
      }
    } catch {
      // The API could not be reached: forget the cookie here at least.
    }
    event.cookies.delete(OPERATOR_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: event.url.protocol === 'https:',
    });
    redirect(303, target);
  },
};
