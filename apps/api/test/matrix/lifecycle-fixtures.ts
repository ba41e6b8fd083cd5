import { and, eq, sql } from 'drizzle-orm';
import { schema, type Db } from '@stafett/db';
import { nationalIdOf, type World } from '../harness';
import { CONSENT_PDF, idOf, municipalityIdOf } from '../logs-support';

/**
 * Fresh logs for the lifecycle matrix, written as the database owner so that no cell depends on
 * what an earlier one did: Sander Moen's (16, the youth persona), held by Ola Johansen at
 * Nordberg skole, Liv Moen his guardian. A child has one active log at a time, so a new active
 * (or reopenable) log first makes every other of Sander's logs passive.
 */
export class LifecycleFixtures {
  private constructor(
    private readonly db: Db,
    readonly ids: {
      municipalityId: string;
      nordbergId: string;
      holderId: string;
      childId: string;
      guardianId: string;
    },
  ) {}

  static async create(world: World): Promise<LifecycleFixtures> {
    const personId = async (name: string) => {
      const [row] = await world.database.db
        .select({ id: schema.person.id })
        .from(schema.person)
        .where(eq(schema.person.nationalId, nationalIdOf(name)));
      if (!row) throw new Error(`no person ${name}`);
      return row.id;
    };
    const fx = new LifecycleFixtures(world.database.db, {
      municipalityId: await municipalityIdOf(world, 'oslo'),
      nordbergId: await idOf(world, 'unit', 'Nordberg skole'),
      holderId: await personId('Ola Johansen'),
      childId: await personId('Sander Moen'),
      guardianId: await personId('Liv Moen'),
    });
    await fx.db
      .insert(schema.guardianship)
      .values({
        municipalityId: fx.ids.municipalityId,
        guardianPersonId: fx.ids.guardianId,
        childPersonId: fx.ids.childId,
      })
      .onConflictDoNothing();
    return fx;
  }

  /** A log of Sander's with a consent; passive ones are closed, optionally archived for deletion. */
  async log(status: 'active' | 'passive', archived = false): Promise<{ id: string }> {
    const { municipalityId, nordbergId, holderId, childId } = this.ids;
    const l = schema.log;
    await this.db
      .update(l)
      .set({ status: 'passive', closedAt: sql`now()` })
      .where(
        and(
          eq(l.municipalityId, municipalityId),
          eq(l.childPersonId, childId),
          eq(l.status, 'active'),
        ),
      );
    const [log] = await this.db
      .insert(l)
      .values({
        municipalityId,
        childPersonId: childId,
        unitId: nordbergId,
        holderPersonId: holderId,
        level: 2,
        status,
        closedAt: status === 'passive' ? sql`now()` : null,
        closedBy: status === 'passive' ? holderId : null,
        closeReason: status === 'passive' ? 'Innsatsen er ikke lenger nødvendig' : null,
      })
      .returning({ id: l.id });
    if (!log) throw new Error('no log');
    const [file] = await this.db
      .insert(schema.storedFile)
      .values({
        municipalityId,
        mime: 'application/pdf',
        filename: 'samtykke.pdf',
        byteSize: CONSENT_PDF.byteLength,
        sha256: 'matrise',
        content: CONSENT_PDF,
        uploadedBy: holderId,
      })
      .returning({ id: schema.storedFile.id });
    await this.db.insert(schema.consent).values({
      municipalityId,
      logId: log.id,
      fileId: file!.id,
      consentedBy: 'Sander Moen',
      byYouth: true,
      consentedOn: '2026-11-01',
      validUntil: '2027-11-01',
      services: ['school'],
      recordedBy: holderId,
    });
    if (archived) {
      await this.db.insert(schema.archiveObligation).values(
        (['closing', 'before_deletion'] as const).map((reason) => ({
          municipalityId,
          logId: log.id,
          reason,
          dueOn: '2026-12-01',
          doneAt: sql`now()`,
          doneBy: holderId,
        })),
      );
    }
    return log;
  }

  /** A passive log with Liv Moen's open request that it be deleted. */
  async deletionRequest(): Promise<{ id: string }> {
    const log = await this.log('passive');
    const [row] = await this.db
      .insert(schema.deletionRequest)
      .values({
        municipalityId: this.ids.municipalityId,
        logId: log.id,
        requestedBy: this.ids.guardianId,
      })
      .returning({ id: schema.deletionRequest.id });
    if (!row) throw new Error('no deletion request');
    return row;
  }
}
