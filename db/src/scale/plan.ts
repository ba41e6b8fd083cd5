import { createHash } from 'node:crypto';
import { DEFAULT_ATTENTION_CATEGORIES } from '@stafett/domain';
import type { MunicipalitySettings, UnitType, WrittenStandard } from '../schema';

/**
 * What `npm run seed:scale` makes (issue 5): an Oslo-sized municipality and 20 small ones, every
 * count multiplied by `factor`. The shapes (shares, rates, windows) are the same for all; only
 * the sizes differ. Pure data and arithmetic: the SQL in the other files does the rest.
 */

export interface ScaleOptions {
  /** Any integer; the same seed and today give the same rows, ids included. Default 1. */
  seed?: number;
  /** 'YYYY-MM-DD' that every date counts from (Norwegian time). Default: today in Norway. */
  today?: string;
  /** Multiplies every count (0.003 for tests, 1 for the benchmark). Default 1. */
  factor?: number;
  /** Only these slugs (e.g. ['storby']); default all of SCALE_SLUGS. */
  only?: readonly string[];
  /** Progress lines; default silent. */
  log?: (line: string) => void;
}

export interface MunicipalityPlan {
  slug: string;
  name: string;
  writtenStandard: WrittenStandard;
  accentColor: string;
  settings: MunicipalitySettings;
  districts: number;
  units: number;
  staff: number;
  logs: number;
  /** Sum of children_served over the units (the coverage figures' denominator). */
  childrenServed: number;
  /** Deleted logs, kept as anonymous traces (L6). */
  deletedLogs: number;
  attentions: number;
  brightSpots: number;
  /** The unit types, in order; index = unit number. */
  unitTypes: UnitType[];
}

/** Shares and rates every municipality shares (DOMAIN.md L, C, X, S). */
export const SHAPE = {
  /**
   * Share of first logs still active; reopened logs are younger and more often active, so all
   * in all about 48 % are (storby: about 12 000 of 25 000).
   */
  activeShare: 0.47,
  /** Share of logs that reopen an earlier, passive log of the same child (L4). */
  followUpShare: 0.05,
  /** Deleted logs (traces) per log. */
  deletedPerLog: 0.04,
  attentionsPerLog: 3,
  brightSpotsPerLog: 40,
  /** Active logs with no activity for more than 60 days (S3). */
  dormantShare: 0.08,
  /** Active logs whose consent ran out without renewal (S3). */
  consentExpiredShare: 0.05,
  /** Active logs whose consent the family gave only until shortly (S3, "expiring"). */
  consentShortShare: 0.01,
  /** Logs with an accepted transfer, one declined, one cancelled; active logs with a pending one. */
  acceptedTransferShare: 0.12,
  declinedTransferShare: 0.02,
  cancelledTransferShare: 0.005,
  pendingTransferShare: 0.01,
  /** Passive logs whose closing archive PDF was never filed; active logs missing a yearly one. */
  closingNotFiledShare: 0.02,
  yearlyNotFiledShare: 0.08,
} as const;

/** Oslo-sized: about 15 districts, 700 units, 5 000 staff, 25 000 logs at factor 1. */
const STORBY = {
  districts: 15,
  units: 700,
  staff: 5000,
  logs: 25000,
  childrenServed: 120000,
};

/** storby's unit mix at factor 1 (sums to 700): mostly kindergartens and schools. */
const UNIT_MIX: Record<UnitType, number> = {
  kindergarten: 365,
  school: 180,
  health_station: 30,
  school_health_service: 45,
  ppt: 15,
  child_welfare: 15,
  specialist_health: 8,
  nav: 15,
  family_centre: 15,
  other: 12,
};

/** Every municipality, however small, has these (a health station, a school, PPT, child welfare). */
const CORE_TYPES: UnitType[] = ['kindergarten', 'school', 'health_station', 'ppt', 'child_welfare'];

export const STORBY_SLUG = 'storby';
export const SMALL_NAMES = [
  'Aurvik',
  'Bergnes',
  'Dalsvik',
  'Elvnes',
  'Fossdal',
  'Granvik',
  'Hestnes',
  'Isdal',
  'Juvik',
  'Kleivdal',
  'Lauvnes',
  'Myrvik',
  'Nordfjell',
  'Ospdal',
  'Rypnes',
  'Selvik',
  'Tindal',
  'Ulvdal',
  'Vikdal',
  'Åsvik',
] as const;
export const SMALL_SLUGS = SMALL_NAMES.map((_, i) => `liten-${String(i + 1).padStart(2, '0')}`);
/** Every slug seed:scale makes, and the only ones it ever deletes. */
export const SCALE_SLUGS: readonly string[] = [STORBY_SLUG, ...SMALL_SLUGS];

const ACCENTS = ['#1f42aa', '#0b6e4f', '#7a2e8e', '#a3361b', '#005b7f', '#5a4a00'];

/** A number in [0, 1) from the seed and a label, for the few choices made here in TypeScript. */
function unit01(seed: number, label: string): number {
  const hex = createHash('md5').update(`${seed}:${label}`).digest('hex').slice(0, 8);
  return Number.parseInt(hex, 16) / 2 ** 32;
}

const scaled = (n: number, factor: number, min: number) => Math.max(min, Math.round(n * factor));

function settingsOf(consentAge: number): MunicipalitySettings {
  return {
    consentAge,
    consentValidityMonths: 12,
    attentionCategories: [...DEFAULT_ATTENTION_CATEGORIES],
    evaluationPeriodDays: { practical: 21, other: 42 },
  };
}

/**
 * How many units of each type, in UNIT_MIX's proportions: every core type at least once, then
 * the largest remainders. Deterministic; storby at factor 1 gets exactly UNIT_MIX.
 */
export function unitTypePlan(units: number): UnitType[] {
  const types = Object.keys(UNIT_MIX) as UnitType[];
  const total = types.reduce((s, t) => s + UNIT_MIX[t], 0);
  const want = new Map(types.map((t) => [t, (UNIT_MIX[t] * units) / total]));
  const core = CORE_TYPES.slice(0, Math.min(CORE_TYPES.length, units));
  const count = new Map(
    types.map((t) => [t, Math.max(core.includes(t) ? 1 : 0, Math.floor(want.get(t) ?? 0))]),
  );
  const sum = () => [...count.values()].reduce((s, n) => s + n, 0);
  const gap = (t: UnitType) => (want.get(t) ?? 0) - (count.get(t) ?? 0);
  while (sum() < units) {
    const t = types.reduce((a, b) => (gap(b) > gap(a) ? b : a));
    count.set(t, (count.get(t) ?? 0) + 1);
  }
  while (sum() > units) {
    const removable = types.filter((t) => (count.get(t) ?? 0) > (core.includes(t) ? 1 : 0));
    const t = removable.reduce((a, b) => (gap(b) < gap(a) ? b : a));
    count.set(t, (count.get(t) ?? 0) - 1);
  }
  return types.flatMap((t) => Array.from({ length: count.get(t) ?? 0 }, () => t));
}

function plan(
  base: Omit<MunicipalityPlan, 'unitTypes' | 'attentions' | 'brightSpots' | 'deletedLogs'>,
): MunicipalityPlan {
  return {
    ...base,
    deletedLogs: Math.round(base.logs * SHAPE.deletedPerLog),
    attentions: Math.round(base.logs * SHAPE.attentionsPerLog),
    brightSpots: Math.round(base.logs * SHAPE.brightSpotsPerLog),
    unitTypes: unitTypePlan(base.units),
  };
}

/** The municipalities to make, in order, for a seed and a factor. */
export function scalePlans(seed: number, factor: number, only?: readonly string[]) {
  const plans: MunicipalityPlan[] = [];
  const districts = scaled(STORBY.districts, factor, 1);
  const units = scaled(STORBY.units, factor, 4);
  plans.push(
    plan({
      slug: STORBY_SLUG,
      name: 'Storby kommune',
      writtenStandard: 'nb',
      accentColor: '#1f42aa',
      settings: settingsOf(16),
      districts,
      units,
      // Three at least per unit: its leader and two who may act (a holder among them).
      staff: Math.max(units * 3, scaled(STORBY.staff, factor, 0)),
      logs: scaled(STORBY.logs, factor, 10),
      childrenServed: scaled(STORBY.childrenServed, factor, units * 20),
    }),
  );
  SMALL_NAMES.forEach((name, i) => {
    const slug = SMALL_SLUGS[i] ?? '';
    const u = (label: string) => unit01(seed, `${slug}:${label}`);
    const smallUnits = scaled(10 + Math.floor(u('units') * 31), factor, 4);
    const logs = scaled(100 + Math.floor(u('logs') * 501), factor, 10);
    plans.push(
      plan({
        slug,
        name: `${name} kommune`,
        // About a third of the small ones write nynorsk; one follows a guide with consent age 15.
        writtenStandard: i % 3 === 1 ? 'nn' : 'nb',
        accentColor: ACCENTS[i % ACCENTS.length] ?? '#1f42aa',
        settings: settingsOf(i === 6 ? 15 : 16),
        districts: Math.min(scaled(1 + Math.floor(u('districts') * 3), factor, 1), smallUnits),
        units: smallUnits,
        staff: Math.max(smallUnits * 3, Math.round(smallUnits * 7 * factor)),
        logs,
        // Coverage (active logs per child served) between 6 % and 14 %; storby has 10 %.
        childrenServed: Math.max(
          smallUnits * 20,
          Math.round((logs * SHAPE.activeShare) / (0.06 + 0.08 * u('coverage'))),
        ),
      }),
    );
  });
  const wanted = only && only.length > 0 ? new Set(only) : null;
  if (wanted) {
    const unknown = [...wanted].filter((s) => !SCALE_SLUGS.includes(s));
    if (unknown.length > 0) {
      throw new Error(
        `seed:scale makes only ${STORBY_SLUG} and liten-01 … liten-20; unknown: ${unknown.join(', ')}`,
      );
    }
  }
  return wanted ? plans.filter((p) => wanted.has(p.slug)) : plans;
}
