import { z } from 'zod';
import { uuidSchema } from '../org/unit';
import { unitTypeSchema } from '../org/unit-types';
import { deadlineCountsSchema } from './deadlines';

/**
 * The leader dashboards (DOMAIN.md S1–S4): one report shape for the three levels. The
 * municipality admin sees the municipality by district, a district leader the district by unit,
 * a unit leader the unit. Beyond the unit's own leader, everything is counts (S4).
 */
export const STATS_LEVELS = ['municipality', 'district', 'unit'] as const;
export type StatsLevel = (typeof STATS_LEVELS)[number];

/** A district in the guide aims for 10 %; the vendor estimates 20–25 % need heightened attention. */
export const COVERAGE_GOAL = 0.1;
export const EXPECTED_NEED = { low: 0.2, high: 0.25 } as const;

export const MEASURE_RESPONSIBLES = ['service', 'home', 'child'] as const;
export const EVALUATION_OUTCOMES = ['worked', 'partly', 'did_not_work'] as const;

const count = z.number().int().nonnegative();
const byResponsible = z.object({ service: count, home: count, child: count });
const byOutcome = z.object({ worked: count, partly: count, did_not_work: count });

/** Coverage: children with an active log among those served; null when none are served. */
export function coverage(activeLogs: number, childrenServed: number): number | null {
  return childrenServed > 0 ? activeLogs / childrenServed : null;
}

export type CoverageBand = 'below_goal' | 'goal_met' | 'expected_need' | 'above_expected';

/** Where a coverage lies against the 10 % goal and the 20–25 % expected need (S2). */
export function coverageBand(ratio: number): CoverageBand {
  if (ratio < COVERAGE_GOAL) return 'below_goal';
  if (ratio < EXPECTED_NEED.low) return 'goal_met';
  if (ratio <= EXPECTED_NEED.high) return 'expected_need';
  return 'above_expected';
}

/** The figures of one district, one unit, or a whole scope (the totals). */
export const statsFiguresSchema = z
  .object({
    childrenServed: count,
    /** Active logs now: every active log is one child (L1), so this is also children with a log. */
    activeLogs: count,
    coverage: z.number().nullable(),
    /** In the period: */
    opened: count,
    closed: count,
    brightSpots: count,
    transfersIn: count,
    transfersOut: count,
    measures: byResponsible,
    evaluations: byOutcome,
    /** Now: distinct holders of active logs, and the most active logs one holder has. */
    holders: count,
    maxLogsPerHolder: count,
    deadlines: deadlineCountsSchema,
  })
  .meta({ id: 'StatsFigures' });
export type StatsFigures = z.infer<typeof statsFiguresSchema>;

export const statsRowSchema = statsFiguresSchema
  .extend({
    id: uuidSchema,
    name: z.string(),
    kind: z.enum(['district', 'unit']),
    /** The unit's type; null for a district. */
    unitType: unitTypeSchema.nullable(),
  })
  .meta({ id: 'StatsRow' });
export type StatsRow = z.infer<typeof statsRowSchema>;

export const statsMonthSchema = z
  .object({
    month: z.string(),
    opened: count,
    closed: count,
    brightSpots: count,
    transfersIn: count,
    transfersOut: count,
    evaluations: byOutcome,
  })
  .meta({ id: 'StatsMonth' });
export type StatsMonth = z.infer<typeof statsMonthSchema>;

export const statsCategorySchema = z
  .object({
    category: z.string(),
    /** Attentions not ended, in active logs, now. */
    activeAttentions: count,
    /** Measures written in the period on attentions of this category. */
    measures: count,
  })
  .meta({ id: 'StatsCategory' });
export type StatsCategory = z.infer<typeof statsCategorySchema>;

export const holderWorkloadSchema = z
  .object({ id: uuidSchema, name: z.string(), activeLogs: count })
  .meta({ id: 'HolderWorkload' });

export const statsReportSchema = z
  .object({
    level: z.enum(STATS_LEVELS),
    scope: z.object({ id: uuidSchema, name: z.string() }),
    /** The district a unit belongs to (for the way back), when the reader may see it. */
    parent: z.object({ id: uuidSchema, name: z.string() }).nullable(),
    filters: z.object({
      from: z.string(),
      to: z.string(),
      unitType: unitTypeSchema.nullable(),
      category: z.string().nullable(),
    }),
    today: z.string(),
    /** When the figures were computed (the rollup); null if never. Deadlines count from then. */
    refreshedAt: z.string().nullable(),
    coverageGoal: z.number(),
    expectedNeed: z.object({ low: z.number(), high: z.number() }),
    totals: statsFiguresSchema,
    /** Districts (municipality level), units (district level), or the one unit. */
    rows: z.array(statsRowSchema),
    monthly: z.array(statsMonthSchema),
    categories: z.array(statsCategorySchema),
    /** Holders by name: only the unit's own leader sees them (S4); null otherwise. */
    holders: z.array(holderWorkloadSchema).nullable(),
  })
  .meta({ id: 'StatsReport' });
export type StatsReport = z.infer<typeof statsReportSchema>;
