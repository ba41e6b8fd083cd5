/**
 * The demo persons, as plain data: the local OpenID provider imports this file to offer them on
 * its sign-in page, so it must import nothing (types only).
 *
 * National ids are synthetic (month + 80, Skatteetaten's Tenor convention) with both check digits
 * valid, computed once with makeSyntheticNationalId from @stafett/domain and pasted as literals;
 * test/demo-people.test.ts checks them. They are never real people's ids.
 */
/**
 * Not a municipality: the group of the platform operator (the vendor), who signs in on the same
 * local sign-in page. seedDemo makes these platform_operator rows, not persons.
 */
export const PLATFORM_OPERATOR_GROUP = 'plattform';

export interface DemoPerson {
  nationalId: string;
  name: string;
  /** The municipality's slug, or PLATFORM_OPERATOR_GROUP for the platform operator. */
  municipalitySlug: string;
  /** Who they are, in bokmål, e.g. "Enhetsleder, Nordberg skole". */
  description: string;
}

export const demoPeople: readonly DemoPerson[] = [
  // Oslo
  {
    nationalId: '12847510100', // 1975-04-12
    name: 'Kari Nordmann',
    municipalitySlug: 'oslo',
    description: 'BTI-koordinator (kommuneadministrator), Oslo kommune',
  },
  {
    nationalId: '03896813705', // 1968-09-03
    name: 'Per Hansen',
    municipalitySlug: 'oslo',
    description: 'Områdeleder, Nordre Aker',
  },
  {
    nationalId: '25817217497', // 1972-01-25
    name: 'Ingrid Berg',
    municipalitySlug: 'oslo',
    description: 'Enhetsleder, Nordberg skole',
  },
  {
    nationalId: '17868521112', // 1985-06-17
    name: 'Ola Johansen',
    municipalitySlug: 'oslo',
    description: 'Lærer, Nordberg skole – stafettholder og aktør',
  },
  {
    nationalId: '02918824920', // 1988-11-02
    name: 'Nina Lie',
    municipalitySlug: 'oslo',
    description: 'Helsesykepleier, Nordre Aker helsestasjon – stafettholder og aktør',
  },
  {
    nationalId: '08838028528', // 1980-03-08
    name: 'Jonas Bakke',
    municipalitySlug: 'oslo',
    description: 'Rådgiver, PPT Nordre Aker – aktør',
  },
  {
    nationalId: '21879032382', // 1990-07-21
    name: 'Hanne Strand',
    municipalitySlug: 'oslo',
    description: 'Pedagogisk leder, Korsvoll barnehage – stafettholder, aktør og superbruker',
  },
  {
    nationalId: '05927035970', // 1970-12-05
    name: 'Geir Dahl',
    municipalitySlug: 'oslo',
    description: 'Styrer (enhetsleder), Korsvoll barnehage',
  },
  {
    nationalId: '30858639642', // 1986-05-30
    name: 'Anne Solberg',
    municipalitySlug: 'oslo',
    description: 'Foresatt for Emma Solberg',
  },
  {
    nationalId: '09909147120', // 1991-10-09
    name: 'Marte Haugen',
    municipalitySlug: 'oslo',
    description: 'Foresatt for Ella Haugen',
  },
  {
    nationalId: '27837804421', // 1978-03-27
    name: 'Liv Moen',
    municipalitySlug: 'oslo',
    description: 'Foresatt for Sander Moen',
  },
  {
    nationalId: '14831058200', // 2010-03-14
    name: 'Sander Moen',
    municipalitySlug: 'oslo',
    description: 'Ungdom, født 14. mars 2010 – samtykker selv fra 16 år',
  },
  {
    nationalId: '14881893372', // 2018-08-14
    name: 'Emma Solberg',
    municipalitySlug: 'oslo',
    description: 'Barn, født 2018 – har ingen egen tilgang',
  },
  {
    nationalId: '11822150723', // 2021-02-11
    name: 'Ella Haugen',
    municipalitySlug: 'oslo',
    description: 'Barn, født 2021 – har ingen egen tilgang',
  },
  // Haugesund
  {
    nationalId: '04867311888', // 1973-06-04
    name: 'Lars Eide',
    municipalitySlug: 'haugesund',
    description: 'BTI-koordinator (kommuneadministrator), Haugesund kommune',
  },
  {
    nationalId: '19898315501', // 1983-09-19
    name: 'Silje Vik',
    municipalitySlug: 'haugesund',
    description: 'Enhetsleder, Skåredalen skole',
  },
  {
    nationalId: '30817919258', // 1979-01-30
    name: 'Tor Haugland',
    municipalitySlug: 'haugesund',
    description: 'Lærer, Skåredalen skole – stafettholder og aktør',
  },
  // The platform operator (the vendor): onboards municipalities, sees inside none of them.
  {
    nationalId: '16828241781', // 1982-02-16
    name: 'Vera Drift',
    municipalitySlug: PLATFORM_OPERATOR_GROUP,
    description: 'Plattformoperatør (leverandøren)',
  },
];
