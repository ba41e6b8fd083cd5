import { and, eq, sql } from 'drizzle-orm';
import { schema, type Database, type Db } from '@stafett/db';
import { makeSyntheticNationalId, type UnitType } from '@stafett/domain';

/**
 * Fresh rows for one matrix cell, written as the database owner (a superuser in tests, so
 * row-level security does not apply). Every cell that changes something gets rows of its own, so
 * no cell depends on what an earlier one did.
 */
export class Fixtures {
  private counter = 0;

  private constructor(
    private readonly database: Database,
    /** Oslo and the demo rows the personas are attached to. */
    readonly oslo: {
      municipalityId: string;
      nordreAkerId: string;
      grunerlokkaId: string;
      nordbergId: string;
    },
  ) {}

  static async load(database: Database): Promise<Fixtures> {
    const db = database.db;
    const [oslo] = await db
      .select({ id: schema.municipality.id })
      .from(schema.municipality)
      .where(eq(schema.municipality.slug, 'oslo'));
    if (!oslo) throw new Error('no Oslo in the seed');
    const district = async (name: string) => {
      const [row] = await db
        .select({ id: schema.district.id })
        .from(schema.district)
        .where(and(eq(schema.district.municipalityId, oslo.id), eq(schema.district.name, name)));
      if (!row) throw new Error(`no district ${name}`);
      return row.id;
    };
    const [nordberg] = await db
      .select({ id: schema.unit.id })
      .from(schema.unit)
      .where(and(eq(schema.unit.municipalityId, oslo.id), eq(schema.unit.name, 'Nordberg skole')));
    if (!nordberg) throw new Error('no Nordberg skole');
    return new Fixtures(database, {
      municipalityId: oslo.id,
      nordreAkerId: await district('Nordre Aker'),
      grunerlokkaId: await district('Grünerløkka'),
      nordbergId: nordberg.id,
    });
  }

  private get db(): Db {
    return this.database.db;
  }

  /** A name no other row has. */
  uniqueName(prefix: string): string {
    return `${prefix} ${++this.counter} ${Math.random().toString(36).slice(2, 8)}`;
  }

  /** A valid synthetic national id nobody in the seed has (births in the 1950s). */
  nationalId(): string {
    const n = ++this.counter;
    const day = new Date(Date.UTC(1950, 0, 1) + (n % 3650) * 86_400_000);
    return makeSyntheticNationalId(day.toISOString().slice(0, 10), 100 + Math.floor(n / 3650));
  }

  async district(): Promise<string> {
    const [row] = await this.db
      .insert(schema.district)
      .values({ municipalityId: this.oslo.municipalityId, name: this.uniqueName('Matrisebydel') })
      .returning({ id: schema.district.id });
    return row!.id;
  }

  async unit(districtId = this.oslo.nordreAkerId, type: UnitType = 'school'): Promise<string> {
    const [row] = await this.db
      .insert(schema.unit)
      .values({
        municipalityId: this.oslo.municipalityId,
        districtId,
        name: this.uniqueName('Matriseenhet'),
        type,
        childrenServed: 10,
      })
      .returning({ id: schema.unit.id });
    return row!.id;
  }

  async person(): Promise<string> {
    const [row] = await this.db
      .insert(schema.person)
      .values({
        municipalityId: this.oslo.municipalityId,
        nationalId: this.nationalId(),
        name: this.uniqueName('Matriseperson'),
      })
      .returning({ id: schema.person.id });
    return row!.id;
  }

  async districtLeader(districtId: string): Promise<string> {
    const personId = await this.person();
    await this.db
      .insert(schema.districtLeader)
      .values({ municipalityId: this.oslo.municipalityId, districtId, personId });
    return personId;
  }

  /** A membership in a unit (Nordberg skole unless told), active unless told. */
  async membership(
    opts: { unitId?: string; active?: boolean; isUnitLeader?: boolean } = {},
  ): Promise<{ id: string; personId: string; version: number }> {
    const personId = await this.person();
    const [row] = await this.db
      .insert(schema.staffMembership)
      .values({
        municipalityId: this.oslo.municipalityId,
        unitId: opts.unitId ?? this.oslo.nordbergId,
        personId,
        canAct: true,
        active: opts.active ?? true,
        isUnitLeader: opts.isUnitLeader ?? false,
      })
      .returning({ id: schema.staffMembership.id, version: schema.staffMembership.version });
    return { id: row!.id, personId, version: row!.version };
  }

  async versionOfPerson(personId: string): Promise<number> {
    const [row] = await this.db
      .select({ version: schema.person.version })
      .from(schema.person)
      .where(eq(schema.person.id, personId));
    return row?.version ?? 1;
  }

  /** Every id of Oslo's organisation rows, to prove none reaches another municipality. */
  async osloIds(): Promise<Set<string>> {
    const m = this.oslo.municipalityId;
    const result = await this.db.execute<{ id: string }>(sql`
      select id::text from district where municipality_id = ${m}
      union all select id::text from unit where municipality_id = ${m}
      union all select id::text from person where municipality_id = ${m}
      union all select id::text from staff_membership where municipality_id = ${m}`);
    const rows = Array.isArray(result) ? result : (result as { rows: { id: string }[] }).rows;
    return new Set(rows.map((r) => r.id));
  }
}

/** Tables a refused cell must leave exactly as they were (content, not only counts). */
export type TableName =
  | 'audit_event'
  | 'district'
  | 'district_leader'
  | 'unit'
  | 'person'
  | 'staff_membership'
  | 'municipality'
  | 'municipality_admin'
  // The log's tables (log-matrix.ts).
  | 'guardianship'
  | 'log'
  | 'consent'
  | 'stored_file'
  | 'attention'
  | 'measure'
  | 'measure_event'
  | 'evaluation'
  | 'bright_spot'
  | 'note'
  | 'note_attachment'
  | 'meeting'
  | 'meeting_participant'
  | 'meeting_attention'
  | 'access_grant'
  | 'mail_outbox'
  // Transfers (transfer-matrix.ts).
  | 'transfer'
  | 'archive_obligation'
  // Between municipalities (package-matrix.ts).
  | 'transfer_package';

/** A fingerprint of each table's whole content, read as the database owner. */
export async function snapshot(
  database: Database,
  tables: readonly TableName[],
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of new Set(tables)) {
    const result = await database.db.execute<{ n: string; h: string }>(
      sql`select count(*)::text as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ${sql.identifier(table)} t`,
    );
    const rows = Array.isArray(result)
      ? result
      : (result as { rows: { n: string; h: string }[] }).rows;
    out[table] = `${rows[0]?.n} rows, ${rows[0]?.h}`;
  }
  return out;
}
