import { randomBytes } from 'node:crypto';
import { eq, getTableName, sql } from 'drizzle-orm';
import type { Database, Tx } from '../src/client';
import {
  accessGrant,
  archiveObligation,
  transferPackage,
  deletedLogTrace,
  statsDistrictMonth,
  statsDistrictNow,
  statsRefresh,
  statsUnitMonth,
  statsUnitNow,
  deletionRequest,
  transfer,
  attention,
  auditEvent,
  brightSpot,
  consent,
  evaluation,
  log,
  mailOutbox,
  measure,
  measureEvent,
  meeting,
  meetingAttention,
  meetingParticipant,
  note,
  noteAttachment,
  storedFile,
  district,
  districtLeader,
  guardianship,
  municipalityAdmin,
  person,
  session,
  staffMembership,
  unit,
} from '../src/schema';
import { withOps } from '../src/tenant';
import { rows } from './catalogue';

/**
 * One row per tenant table for a municipality that has none yet, in dependency order. The
 * isolation suite needs both municipalities' rows in every tenant table; seedDemo covers most,
 * these cover the rest. A new tenant table without an entry here makes the suite fail with its
 * name, so nobody can add a table that the suite silently skips.
 */
type Fixture = (tx: Tx, municipalityId: string) => Promise<void>;

type WithId =
  | typeof district
  | typeof unit
  | typeof person
  | typeof log
  | typeof attention
  | typeof measure
  | typeof meeting
  | typeof note
  | typeof storedFile;

const firstId = async (tx: Tx, table: WithId, m: string) => {
  const [row] = await tx
    .select({ id: table.id })
    .from(table)
    .where(eq(table.municipalityId, m))
    .limit(1);
  if (!row) throw new Error(`fixture: no ${getTableName(table)} row in ${m}`);
  return row.id;
};

export const FIXTURES: Record<string, Fixture> = {
  district: async (tx, m) => {
    await tx.insert(district).values({ municipalityId: m, name: 'Testområde' });
  },
  unit: async (tx, m) => {
    const districtId = await firstId(tx, district, m);
    await tx
      .insert(unit)
      .values({ municipalityId: m, districtId, name: 'Testenhet', type: 'other' });
  },
  person: async (tx, m) => {
    await tx
      .insert(person)
      .values({ municipalityId: m, nationalId: '01010100000', name: 'Test Person' });
  },
  staff_membership: async (tx, m) => {
    const [unitId, personId] = [await firstId(tx, unit, m), await firstId(tx, person, m)];
    await tx.insert(staffMembership).values({ municipalityId: m, unitId, personId, canAct: true });
  },
  district_leader: async (tx, m) => {
    const [districtId, personId] = [await firstId(tx, district, m), await firstId(tx, person, m)];
    await tx.insert(districtLeader).values({ municipalityId: m, districtId, personId });
  },
  municipality_admin: async (tx, m) => {
    await tx
      .insert(municipalityAdmin)
      .values({ municipalityId: m, personId: await firstId(tx, person, m) });
  },
  guardianship: async (tx, m) => {
    const guardianPersonId = await firstId(tx, person, m);
    const [child] = await tx
      .insert(person)
      .values({ municipalityId: m, nationalId: '02021800000', name: 'Testbarn' })
      .returning({ id: person.id });
    if (!child) throw new Error('fixture: child not created');
    await tx
      .insert(guardianship)
      .values({ municipalityId: m, guardianPersonId, childPersonId: child.id });
  },
  session: async (tx, m) => {
    await tx.insert(session).values({
      municipalityId: m,
      id: randomBytes(15).toString('hex'),
      secretHash: new Uint8Array(randomBytes(32)),
      personId: await firstId(tx, person, m),
      idpSid: `fixture-${m}`,
    });
  },
  audit_event: async (tx, m) => {
    await tx
      .insert(auditEvent)
      .values({ municipalityId: m, action: 'fixture.created', entity: 'fixture' });
  },
  stored_file: async (tx, m) => {
    const content = new TextEncoder().encode('%PDF-1.4 fixture');
    await tx.insert(storedFile).values({
      municipalityId: m,
      mime: 'application/pdf',
      filename: 'samtykke.pdf',
      byteSize: content.byteLength,
      sha256: 'fixture',
      content,
      uploadedBy: await firstId(tx, person, m),
    });
  },
  log: async (tx, m) => {
    const [child] = await tx
      .insert(person)
      .values({ municipalityId: m, nationalId: '03031800000', name: 'Loggbarn' })
      .returning({ id: person.id });
    if (!child) throw new Error('fixture: child not created');
    await tx.insert(log).values({
      municipalityId: m,
      childPersonId: child.id,
      unitId: await firstId(tx, unit, m),
      holderPersonId: await firstId(tx, person, m),
      level: 1,
    });
  },
  consent: async (tx, m) => {
    await tx.insert(consent).values({
      municipalityId: m,
      logId: await firstId(tx, log, m),
      fileId: await firstId(tx, storedFile, m),
      consentedBy: 'Foresatt',
      consentedOn: '2026-01-01',
      validUntil: '2027-01-01',
      services: ['school'],
      recordedBy: await firstId(tx, person, m),
    });
  },
  attention: async (tx, m) => {
    await tx.insert(attention).values({
      municipalityId: m,
      logId: await firstId(tx, log, m),
      category: 'Språk',
      description: 'Barnet snakker lite i samling.',
      createdBy: await firstId(tx, person, m),
    });
  },
  measure: async (tx, m) => {
    await tx.insert(measure).values({
      municipalityId: m,
      logId: await firstId(tx, log, m),
      attentionId: await firstId(tx, attention, m),
      text: 'Leser med barnet hver kveld.',
      responsible: 'home',
      startDate: '2026-01-01',
      deadline: '2026-02-01',
      createdBy: await firstId(tx, person, m),
    });
  },
  measure_event: async (tx, m) => {
    await tx.insert(measureEvent).values({
      municipalityId: m,
      measureId: await firstId(tx, measure, m),
      kind: 'deadline_extended',
      byPersonId: await firstId(tx, person, m),
    });
  },
  evaluation: async (tx, m) => {
    await tx.insert(evaluation).values({
      municipalityId: m,
      logId: await firstId(tx, log, m),
      measureId: await firstId(tx, measure, m),
      outcome: 'worked',
      decision: 'continue',
      evaluatedBy: await firstId(tx, person, m),
    });
  },
  bright_spot: async (tx, m) => {
    await tx.insert(brightSpot).values({
      municipalityId: m,
      logId: await firstId(tx, log, m),
      authorPersonId: await firstId(tx, person, m),
      text: 'Hun leste en hel side høyt i dag.',
    });
  },
  note: async (tx, m) => {
    await tx.insert(note).values({
      municipalityId: m,
      logId: await firstId(tx, log, m),
      kind: 'private',
      authorPersonId: await firstId(tx, person, m),
      text: 'Huskeliste til neste møte.',
    });
  },
  note_attachment: async (tx, m) => {
    await tx.insert(noteAttachment).values({
      municipalityId: m,
      noteId: await firstId(tx, note, m),
      fileId: await firstId(tx, storedFile, m),
    });
  },
  meeting: async (tx, m) => {
    await tx.insert(meeting).values({
      municipalityId: m,
      logId: await firstId(tx, log, m),
      title: 'Oppstartsmøte',
      startsAt: new Date('2026-02-01T08:00:00Z'),
      createdBy: await firstId(tx, person, m),
    });
  },
  meeting_participant: async (tx, m) => {
    await tx.insert(meetingParticipant).values({
      municipalityId: m,
      meetingId: await firstId(tx, meeting, m),
      name: 'Deltaker',
    });
  },
  meeting_attention: async (tx, m) => {
    await tx.insert(meetingAttention).values({
      municipalityId: m,
      meetingId: await firstId(tx, meeting, m),
      attentionId: await firstId(tx, attention, m),
    });
  },
  access_grant: async (tx, m) => {
    await tx.insert(accessGrant).values({
      municipalityId: m,
      logId: await firstId(tx, log, m),
      personId: await firstId(tx, person, m),
      guardianConsent: 'Foresatte samtykket muntlig i møte.',
      grantedBy: await firstId(tx, person, m),
    });
  },
  transfer: async (tx, m) => {
    const holder = await firstId(tx, person, m);
    await tx.insert(transfer).values({
      municipalityId: m,
      logId: await firstId(tx, log, m),
      kind: 'within_unit',
      fromUnitId: await firstId(tx, unit, m),
      fromHolderPersonId: holder,
      toUnitId: await firstId(tx, unit, m),
      toPersonId: holder,
      reason: 'Ny kontaktlærer.',
      createdBy: holder,
    });
  },
  transfer_package: async (tx, m) => {
    await tx.insert(transferPackage).values({
      municipalityId: m,
      logId: await firstId(tx, log, m),
      toMunicipalityId: m,
      reason: 'Flytter.',
      child: { name: 'Loggbarn', nationalId: '03031800000' },
      guardians: [],
      content: {},
      consentFile: new TextEncoder().encode('%PDF-1.4 fixture'),
      consentMime: 'application/pdf',
      consentFilename: 'samtykke.pdf',
      createdBy: await firstId(tx, person, m),
    });
  },
  archive_obligation: async (tx, m) => {
    await tx.insert(archiveObligation).values({
      municipalityId: m,
      logId: await firstId(tx, log, m),
      reason: 'yearly',
      dueOn: '2027-01-01',
    });
  },
  deletion_request: async (tx, m) => {
    await tx.insert(deletionRequest).values({
      municipalityId: m,
      logId: await firstId(tx, log, m),
      requestedBy: await firstId(tx, person, m),
    });
  },
  deleted_log_trace: async (tx, m) => {
    await tx.insert(deletedLogTrace).values({
      municipalityId: m,
      unitId: await firstId(tx, unit, m),
      level: 1,
      openedAt: new Date('2025-01-01T00:00:00Z'),
      categories: ['Språk'],
      counts: { attentions: 1 },
    });
  },
  stats_unit_month: async (tx, m) => {
    await tx.insert(statsUnitMonth).values({
      municipalityId: m,
      unitId: await firstId(tx, unit, m),
      month: '2026-01-01',
      metric: 'opened',
      n: 1,
    });
  },
  stats_district_month: async (tx, m) => {
    await tx.insert(statsDistrictMonth).values({
      municipalityId: m,
      districtId: await firstId(tx, district, m),
      month: '2026-01-01',
      metric: 'opened',
      n: 1,
    });
  },
  stats_unit_now: async (tx, m) => {
    await tx.insert(statsUnitNow).values({
      municipalityId: m,
      unitId: await firstId(tx, unit, m),
      metric: 'active_logs',
      n: 1,
    });
  },
  stats_district_now: async (tx, m) => {
    await tx.insert(statsDistrictNow).values({
      municipalityId: m,
      districtId: await firstId(tx, district, m),
      metric: 'active_logs',
      n: 1,
    });
  },
  stats_refresh: async (tx, m) => {
    await tx
      .insert(statsRefresh)
      .values({ municipalityId: m, refreshedAt: new Date(), today: '2026-01-01', durationMs: 1 });
  },
  mail_outbox: async (tx, m) => {
    await tx.insert(mailOutbox).values({
      municipalityId: m,
      kind: 'fixture',
      toAddress: 'test@example.org',
      subject: 'Test',
      textBody: 'Test',
    });
  },
};

async function countIn(tx: Tx, table: string, m: string): Promise<number> {
  const [row] = await rows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from ${sql.identifier(table)} where municipality_id = ${m}`,
  );
  return row?.n ?? 0;
}

/**
 * Gives every tenant table at least one row in each municipality (as stafett_ops). Returns the
 * tables that are still empty somewhere because no fixture knows them.
 */
export async function fillEveryTenantTable(
  database: Database,
  municipalityIds: readonly string[],
  tables: readonly string[],
): Promise<string[]> {
  return withOps(database, async (tx) => {
    for (const m of municipalityIds) {
      for (const [table, fixture] of Object.entries(FIXTURES)) {
        if ((await countIn(tx, table, m)) === 0) await fixture(tx, m);
      }
    }
    const empty: string[] = [];
    for (const table of tables) {
      for (const m of municipalityIds) {
        if ((await countIn(tx, table, m)) === 0) empty.push(`${table} (municipality ${m})`);
      }
    }
    return empty;
  });
}
