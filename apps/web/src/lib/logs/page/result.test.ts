import { describe, expect, it } from 'vitest';
import {
  errorOf,
  formFieldId,
  issuesToErrors,
  resultFor,
  shownMessage,
  startValue,
  type LogFormResult,
} from './result';

const failed: LogFormResult = {
  form: 'addMeasure',
  target: 'a1',
  values: { text: 'Det jeg skrev' },
  errors: [{ field: 'text', message: 'Skriv tiltaket.' }],
};

describe('form results', () => {
  it('belong to one form and one thing', () => {
    expect(resultFor(failed, 'addMeasure', 'a1')).toBe(failed);
    expect(resultFor(failed, 'addMeasure', 'a2')).toBeUndefined();
    expect(resultFor(failed, 'evaluate', 'a1')).toBeUndefined();
    expect(resultFor(null, 'addMeasure', 'a1')).toBeUndefined();
  });

  it('keep what was typed after a failure, and the saved text after success', () => {
    expect(startValue(failed, 'text', 'saved')).toBe('Det jeg skrev');
    expect(startValue(failed, 'other', 'saved')).toBe('saved');
    expect(startValue({ ...failed, saved: true, values: {} }, 'text', 'saved')).toBe('saved');
    expect(startValue(undefined, 'text')).toBe('');
  });

  it('find field messages, and give each field a unique id', () => {
    expect(errorOf(failed, 'text')).toBe('Skriv tiltaket.');
    expect(errorOf(failed, 'step')).toBeUndefined();
    expect(formFieldId('changeMeasure', 'm1:end', 'reason')).toBe('changeMeasure-m1-end-reason');
    expect(formFieldId('addAttention', '', 'goal')).toBe('addAttention-new-goal');
  });

  it('show the API’s bokmål on bokmål pages only', () => {
    expect(shownMessage('nb', 'Skriv tiltaket.', 'Check this field.')).toBe('Skriv tiltaket.');
    expect(shownMessage('en', 'Skriv tiltaket.', 'Check this field.')).toBe('Check this field.');
  });

  it('turn zod issues into one message per field', () => {
    expect(
      issuesToErrors([
        { path: ['text'], message: 'A' },
        { path: ['text'], message: 'B' },
        { path: [], message: 'C' },
      ]),
    ).toEqual([
      { field: 'text', message: 'A' },
      { field: '', message: 'C' },
    ]);
  });
});
