import {
  ARCHIVE_REASONS,
  DEADLINE_KINDS,
  type ArchiveReason,
  type DeadlineItem,
  type DeadlineKind,
  type DeadlineList,
} from '@stafett/domain';
import type { Translator } from '$lib/i18n';

/**
 * The unit leader's deadline list (S3): who and which child, grouped by kind, so the leader can
 * act — open the log (or their overview of it) or transfer it on the holder's behalf (X3).
 */
export interface DeadlineGroup {
  kind: DeadlineKind;
  count: number;
  items: DeadlineItem[];
}

/** Every kind in the order of DOMAIN.md S3 with its count; the most overdue first in each. */
export function groupDeadlines(list: Pick<DeadlineList, 'counts' | 'items'>): DeadlineGroup[] {
  return DEADLINE_KINDS.map((kind) => {
    const items = list.items
      .filter((i) => i.kind === kind)
      .sort(
        (a, b) =>
          b.daysOverdue - a.daysOverdue ||
          a.childName.localeCompare(b.childName, 'nb') ||
          a.logId.localeCompare(b.logId),
      );
    return { kind, count: Math.max(list.counts[kind] ?? 0, items.length), items };
  });
}

export const totalCount = (groups: readonly DeadlineGroup[]) =>
  groups.reduce((sum, g) => sum + g.count, 0);

/** Where "open the log" leads: the log itself when the leader may read it, else the overview. */
export function openTarget(item: Pick<DeadlineItem, 'opensContent'>): 'log' | 'overview' {
  return item.opensContent ? 'log' : 'overview';
}

/** A transfer is already waiting for that kind; for every other the leader may start one. */
export const mayStartTransfer = (item: Pick<DeadlineItem, 'kind'>) =>
  item.kind !== 'transfer_waiting';

/** "3 dager over fristen", "Frist i dag", "5 dager igjen". */
export function daysText(t: Pick<Translator, 'plural' | 't'>, daysOverdue: number): string {
  if (daysOverdue > 0) return t.plural('stats.days.overdue', daysOverdue);
  if (daysOverdue === 0) return t.t('stats.days.today');
  return t.plural('stats.days.left', -daysOverdue);
}

const isArchiveReason = (value: string): value is ArchiveReason =>
  (ARCHIVE_REASONS as readonly string[]).includes(value);

/** What else the item says: the attention's category, where a transfer goes, an archive reason. */
export function detailText(t: Pick<Translator, 't'>, item: DeadlineItem): string | null {
  if (!item.detail) return null;
  switch (item.kind) {
    case 'evaluation_overdue':
    case 'evaluation_due_soon':
      return t.t('stats.deadlines.category', { category: item.detail });
    case 'transfer_waiting':
      return t.t('stats.deadlines.transferTo', { name: item.detail });
    case 'archive_due':
      return isArchiveReason(item.detail) ? t.t(`archive.reason.${item.detail}`) : item.detail;
    default:
      return item.detail;
  }
}
