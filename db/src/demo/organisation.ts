import type { MunicipalitySettings, UnitType, WrittenStandard } from '../schema';

/** One demo municipality; persons are referred to by their name in demoPeople. */
export interface DemoMunicipality {
  slug: string;
  name: string;
  writtenStandard: WrittenStandard;
  accentColor: string;
  settings: MunicipalitySettings;
  districts: {
    name: string;
    units: { name: string; type: UnitType; childrenServed: number }[];
  }[];
  admins: string[];
  districtLeaders: { district: string; person: string }[];
  staff: {
    unit: string;
    person: string;
    canHold?: boolean;
    canAct?: boolean;
    isSuperUser?: boolean;
    isUnitLeader?: boolean;
    /** Job title, e.g. "Lærer". */
    title: string;
    external?: boolean;
  }[];
  guardianships: { guardian: string; child: string }[];
  /** Young children get no e-mail address or phone number of their own. */
  withoutContact: string[];
}

const ATTENTION_CATEGORIES = [
  'Språk og kommunikasjon',
  'Motorikk',
  'Oppmerksomhet og konsentrasjon',
  'Atferd',
  'Sosial kompetanse',
  'Psykisk helse',
  'Skolefravær',
  'Psykososialt skolemiljø (opplæringsloven)',
  'Familie og hjem',
];

const oslo: DemoMunicipality = {
  slug: 'oslo',
  name: 'Oslo kommune',
  writtenStandard: 'nb',
  accentColor: '#1f42aa',
  settings: {
    consentAge: 16,
    consentValidityMonths: 12,
    attentionCategories: ATTENTION_CATEGORIES,
    evaluationPeriodDays: { practical: 21, other: 42 },
  },
  districts: [
    {
      name: 'Nordre Aker',
      units: [
        { name: 'Nordberg skole', type: 'school', childrenServed: 420 },
        { name: 'Kjelsås skole', type: 'school', childrenServed: 560 },
        { name: 'Korsvoll barnehage', type: 'kindergarten', childrenServed: 84 },
        { name: 'Tåsen barnehage', type: 'kindergarten', childrenServed: 96 },
        { name: 'Nordre Aker helsestasjon', type: 'health_station', childrenServed: 3400 },
        {
          name: 'Skolehelsetjenesten Nordre Aker',
          type: 'school_health_service',
          childrenServed: 6900,
        },
        { name: 'PPT Nordre Aker', type: 'ppt', childrenServed: 610 },
        { name: 'Barneverntjenesten Nordre Aker', type: 'child_welfare', childrenServed: 340 },
        { name: 'BUP Nordre Aker', type: 'specialist_health', childrenServed: 260 },
        { name: 'NAV Nordre Aker', type: 'nav', childrenServed: 150 },
        { name: 'Familiesenteret Nordre Aker', type: 'family_centre', childrenServed: 220 },
        { name: 'Utekontakten Nordre Aker', type: 'other', childrenServed: 90 },
      ],
    },
    {
      name: 'Grünerløkka',
      units: [
        { name: 'Lakkegata skole', type: 'school', childrenServed: 390 },
        { name: 'Birkelunden barnehage', type: 'kindergarten', childrenServed: 72 },
        { name: 'Grünerløkka helsestasjon', type: 'health_station', childrenServed: 2900 },
        {
          name: 'Skolehelsetjenesten Grünerløkka',
          type: 'school_health_service',
          childrenServed: 4100,
        },
        { name: 'PPT Grünerløkka', type: 'ppt', childrenServed: 480 },
        { name: 'Barneverntjenesten Grünerløkka', type: 'child_welfare', childrenServed: 410 },
        { name: 'NAV Grünerløkka', type: 'nav', childrenServed: 180 },
        { name: 'Familiesenteret Grünerløkka', type: 'family_centre', childrenServed: 200 },
      ],
    },
  ],
  admins: ['Kari Nordmann'],
  districtLeaders: [{ district: 'Nordre Aker', person: 'Per Hansen' }],
  staff: [
    { unit: 'Nordberg skole', person: 'Ingrid Berg', isUnitLeader: true, title: 'Rektor' },
    { unit: 'Nordberg skole', person: 'Ola Johansen', canHold: true, canAct: true, title: 'Lærer' },
    {
      unit: 'Nordre Aker helsestasjon',
      person: 'Nina Lie',
      canHold: true,
      canAct: true,
      title: 'Helsesykepleier',
    },
    { unit: 'PPT Nordre Aker', person: 'Jonas Bakke', canAct: true, title: 'Rådgiver' },
    {
      unit: 'Korsvoll barnehage',
      person: 'Hanne Strand',
      canHold: true,
      canAct: true,
      isSuperUser: true,
      title: 'Pedagogisk leder',
    },
    { unit: 'Korsvoll barnehage', person: 'Geir Dahl', isUnitLeader: true, title: 'Styrer' },
  ],
  guardianships: [
    { guardian: 'Anne Solberg', child: 'Emma Solberg' },
    { guardian: 'Marte Haugen', child: 'Ella Haugen' },
    { guardian: 'Liv Moen', child: 'Sander Moen' },
  ],
  withoutContact: ['Emma Solberg', 'Ella Haugen'],
};

// Haugesund's written standard is formally neutral, and the municipality writes bokmål.
const haugesund: DemoMunicipality = {
  slug: 'haugesund',
  name: 'Haugesund kommune',
  writtenStandard: 'nb',
  accentColor: '#0b5e6f',
  settings: {
    consentAge: 16,
    consentValidityMonths: 12,
    attentionCategories: ATTENTION_CATEGORIES,
    evaluationPeriodDays: { practical: 14, other: 42 },
  },
  districts: [
    {
      name: 'Haugesund øst',
      units: [
        { name: 'Skåredalen skole', type: 'school', childrenServed: 480 },
        { name: 'Skåredalen barnehage', type: 'kindergarten', childrenServed: 90 },
      ],
    },
    {
      name: 'Haugesund sentrum',
      units: [
        { name: 'Haugesund helsestasjon', type: 'health_station', childrenServed: 2100 },
        {
          name: 'Skolehelsetjenesten Haugesund',
          type: 'school_health_service',
          childrenServed: 4300,
        },
        { name: 'PPT Haugesund', type: 'ppt', childrenServed: 520 },
        { name: 'Barneverntjenesten Haugesund', type: 'child_welfare', childrenServed: 380 },
        { name: 'BUP Haugesund', type: 'specialist_health', childrenServed: 300 },
        { name: 'NAV Haugesund', type: 'nav', childrenServed: 200 },
        { name: 'Familiens hus Haugesund', type: 'family_centre', childrenServed: 260 },
        { name: 'Ungdomskontakten Haugesund', type: 'other', childrenServed: 110 },
      ],
    },
  ],
  admins: ['Lars Eide'],
  districtLeaders: [],
  staff: [
    { unit: 'Skåredalen skole', person: 'Silje Vik', isUnitLeader: true, title: 'Rektor' },
    {
      unit: 'Skåredalen skole',
      person: 'Tor Haugland',
      canHold: true,
      canAct: true,
      title: 'Lærer',
    },
  ],
  guardianships: [],
  withoutContact: [],
};

export const demoMunicipalities: readonly DemoMunicipality[] = [oslo, haugesund];
