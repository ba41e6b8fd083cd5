import { UNIT_TYPES, type EarlierLog, type UnitType } from '@stafett/domain';
import type { MessageKey } from '$lib/i18n';

/**
 * The "new log" form (L1–L2, L4) as plain data: what was typed, turned into the API's LogCreate,
 * and the API's field paths ("guardians.0.email") turned back into the form's inputs. Pure, so it
 * is tested without a browser or a server.
 */

/** The most guardians a log takes (the API's limit). */
export const MAX_GUARDIANS = 6;

export interface GuardianRow {
  name: string;
  nationalId: string;
  email: string;
  phone: string;
}

export interface CreateFormValues {
  unitId: string;
  child: { name: string; nationalId: string };
  guardians: GuardianRow[];
  level: string;
  consent: {
    consentedBy: string;
    byYouth: boolean;
    consentedOn: string;
    validUntil: string;
    services: UnitType[];
  };
  reopensLogId: string;
}

export const emptyGuardian = (): GuardianRow => ({
  name: '',
  nationalId: '',
  email: '',
  phone: '',
});

/** A fresh form: today's consent, valid for the municipality's period, one empty guardian row. */
export function initialValues(opts: {
  unitId: string;
  today: string;
  validUntil: string;
  services: UnitType[];
}): CreateFormValues {
  return {
    unitId: opts.unitId,
    child: { name: '', nationalId: '' },
    guardians: [emptyGuardian()],
    level: '',
    consent: {
      consentedBy: '',
      byYouth: false,
      consentedOn: opts.today,
      validUntil: opts.validUntil,
      services: [...opts.services],
    },
    reopensLogId: '',
  };
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

const isUnitType = (value: string): value is UnitType =>
  (UNIT_TYPES as readonly string[]).includes(value);

/**
 * What the form sent, as typed. Guardian rows are the fields `guardians.<n>.<field>`, in the order
 * of n; there is always at least one row to show.
 */
export function readCreateForm(form: FormData): CreateFormValues {
  const rows = new Set<number>();
  for (const key of form.keys()) {
    const match = /^guardians\.(\d+)\.(name|nationalId|email|phone)$/.exec(key);
    if (match) rows.add(Number(match[1]));
  }
  const guardians = [...rows]
    .sort((a, b) => a - b)
    .slice(0, MAX_GUARDIANS)
    .map((n) => ({
      name: text(form, `guardians.${n}.name`),
      nationalId: text(form, `guardians.${n}.nationalId`),
      email: text(form, `guardians.${n}.email`),
      phone: text(form, `guardians.${n}.phone`),
    }));
  return {
    unitId: text(form, 'unitId'),
    child: { name: text(form, 'child.name'), nationalId: text(form, 'child.nationalId') },
    guardians: guardians.length > 0 ? guardians : [emptyGuardian()],
    level: text(form, 'level'),
    consent: {
      consentedBy: text(form, 'consent.consentedBy'),
      byYouth: ['on', 'true'].includes(text(form, 'consent.byYouth')),
      consentedOn: text(form, 'consent.consentedOn'),
      validUntil: text(form, 'consent.validUntil'),
      services: form
        .getAll('consent.services')
        .filter((v): v is string => typeof v === 'string')
        .filter(isUnitType),
    },
    reopensLogId: text(form, 'reopensLogId'),
  };
}

/** One more empty guardian row (up to the limit). */
export function withGuardianAdded(values: CreateFormValues): CreateFormValues {
  if (values.guardians.length >= MAX_GUARDIANS) return values;
  return { ...values, guardians: [...values.guardians, emptyGuardian()] };
}

/** Without the row at `index`; the last row is emptied rather than removed. */
export function withGuardianRemoved(values: CreateFormValues, index: number): CreateFormValues {
  const guardians = values.guardians.filter((_, i) => i !== index);
  return { ...values, guardians: guardians.length > 0 ? guardians : [emptyGuardian()] };
}

/** A national id as people type it: "123456 78901" → "12345678901". */
export const compactId = (value: string) => value.replace(/[\s.-]/g, '');

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

const isBlank = (row: GuardianRow) =>
  [row.name, row.nationalId, row.email, row.phone].every((v) => v.trim() === '');

/** The body the API validates (LogCreate), and which form row each guardian came from. */
export interface CreateRequest {
  input: {
    unitId: string;
    child: { nationalId: string; name: string };
    guardians: { nationalId: string; name: string; email: string | null; phone: string | null }[];
    level: number | string;
    consent: {
      consentedBy: string;
      byYouth: boolean;
      consentedOn: string;
      validUntil: string;
      services: UnitType[];
    };
    reopensLogId?: string;
  };
  /** input.guardians[i] is the form's row guardianRows[i] (empty rows are left out). */
  guardianRows: number[];
}

/** The form's values as the API's LogCreate; the schema still decides what is valid. */
export function toLogCreate(values: CreateFormValues): CreateRequest {
  const guardianRows: number[] = [];
  const guardians: CreateRequest['input']['guardians'] = [];
  values.guardians.forEach((row, index) => {
    if (isBlank(row)) return;
    guardianRows.push(index);
    guardians.push({
      nationalId: compactId(row.nationalId),
      name: row.name.trim(),
      email: orNull(row.email),
      phone: orNull(row.phone),
    });
  });
  const level = /^[123]$/.test(values.level) ? Number(values.level) : values.level;
  return {
    input: {
      unitId: values.unitId,
      child: { nationalId: compactId(values.child.nationalId), name: values.child.name.trim() },
      guardians,
      level,
      consent: {
        consentedBy: values.consent.consentedBy.trim(),
        byYouth: values.consent.byYouth,
        consentedOn: values.consent.consentedOn,
        validUntil: values.consent.validUntil,
        services: values.consent.services,
      },
      ...(values.reopensLogId ? { reopensLogId: values.reopensLogId } : {}),
    },
    guardianRows,
  };
}

/** A field to correct: where it is in the form, and what to say. */
export interface FormError {
  /** The form's own field path ("guardians.2.email" is row 2 of the form); '' = the whole form. */
  field: string;
  /** The id of the input to focus from the error summary. */
  target: string;
  /** The API's message (bokmål), shown as it is on bokmål pages. */
  message: string;
  /** The same in the page's language, for nynorsk and English. */
  key: MessageKey;
}

const GUARDIAN_FIELDS = ['name', 'nationalId', 'email', 'phone'] as const;
type GuardianField = (typeof GUARDIAN_FIELDS)[number];

const FIELD_KEYS: Record<string, MessageKey> = {
  unitId: 'logsList.error.unitId',
  'child.name': 'logsList.error.childName',
  'child.nationalId': 'logsList.error.childNationalId',
  guardians: 'logsList.error.guardians',
  level: 'logsList.error.level',
  'consent.consentedBy': 'logsList.error.consentedBy',
  'consent.byYouth': 'logsList.error.byYouth',
  'consent.consentedOn': 'logsList.error.consentedOn',
  'consent.validUntil': 'logsList.error.validUntil',
  'consent.services': 'logsList.error.services',
  consentFile: 'logsList.error.consentFile',
  reopensLogId: 'logsList.error.reopensLogId',
};

const GUARDIAN_KEYS: Record<GuardianField, MessageKey> = {
  name: 'logsList.error.guardianName',
  nationalId: 'logsList.error.guardianNationalId',
  email: 'logsList.error.guardianEmail',
  phone: 'logsList.error.guardianPhone',
};

/** The id of the input for a form field path: "guardians.1.email" → "guardians-1-email". */
export function inputId(field: string): string {
  return field.replace(/[^A-Za-z0-9_-]/g, '-');
}

/**
 * An API field path as the form's field: guardian indexes go back to the form's rows, a path into
 * a group lands on the group, and the input to focus is named. Unknown paths belong to the form.
 */
export function formField(
  apiField: string,
  guardianRows: readonly number[],
): { field: string; target: string; key: MessageKey } {
  const path = apiField.replace(/^data\./, '');
  const parts = path.split('.');
  if (parts[0] === 'guardians' && parts.length >= 2 && /^\d+$/.test(parts[1] ?? '')) {
    const row = guardianRows[Number(parts[1])] ?? Number(parts[1]);
    const sub = (GUARDIAN_FIELDS as readonly string[]).includes(parts[2] ?? '')
      ? (parts[2] as GuardianField)
      : 'name';
    const field = `guardians.${row}.${sub}`;
    return { field, target: inputId(field), key: GUARDIAN_KEYS[sub] };
  }
  if (parts[0] === 'guardians') {
    return { field: 'guardians', target: 'guardians-0-name', key: FIELD_KEYS.guardians! };
  }
  if (parts[0] === 'level') return { field: 'level', target: 'level-1', key: FIELD_KEYS.level! };
  if (parts[0] === 'consent' && parts[1] === 'services') {
    return {
      field: 'consent.services',
      target: `consent-services-${UNIT_TYPES[0]}`,
      key: FIELD_KEYS['consent.services']!,
    };
  }
  const two = parts.slice(0, 2).join('.');
  if (two in FIELD_KEYS) return { field: two, target: inputId(two), key: FIELD_KEYS[two]! };
  if (parts[0] === 'child') {
    return { field: 'child.name', target: 'child-name', key: FIELD_KEYS['child.name']! };
  }
  if (parts[0] === 'consent') {
    return {
      field: 'consent.consentedBy',
      target: 'consent-consentedBy',
      key: FIELD_KEYS['consent.consentedBy']!,
    };
  }
  if (parts[0] && parts[0] in FIELD_KEYS) {
    return { field: parts[0], target: inputId(parts[0]), key: FIELD_KEYS[parts[0]]! };
  }
  return { field: '', target: '', key: 'logsList.error.generic' };
}

/** The fields in the order they appear on the form, for the error summary. */
const ORDER = [
  'unitId',
  'child.name',
  'child.nationalId',
  'reopensLogId',
  'guardians',
  'guardians.',
  'level',
  'consent.consentedBy',
  'consent.byYouth',
  'consent.consentedOn',
  'consent.validUntil',
  'consent.services',
  'consentFile',
];

function rank(field: string): number {
  if (field === '') return -1;
  const exact = ORDER.indexOf(field);
  if (exact >= 0) return exact * 1000;
  const match = /^guardians\.(\d+)\.(\w+)$/.exec(field);
  if (match) {
    const base = ORDER.indexOf('guardians.') * 1000;
    return base + Number(match[1]) * 10 + GUARDIAN_FIELDS.indexOf(match[2] as GuardianField);
  }
  return ORDER.length * 1000;
}

/** The API's (or the schema's) field errors as the form's, one per field, in the form's order. */
export function formErrors(
  errors: readonly { field: string; message: string }[],
  guardianRows: readonly number[],
): FormError[] {
  const out = new Map<string, FormError>();
  for (const e of errors) {
    const { field, target, key } = formField(e.field, guardianRows);
    if (!out.has(field)) out.set(field, { field, target, message: e.message, key });
  }
  return [...out.values()].sort((a, b) => rank(a.field) - rank(b.field));
}

/** Zod issues as `{ field, message }`, the shape of the API's problem details. */
export function issuesAsErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): { field: string; message: string }[] {
  return issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
}

/** What every action of the form answers: the form as typed, and what to show with it. */
export interface CreateFormState {
  values: CreateFormValues;
  errors: FormError[];
  /** The child already has an active log (409). */
  conflict?: boolean;
  /** A file was chosen but is not sent back: the person must choose it again. */
  fileLost?: boolean;
  /** The answer of "Sjekk om barnet har hatt stafettlogg før", for this national id (L4). */
  earlier?: { nationalId: string; items: EarlierLog[] } | null;
  /** The input to move focus to after the page changed (a guardian row added or removed). */
  focus?: string;
}
