import { describe, expect, it } from 'vitest';
import { filterProblems, filterSearch, filtersFor, readFilters } from './query';

describe('the filters in the address', () => {
  it('reads the four known filters, trimmed, and leaves out empty ones and strangers', () => {
    const url = new URL(
      'http://x/oslo/statistikk?from=2026-01&to=+2026-03+&unitType=&category=Spr%C3%A5k&other=1',
    );
    expect(readFilters(url, 'municipality')).toEqual({
      from: '2026-01',
      to: '2026-03',
      category: 'Språk',
    });
  });

  it('has no unit type on one unit’s page', () => {
    const url = new URL('http://x/?unitType=school&from=2026-01');
    expect(readFilters(url, 'unit')).toEqual({ from: '2026-01' });
    expect(filtersFor({ unitType: 'school', category: 'Språk' }, 'unit')).toEqual({
      category: 'Språk',
    });
    expect(filtersFor({ unitType: 'school' }, 'district')).toEqual({ unitType: 'school' });
  });

  it('writes them back for links, extra parameters first', () => {
    expect(filterSearch({})).toBe('');
    expect(filterSearch({ from: '2026-01', category: 'Språk og tale' }, { tabell: 'rows' })).toBe(
      '?tabell=rows&from=2026-01&category=Spr%C3%A5k+og+tale',
    );
  });
});

describe('the API’s problems with the filters', () => {
  it('puts each beside its field, in the page’s own words when the message is known', () => {
    const problems = filterProblems({
      status: 422,
      detail: 'Ugyldig',
      errors: [
        { field: 'from', message: 'Skriv måneden som ÅÅÅÅ-MM, for eksempel 2026-01.' },
        { field: 'from', message: 'Fra-måneden må komme før til-måneden.' },
        { field: 'to', message: 'Perioden kan ikke slutte etter denne måneden.' },
      ],
    });
    expect(problems).toEqual([
      {
        field: 'from',
        key: 'stats.filter.error.month',
        message: 'Skriv måneden som ÅÅÅÅ-MM, for eksempel 2026-01.',
      },
      {
        field: 'to',
        key: 'stats.filter.error.future',
        message: 'Perioden kan ikke slutte etter denne måneden.',
      },
    ]);
  });

  it('keeps the API’s words when they are new, and the number in the period limit', () => {
    expect(filterProblems({ errors: [{ field: 'category', message: 'Noe helt nytt.' }] })).toEqual([
      { field: 'category', key: null, message: 'Noe helt nytt.' },
    ]);
    const unknown = 'Kategorien «Lesing» finnes ikke. Velg en av kommunens kategorier.';
    expect(filterProblems({ errors: [{ field: 'category', message: unknown }] })).toEqual([
      {
        field: 'category',
        key: 'stats.filter.error.unknownCategory',
        params: { category: 'Lesing' },
        message: unknown,
      },
    ]);
    expect(
      filterProblems({
        errors: [{ field: 'from', message: 'Velg en periode på høyst 60 måneder.' }],
      })[0],
    ).toMatchObject({ key: 'stats.filter.error.tooLong', params: { max: 60 } });
  });

  it('makes a problem about the whole form of one without fields, or of no body at all', () => {
    expect(filterProblems({ detail: 'Ukjent parameter.' })).toEqual([
      { field: '', key: null, message: 'Ukjent parameter.' },
    ]);
    expect(filterProblems(null)).toEqual([
      { field: '', key: 'stats.filter.error.generic', message: '' },
    ]);
  });
});
