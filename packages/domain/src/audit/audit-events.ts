import { z } from 'zod';

export const AUDIT_PAGE_MAX = 100;
export const AUDIT_PAGE_DEFAULT = 50;

/** Where the last page ended: the event's time (to the microsecond) and id. */
export interface AuditCursor {
  at: string;
  id: string;
}

const CURSOR_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An opaque cursor: base64url of "<at>|<id>". */
export function encodeAuditCursor(cursor: AuditCursor): string {
  const text = `${cursor.at}|${cursor.id}`;
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeAuditCursor(value: string): AuditCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(value)) return null;
  let text: string;
  try {
    text = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  const [at, id, ...rest] = text.split('|');
  if (rest.length > 0 || !at || !id || !CURSOR_AT.test(at) || !UUID.test(id)) return null;
  if (Number.isNaN(Date.parse(at))) return null;
  return { at, id };
}

const instant = (name: string) =>
  z.iso.datetime({
    offset: true,
    message: `${name} må være et tidspunkt med tidssone, for eksempel 2026-03-01T00:00:00Z.`,
  });

/** Filters of the audit list; each one narrows it, all optional. */
export const auditEventQuerySchema = z
  .strictObject({
    action: z
      .string()
      .regex(/^[a-z_]+(\.[a-z_]+)+$/, {
        message: 'action må være en hendelsestype som «municipality.settings_updated».',
      })
      .max(100, { message: 'action kan ha høyst 100 tegn.' })
      .optional(),
    actorPersonId: z.uuid({ message: 'actorPersonId må være en UUID.' }).optional(),
    from: instant('from').optional(),
    to: instant('to').optional(),
    cursor: z
      .string()
      .refine((c) => decodeAuditCursor(c) !== null, {
        message: 'cursor er ugyldig. Bruk nextCursor fra forrige side, eller utelat den.',
      })
      .optional(),
    limit: z.coerce
      .number({ message: 'limit må være et heltall.' })
      .int({ message: 'limit må være et heltall.' })
      .min(1, { message: 'limit må være minst 1.' })
      .max(AUDIT_PAGE_MAX, { message: `limit kan være høyst ${AUDIT_PAGE_MAX}.` })
      .optional(),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) <= Date.parse(q.to), {
    message: 'from må være før to.',
    path: ['from'],
  });
export type AuditEventQuery = z.infer<typeof auditEventQuerySchema>;

export const auditEventSchema = z
  .object({
    id: z.uuid(),
    at: z.iso.datetime({ offset: true }),
    action: z.string(),
    entity: z.string(),
    entityId: z.uuid().nullable(),
    /** Who acted; null for the platform and for the system itself. */
    actor: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
    /** Before/after or context; never a national id. */
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEventView = z.infer<typeof auditEventSchema>;

export const auditEventPageSchema = z
  .object({ items: z.array(auditEventSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'AuditEventPage' });
export type AuditEventPage = z.infer<typeof auditEventPageSchema>;

const NATIONAL_ID_KEY = /national.?id|fnr|f[øo]dselsnummer|d.?nummer|personnummer/i;
const ELEVEN_DIGITS = /(?<!\d)\d{6}\s?\d{5}(?!\d)/g;

/**
 * Audit data as shown to people: keys that name a national id are dropped, and anything that
 * looks like one (eleven digits) is masked, wherever it sits — whatever a writer once put there.
 */
export function redactAuditData(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(ELEVEN_DIGITS, '[fødselsnummer fjernet]');
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1e9 && value < 1e11) {
    return '[fødselsnummer fjernet]';
  }
  if (Array.isArray(value)) return value.map(redactAuditData);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !NATIONAL_ID_KEY.test(k))
        .map(([k, v]) => [k, redactAuditData(v)]),
    );
  }
  return value;
}
