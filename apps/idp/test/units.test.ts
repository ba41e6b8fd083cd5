import { describe, expect, it } from 'vitest';
import { acrFor, acrSatisfied } from '../src/assurance';
import { escapeHtml } from '../src/html';
import { parseNationalIdInput } from '../src/national-id';
import { groupByMunicipality, municipalityLabel } from '../src/people';

describe('levels of assurance', () => {
  it.each([
    ['', 'idporten-loa-substantial'],
    ['idporten-loa-substantial', 'idporten-loa-substantial'],
    ['idporten-loa-high', 'idporten-loa-high'],
    ['idporten-loa-high idporten-loa-substantial', 'idporten-loa-substantial'],
    ['something-else', 'idporten-loa-substantial'],
  ])('acr_values "%s" gives %s', (requested, expected) => {
    expect(acrFor(requested)).toBe(expected);
  });

  it('a substantial session does not satisfy a request for high', () => {
    expect(acrSatisfied('idporten-loa-substantial', 'idporten-loa-high')).toBe(false);
    expect(acrSatisfied('idporten-loa-high', 'idporten-loa-high')).toBe(true);
    expect(acrSatisfied('idporten-loa-high', 'idporten-loa-substantial')).toBe(true);
    expect(acrSatisfied(undefined, '')).toBe(true);
  });
});

describe('national id input', () => {
  it('accepts 11 digits, ignoring spaces', () => {
    expect(parseNationalIdInput('01017012345')).toEqual({ ok: true, nationalId: '01017012345' });
    expect(parseNationalIdInput(' 010170 12345')).toEqual({ ok: true, nationalId: '01017012345' });
  });
  it.each(['', '0101701234', '010170123456', '0101701234a', '٠١٠١٧٠١٢٣٤٥'])(
    'refuses "%s"',
    (raw) => {
      expect(parseNationalIdInput(raw).ok).toBe(false);
    },
  );
});

describe('page helpers', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
  it('groups persons by municipality in first-seen order', () => {
    const p = (name: string, municipalitySlug: string) => ({
      name,
      municipalitySlug,
      nationalId: '0',
      description: '',
    });
    const groups = groupByMunicipality([p('A', 'oslo'), p('B', 'bergen'), p('C', 'oslo')]);
    expect(groups.map((g) => [g.slug, g.people.map((x) => x.name)])).toEqual([
      ['oslo', ['A', 'C']],
      ['bergen', ['B']],
    ]);
    expect(municipalityLabel('nordre-follo')).toBe('Nordre Follo');
  });
});
