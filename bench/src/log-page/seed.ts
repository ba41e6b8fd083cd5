import { and, eq } from 'drizzle-orm';
import { schema, type Database, type Db } from '@stafett/db';
import { makeSyntheticNationalId } from '@stafett/domain';

export interface BenchLog {
  municipalityId: string;
  logId: string;
  holderPersonId: string;
}

const SIZE = { attentions: 5, measuresPerAttention: 6, brightSpots: 200, notes: 10, meetings: 3 };
export const LOG_PAGE_SIZE = {
  attentions: SIZE.attentions,
  measures: SIZE.attentions * SIZE.measuresPerAttention,
  brightSpots: SIZE.brightSpots,
};

async function personId(database: Database, municipalityId: string, name: string) {
  const [row] = await database.db
    .select({ id: schema.person.id })
    .from(schema.person)
    .where(and(eq(schema.person.municipalityId, municipalityId), eq(schema.person.name, name)));
  if (!row) throw new Error(`bench: no demo person ${name}`);
  return row.id;
}

/**
 * The log: 5 attentions, 30 measures (service, home and child on every attention, half
 * of them evaluated), 200 bright spots, some notes and meetings, held by Ola Johansen at Nordberg
 * skole in the demo's Oslo. Written as the database owner, deterministic.
 */
export async function seedBenchLog(database: Database): Promise<BenchLog> {
  const db: Db = database.db;
  const [oslo] = await db
    .select({ id: schema.municipality.id })
    .from(schema.municipality)
    .where(eq(schema.municipality.slug, 'oslo'));
  if (!oslo) throw new Error('bench: the demo has no Oslo');
  const m = oslo.id;
  const holder = await personId(database, m, 'Ola Johansen');
  const actors = [holder, await personId(database, m, 'Jonas Bakke')];
  const guardian = await personId(database, m, 'Anne Solberg');
  const [unit] = await db
    .select({ id: schema.unit.id })
    .from(schema.unit)
    .where(and(eq(schema.unit.municipalityId, m), eq(schema.unit.name, 'Nordberg skole')));
  if (!unit) throw new Error('bench: no Nordberg skole');

  const [child] = await db
    .insert(schema.person)
    .values({
      municipalityId: m,
      nationalId: makeSyntheticNationalId('2015-05-05', 501),
      name: 'Benk Barnesen',
    })
    .returning({ id: schema.person.id });
  if (!child) throw new Error('bench: child not created');
  await db
    .insert(schema.guardianship)
    .values({ municipalityId: m, guardianPersonId: guardian, childPersonId: child.id });
  const [log] = await db
    .insert(schema.log)
    .values({
      municipalityId: m,
      childPersonId: child.id,
      unitId: unit.id,
      holderPersonId: holder,
      level: 2,
    })
    .returning({ id: schema.log.id });
  if (!log) throw new Error('bench: log not created');
  const content = new TextEncoder().encode('%PDF-1.4\nbench\n%%EOF\n');
  const [file] = await db
    .insert(schema.storedFile)
    .values({
      municipalityId: m,
      mime: 'application/pdf',
      filename: 'samtykke.pdf',
      byteSize: content.byteLength,
      sha256: 'bench',
      content,
      uploadedBy: holder,
    })
    .returning({ id: schema.storedFile.id });
  await db.insert(schema.consent).values({
    municipalityId: m,
    logId: log.id,
    fileId: file!.id,
    consentedBy: 'Anne Solberg',
    consentedOn: '2026-09-01',
    validUntil: '2027-09-01',
    services: ['school', 'ppt'],
    recordedBy: holder,
  });

  const responsibles = ['service', 'service', 'home', 'home', 'child', 'child'] as const;
  for (let a = 0; a < SIZE.attentions; a++) {
    const [attention] = await db
      .insert(schema.attention)
      .values({
        municipalityId: m,
        logId: log.id,
        category: 'Språk og kommunikasjon',
        description: `Oppmerksomhet ${a + 1}: barnet svarer lite når mange hører på.`,
        maintainingFactors: 'Redd for å svare feil foran andre.',
        goal: 'Barnet svarer på ett spørsmål i samling hver dag.',
        signsOfSuccess: 'Læreren hører barnet svare i samling.',
        position: a + 1,
        createdBy: holder,
      })
      .returning({ id: schema.attention.id });
    for (let i = 0; i < SIZE.measuresPerAttention; i++) {
      const responsible = responsibles[i] as (typeof responsibles)[number];
      const [measure] = await db
        .insert(schema.measure)
        .values({
          municipalityId: m,
          logId: log.id,
          attentionId: attention!.id,
          text: `Tiltak ${i + 1}: øver på å svare i liten gruppe hver tirsdag.`,
          responsible,
          actorPersonId: responsible === 'service' ? actors[i % 2] : null,
          startDate: '2026-10-01',
          deadline: '2026-11-12',
          step: i + 1,
          createdBy: holder,
        })
        .returning({ id: schema.measure.id });
      if (i % 2 === 0) {
        await db.insert(schema.evaluation).values({
          municipalityId: m,
          logId: log.id,
          measureId: measure!.id,
          outcome: (['worked', 'partly', 'did_not_work'] as const)[i % 3] ?? 'worked',
          comment: 'Det gikk bedre enn ventet.',
          familyView: 'Vi ser framgang hjemme også.',
          decision: 'continue',
          evaluatedBy: holder,
        });
        await db.insert(schema.measureEvent).values({
          municipalityId: m,
          measureId: measure!.id,
          kind: 'extend_deadline',
          before: { deadline: '2026-11-01' },
          after: { deadline: '2026-11-12' },
          byPersonId: holder,
        });
      }
    }
  }
  const spots = Array.from({ length: SIZE.brightSpots }, (_, i) => ({
    municipalityId: m,
    logId: log.id,
    authorPersonId: i % 3 === 0 ? guardian : holder,
    text: `Lysglimt ${i + 1}: barnet leste en hel side høyt i dag.`,
    createdAt: new Date(Date.UTC(2026, 9, 1) + i * 3_600_000),
  }));
  await db.insert(schema.brightSpot).values(spots);
  await db.insert(schema.note).values(
    Array.from({ length: SIZE.notes }, (_, i) => ({
      municipalityId: m,
      logId: log.id,
      kind: 'private' as const,
      authorPersonId: holder,
      text: `Huskeliste ${i + 1} til neste møte.`,
    })),
  );
  for (let i = 0; i < SIZE.meetings; i++) {
    const [meeting] = await db
      .insert(schema.meeting)
      .values({
        municipalityId: m,
        logId: log.id,
        title: `Stafettmøte ${i + 1}`,
        startsAt: new Date(Date.UTC(2026, 10, 1 + i * 14, 8)),
        agenda: 'Evaluere tiltakene.',
        createdBy: holder,
      })
      .returning({ id: schema.meeting.id });
    await db.insert(schema.meetingParticipant).values([
      { municipalityId: m, meetingId: meeting!.id, personId: holder, name: 'Ola Johansen' },
      { municipalityId: m, meetingId: meeting!.id, personId: guardian, name: 'Anne Solberg' },
    ]);
  }
  return { municipalityId: m, logId: log.id, holderPersonId: holder };
}
