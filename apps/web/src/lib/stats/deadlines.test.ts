import { emptyDeadlineCounts, type DeadlineItem } from '@stafett/domain';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '$lib/i18n';
import {
  daysText,
  detailText,
  groupDeadlines,
  mayStartTransfer,
  openTarget,
  totalCount,
} from './deadlines';

const nb = createTranslator(() => 'nb');
const log = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const item = (overrides: Partial<DeadlineItem>): DeadlineItem => ({
  kind: 'evaluation_overdue',
  logId: log(1),
  childName: 'Lukas Andersen',
  holder: { id: log(9), name: 'Ola Johansen' },
  date: '2026-03-01',
  daysOverdue: 14,
  detail: 'Skolefravær',
  opensContent: false,
  ...overrides,
});

describe('the deadline list', () => {
  it('groups by kind in the order of S3, the most overdue first', () => {
    const groups = groupDeadlines({
      counts: { ...emptyDeadlineCounts(), evaluation_overdue: 2, consent_expiring: 1 },
      items: [
        item({ daysOverdue: 3, childName: 'Emma' }),
        item({ kind: 'consent_expiring', daysOverdue: -5, detail: null }),
        item({ daysOverdue: 14 }),
      ],
    });
    expect(groups.map((g) => g.kind)).toEqual([
      'evaluation_overdue',
      'evaluation_due_soon',
      'consent_expired',
      'consent_expiring',
      'inactive_log',
      'transfer_waiting',
      'archive_due',
    ]);
    expect(groups[0]?.items.map((i) => i.daysOverdue)).toEqual([14, 3]);
    expect(groups.map((g) => g.count)).toEqual([2, 0, 0, 1, 0, 0, 0]);
    expect(totalCount(groups)).toBe(3);
  });

  it('opens the log when the leader may read it, else the leader’s overview', () => {
    expect(openTarget(item({ opensContent: true }))).toBe('log');
    expect(openTarget(item({}))).toBe('overview');
  });

  it('offers a transfer unless one is already waiting', () => {
    expect(mayStartTransfer(item({}))).toBe(true);
    expect(mayStartTransfer(item({ kind: 'transfer_waiting' }))).toBe(false);
  });

  it('says how far past the date, in words', () => {
    expect(daysText(nb, 1)).toBe('1 dag over fristen');
    expect(daysText(nb, 14)).toBe('14 dager over fristen');
    expect(daysText(nb, 0)).toBe('Fristen er i dag');
    expect(daysText(nb, -5)).toBe('5 dager igjen');
  });

  it('names the category, the receiving unit or the archive reason', () => {
    expect(detailText(nb, item({}))).toBe('Kategori: Skolefravær');
    expect(detailText(nb, item({ kind: 'transfer_waiting', detail: 'PPT Nordre Aker' }))).toBe(
      'Til PPT Nordre Aker',
    );
    expect(detailText(nb, item({ kind: 'archive_due', detail: 'yearly' }))).toBe(
      'Årlig arkivering',
    );
    expect(detailText(nb, item({ kind: 'inactive_log', detail: null }))).toBeNull();
  });
});
