import { z } from 'zod';
import { uuidSchema } from '../org/unit';

/**
 * The deadlines of DOMAIN.md S3 and the windows that define them. One place decides "soon" and
 * "long", so the counts on the dashboards and the unit leader's list always mean the same.
 */
export const DEADLINE_KINDS = [
  'evaluation_overdue',
  'evaluation_due_soon',
  'consent_expired',
  'consent_expiring',
  'inactive_log',
  'transfer_waiting',
  'archive_due',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** Days ahead for "due soon" evaluations and archive PDFs, "expiring" consents; days of silence. */
export const DEADLINE_DAYS = {
  evaluationDueSoon: 14,
  consentExpiring: 30,
  inactive: 60,
  archiveDueSoon: 14,
} as const;

export interface DeadlineWindows {
  today: string;
  /** An evaluation due on or before this date (and not before today) is due soon. */
  evaluationDueBy: string;
  /** A consent valid until this date (and not before today) is expiring. */
  consentExpiresBy: string;
  /** A log whose last activity is before this date has been quiet too long. */
  inactiveBefore: string;
  /** An archive obligation not done and due on or before this date is due. */
  archiveDueBy: string;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function deadlineWindows(today: string): DeadlineWindows {
  return {
    today,
    evaluationDueBy: addDays(today, DEADLINE_DAYS.evaluationDueSoon),
    consentExpiresBy: addDays(today, DEADLINE_DAYS.consentExpiring),
    inactiveBefore: addDays(today, -DEADLINE_DAYS.inactive),
    archiveDueBy: addDays(today, DEADLINE_DAYS.archiveDueSoon),
  };
}

export const deadlineCountsSchema = z
  .object(
    Object.fromEntries(DEADLINE_KINDS.map((k) => [k, z.number().int()])) as {
      [K in DeadlineKind]: z.ZodNumber;
    },
  )
  .meta({ id: 'DeadlineCounts' });
export type DeadlineCounts = z.infer<typeof deadlineCountsSchema>;

export const emptyDeadlineCounts = (): DeadlineCounts =>
  Object.fromEntries(DEADLINE_KINDS.map((k) => [k, 0])) as DeadlineCounts;

/**
 * One thing on the unit leader's list (S3): who and which child, so the leader can act. No
 * content of the log: the unit's leader sees metadata only (C8).
 */
export const deadlineItemSchema = z
  .object({
    kind: z.enum(DEADLINE_KINDS),
    logId: uuidSchema,
    childName: z.string(),
    holder: z.object({ id: uuidSchema, name: z.string() }),
    /** The date it is due or was due ('YYYY-MM-DD'): deadline, valid-until, last activity, sent. */
    date: z.string(),
    /** Days past the date (positive) or left until it (negative). */
    daysOverdue: z.number().int(),
    /** The attention's category for evaluations; the transfer's sending unit for transfers. */
    detail: z.string().nullable(),
    /** Whether the leader may read the log's content (they hold it, or have a grant); otherwise
     * the way in is the leader's overview of the log. */
    opensContent: z.boolean(),
  })
  .meta({ id: 'DeadlineItem' });
export type DeadlineItem = z.infer<typeof deadlineItemSchema>;

export const deadlineListSchema = z
  .object({
    unit: z.object({ id: uuidSchema, name: z.string() }),
    today: z.string(),
    counts: deadlineCountsSchema,
    items: z.array(deadlineItemSchema),
  })
  .meta({ id: 'DeadlineList' });
export type DeadlineList = z.infer<typeof deadlineListSchema>;
