import { eq, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { LogCreate } from '@stafett/domain';
import { nationalIdOf, PUBLIC_ORIGIN, type Person, type World } from './harness';

/** The smallest file that passes as a PDF: signature and end marker. */
export const CONSENT_PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/** Sends the create-log form as the web app does: multipart, with its origin. */
export function postLog(
  who: Person,
  data: unknown,
  file: Uint8Array | null = CONSENT_PDF,
  filename = 'samtykke.pdf',
) {
  const form = new FormData();
  form.set('data', typeof data === 'string' ? data : JSON.stringify(data));
  if (file) form.set('consentFile', new File([new Uint8Array(file)], filename));
  return who.call('/api/v1/logs', {
    method: 'POST',
    headers: { origin: PUBLIC_ORIGIN },
    body: form,
  });
}

export async function idOf(world: World, table: 'unit' | 'person', name: string): Promise<string> {
  const t = table === 'unit' ? schema.unit : schema.person;
  const [row] = await world.database.db
    .select({ id: t.id })
    .from(t)
    .where(eq(t.name, name))
    .limit(1);
  if (!row) throw new Error(`no ${table} ${name}`);
  return row.id;
}

/** A log of Emma Solberg (born 2018) at Nordberg skole, her mother as guardian. */
export async function emmaLog(world: World, level: 1 | 2 | 3 = 2): Promise<LogCreate> {
  return {
    unitId: await idOf(world, 'unit', 'Nordberg skole'),
    child: { nationalId: nationalIdOf('Emma Solberg'), name: 'Emma Solberg' },
    guardians: [
      {
        nationalId: nationalIdOf('Anne Solberg'),
        name: 'Anne Solberg',
        email: null,
        phone: null,
      },
    ],
    level,
    consent: {
      consentedBy: 'Anne Solberg',
      byYouth: false,
      consentedOn: '2026-11-20',
      validUntil: '2027-11-20',
      services: ['school', 'ppt'],
    },
  };
}

type Counted =
  | 'log'
  | 'measure'
  | 'attention'
  | 'consent'
  | 'storedFile'
  | 'evaluation'
  | 'brightSpot'
  | 'mailOutbox'
  | 'note'
  | 'guardianship'
  | 'person';

/** Rows of a table in one municipality, for "nothing was written" checks. */
export async function countIn(
  world: World,
  municipalityId: string,
  table: Counted,
): Promise<number> {
  const t = schema[table];
  const [row] = await world.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(t)
    .where(eq(t.municipalityId, municipalityId));
  return Number(row?.n ?? 0);
}

export async function municipalityIdOf(world: World, slug: string): Promise<string> {
  const [row] = await world.database.db
    .select({ id: schema.municipality.id })
    .from(schema.municipality)
    .where(eq(schema.municipality.slug, slug));
  if (!row) throw new Error(`no municipality ${slug}`);
  return row.id;
}
