import { logCreateSchema, makeSyntheticNationalId } from '@stafett/domain';
import { describe, expect, it } from 'vitest';
import {
  formErrors,
  formField,
  initialValues,
  inputId,
  readCreateForm,
  toLogCreate,
  withGuardianAdded,
  withGuardianRemoved,
} from './create-form';

const unitId = '0b8f0a3e-7d2c-4f57-9a53-2b1f3c4d5e6f';
const childId = makeSyntheticNationalId('2017-05-04', 123);
const guardianId = makeSyntheticNationalId('1984-02-10', 456);

function formData(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  return form;
}

const filled: [string, string][] = [
  ['unitId', unitId],
  ['child.name', '  Sofie Lund '],
  ['child.nationalId', `${childId.slice(0, 6)} ${childId.slice(6)}`],
  ['guardians.0.name', ''],
  ['guardians.0.nationalId', ''],
  ['guardians.0.email', ''],
  ['guardians.0.phone', ''],
  ['guardians.1.name', 'Kjersti Lund'],
  ['guardians.1.nationalId', guardianId],
  ['guardians.1.email', 'kjersti@example.no'],
  ['guardians.1.phone', ''],
  ['level', '2'],
  ['consent.consentedBy', 'Kjersti Lund'],
  ['consent.byYouth', 'on'],
  ['consent.consentedOn', '2026-12-01'],
  ['consent.validUntil', '2027-12-01'],
  ['consent.services', 'school'],
  ['consent.services', 'ppt'],
  ['consent.services', 'not-a-type'],
  ['reopensLogId', ''],
];

describe('readCreateForm and toLogCreate', () => {
  it('reads what was typed and turns it into a valid LogCreate', () => {
    const values = readCreateForm(formData(filled));
    expect(values.guardians).toHaveLength(2);
    expect(values.consent.services).toEqual(['school', 'ppt']);
    expect(values.consent.byYouth).toBe(true);

    const { input, guardianRows } = toLogCreate(values);
    // The empty first row is left out; the guardian sent is the form's row 1.
    expect(guardianRows).toEqual([1]);
    expect(input).toEqual({
      unitId,
      child: { nationalId: childId, name: 'Sofie Lund' },
      guardians: [
        { nationalId: guardianId, name: 'Kjersti Lund', email: 'kjersti@example.no', phone: null },
      ],
      level: 2,
      consent: {
        consentedBy: 'Kjersti Lund',
        byYouth: true,
        consentedOn: '2026-12-01',
        validUntil: '2027-12-01',
        services: ['school', 'ppt'],
      },
    });
    expect(logCreateSchema.safeParse(input).success).toBe(true);
  });

  it('keeps a chosen earlier log to reopen, and an unknown level for the schema to refuse', () => {
    const earlierId = '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f';
    const values = readCreateForm(
      formData([
        ...filled.filter(([k]) => k !== 'reopensLogId' && k !== 'level'),
        ['reopensLogId', earlierId],
        ['level', '7'],
      ]),
    );
    const { input } = toLogCreate(values);
    expect(input.reopensLogId).toBe(earlierId);
    expect(input.level).toBe('7');
    expect(logCreateSchema.safeParse(input).success).toBe(false);
  });

  it('always has a guardian row to show', () => {
    expect(readCreateForm(formData([['child.name', 'A']])).guardians).toHaveLength(1);
  });
});

describe('guardian rows', () => {
  const start = initialValues({
    unitId,
    today: '2026-12-01',
    validUntil: '2027-12-01',
    services: ['school'],
  });

  it('adds rows up to six', () => {
    let values = start;
    for (let i = 0; i < 10; i++) values = withGuardianAdded(values);
    expect(values.guardians).toHaveLength(6);
  });

  it('removes a row, and empties the last one instead of removing it', () => {
    const two = withGuardianAdded({
      ...start,
      guardians: [{ name: 'A', nationalId: '', email: '', phone: '' }],
    });
    expect(withGuardianRemoved(two, 0).guardians).toEqual([
      { name: '', nationalId: '', email: '', phone: '' },
    ]);
    expect(withGuardianRemoved(withGuardianRemoved(two, 0), 0).guardians).toHaveLength(1);
  });
});

describe('API field paths → the form', () => {
  it('maps each path to its input', () => {
    expect(inputId('child.nationalId')).toBe('child-nationalId');
    expect(formField('child.nationalId', [])).toMatchObject({
      field: 'child.nationalId',
      target: 'child-nationalId',
    });
    expect(formField('consent.validUntil', []).target).toBe('consent-validUntil');
    expect(formField('consent.services', []).target).toBe('consent-services-kindergarten');
    expect(formField('consent.services.1', []).field).toBe('consent.services');
    expect(formField('level', []).target).toBe('level-1');
    expect(formField('consentFile', []).target).toBe('consentFile');
    expect(formField('unitId', []).target).toBe('unitId');
    expect(formField('guardians', [])).toMatchObject({
      field: 'guardians',
      target: 'guardians-0-name',
      key: 'logsList.error.guardians',
    });
  });

  it("puts a guardian's error on the form row it came from", () => {
    // guardians[0] of the request was the form's row 2 (rows 0 and 1 were left empty).
    expect(formField('guardians.0.email', [2])).toMatchObject({
      field: 'guardians.2.email',
      target: 'guardians-2-email',
      key: 'logsList.error.guardianEmail',
    });
    expect(formField('guardians.0', [2]).target).toBe('guardians-2-name');
  });

  it('leaves unknown paths to the whole form', () => {
    expect(formField('data', [])).toEqual({ field: '', target: '', key: 'logsList.error.generic' });
    expect(formField('(body)', []).field).toBe('');
  });

  it('keeps one error per field, in the order of the form', () => {
    const errors = formErrors(
      [
        { field: 'consentFile', message: 'Filen er tom.' },
        { field: 'guardians.0.email', message: 'Ugyldig e-post.' },
        { field: 'child.name', message: 'Skriv hele navnet.' },
        { field: 'child.name', message: 'Høyst 200 tegn.' },
        { field: 'consent.services', message: 'Velg minst én.' },
        { field: 'level', message: 'Velg nivå.' },
      ],
      [1],
    );
    expect(errors.map((e) => e.field)).toEqual([
      'child.name',
      'guardians.1.email',
      'level',
      'consent.services',
      'consentFile',
    ]);
    expect(errors[0]?.message).toBe('Skriv hele navnet.');
  });
});
