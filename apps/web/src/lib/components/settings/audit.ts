import { nb } from '$lib/i18n/nb';
import type { MessageKey, Translator } from '$lib/i18n';

const ACTION_PREFIX = 'audit.action.';

function isKey(key: string): key is MessageKey {
  return Object.hasOwn(nb, key);
}

/** Every audit action the translation files know, for the filter. */
export const KNOWN_ACTIONS: string[] = Object.keys(nb)
  .filter((key) => key.startsWith(ACTION_PREFIX))
  .map((key) => key.slice(ACTION_PREFIX.length));

/** An action in plain words ("Endret innstillinger"); one not translated yet shows as it is. */
export function actionLabel(i18n: Pick<Translator, 't'>, action: string): string {
  const key = `${ACTION_PREFIX}${action}`;
  return isKey(key) ? i18n.t(key) : action;
}

/** A short line about what changed, from the event's data; empty when there is nothing to say. */
export function detailsOf(i18n: Pick<Translator, 't'>, data: Record<string, unknown>): string {
  if (Array.isArray(data.changed) && data.changed.length > 0) {
    const fields = data.changed.map((field) => {
      const key = `audit.field.${String(field)}`;
      return isKey(key) ? i18n.t(key) : String(field);
    });
    return i18n.t('audit.changed', { fields: fields.join(', ') });
  }
  for (const name of ['name', 'title']) {
    if (typeof data[name] === 'string') return data[name];
  }
  return '';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a date field holds a real calendar date (yyyy-mm-dd, as <input type=date> sends). */
export function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

/** Oslo's UTC offset on a date ("+01:00" or "+02:00"); changes of time happen at night. */
function osloOffset(date: string): string {
  const name = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Oslo',
    timeZoneName: 'longOffset',
  })
    .formatToParts(new Date(`${date}T12:00:00Z`))
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = name?.replace('GMT', '') ?? '';
  return offset || '+00:00';
}

/** The first instant of a day in Norway, as the API's `from`. */
export function startOfOsloDay(date: string): string {
  return `${date}T00:00:00${osloOffset(date)}`;
}

/** The last instant of a day in Norway, as the API's `to` (the day is included). */
export function endOfOsloDay(date: string): string {
  return `${date}T23:59:59.999${osloOffset(date)}`;
}
