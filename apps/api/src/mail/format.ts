/**
 * Dates and the shared closing lines of every notice. Times are shown in Norway's time zone
 * whatever the server's zone is; month names are the same in bokmål and nynorsk.
 */
import type { WrittenStandard } from '@stafett/domain';

export type { WrittenStandard };

const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
] as const;

const OSLO = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

interface OsloParts {
  year: number;
  month: number;
  day: number;
  hour: string;
  minute: string;
}

function osloParts(at: Date): OsloParts {
  const parts = Object.fromEntries(OSLO.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: parts.hour ?? '00',
    minute: parts.minute ?? '00',
  };
}

/** "12. mars 2027 kl. 14.00" in Norwegian time, written out so no ICU version changes it. */
export function dateTimeText(at: Date): string {
  const p = osloParts(at);
  return `${p.day}. ${MONTHS[p.month - 1]} ${p.year} kl. ${p.hour}.${p.minute}`;
}

/** A calendar date ("2027-03-12", as PostgreSQL's date columns give it) as "12. mars 2027". */
export function dateText(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new TypeError(`dateText: expected YYYY-MM-DD, got "${isoDate}"`);
  const [, year, month, day] = match;
  return `${Number(day)}. ${MONTHS[Number(month) - 1]} ${year}`;
}

/**
 * Why the e-mail says so little, and that nobody reads replies. Said in every notice so a
 * recipient is never left wondering where the rest is.
 */
export function footer(standard: WrittenStandard): string {
  return standard === 'nb'
    ? 'E-post er ikke en sikker kanal. Derfor står innholdet bare i Stafett, der du logger inn ' +
        'med ID-porten.\nDu kan ikke svare på denne e-posten.'
    : 'E-post er ikkje ein sikker kanal. Difor står innhaldet berre i Stafett, der du loggar inn ' +
        'med ID-porten.\nDu kan ikkje svare på denne e-posten.';
}
