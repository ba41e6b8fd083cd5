/**
 * Norwegian local time for meetings (C6). The API wants an instant with a zone; the holder types
 * a date and a time as they read them on the wall clock in Norway. Pure functions, DST-aware
 * through Intl's Europe/Oslo rules, so the server's own time zone never matters.
 */

export const OSLO = 'Europe/Oslo';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2}):(\d{2})$/;

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: OSLO,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall clock in Oslo at an instant, as if it were UTC (milliseconds). */
function osloWallClock(instant: number): number {
  const p: Record<string, number> = {};
  for (const part of parts.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day, p.hour, p.minute, p.second);
}

/** Oslo's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function osloOffsetMinutes(instant: number): number {
  return Math.round((osloWallClock(instant) - Math.floor(instant / 1000) * 1000) / 60_000);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}:${mm}`;
}

/**
 * A date (yyyy-mm-dd) and a time (HH:MM) on the clock in Norway, as an ISO time with the right
 * offset: '2026-12-10', '09:00' → '2026-12-10T09:00:00+01:00'; in summer +02:00. A time that is
 * skipped when the clocks go forward (02:30 on the last Sunday of March) is read with the winter
 * offset, i.e. as 03:30 summer time; a time that happens twice in October is the first (summer
 * time). Null when the date or the time is not a real one.
 */
export function osloLocalToIso(date: string, time: string): string | null {
  const d = DATE.exec(date.trim());
  const t = TIME.exec(time.trim());
  if (!d || !t) return null;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [hour, minute] = [Number(t[1]), Number(t[2])];
  if (hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1) return null;
  if (check.getUTCDate() !== day) return null;

  // The offsets in force an hour either side; try the larger (summer) first, so an hour that
  // happens twice is the first one.
  const candidates = [
    ...new Set([osloOffsetMinutes(wall - 3 * 3_600_000), osloOffsetMinutes(wall + 3 * 3_600_000)]),
  ].sort((a, b) => b - a);
  for (const offset of candidates) {
    const instant = wall - offset * 60_000;
    if (osloOffsetMinutes(instant) === offset) {
      return `${date.trim()}T${String(hour).padStart(2, '0')}:${t[2]}:00${formatOffset(offset)}`;
    }
  }
  // In the gap: no such wall-clock time; read it with the offset before the change.
  const before = Math.min(...candidates);
  return osloIso(wall - before * 60_000);
}

/** An instant as the ISO time Oslo's clock shows, with its offset. */
export function osloIso(instant: number): string {
  const offset = osloOffsetMinutes(instant);
  const local = new Date(osloWallClock(instant)).toISOString().slice(0, 19);
  return `${local}${formatOffset(offset)}`;
}

/** The date (yyyy-mm-dd) and time (HH:MM) on the clock in Norway, for an edit form. */
export function isoToOsloLocal(iso: string): { date: string; time: string } | null {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return null;
  const local = new Date(osloWallClock(instant)).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}
