import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { findMunicipalityBySlug } from '../src/narrow';
import { archiveObligation, auditEvent, log, person, transferPackage, unit } from '../src/schema';
import { withTenant } from '../src/tenant';
import {
  declineTransferPackage,
  incomingTransferPackages,
  takeTransferPackage,
} from '../src/transfer-package';
import { createTestDatabase } from './fresh-database';

/**
 * X4's narrow path: Oslo sends a log to Haugesund. Only Haugesund sees and takes it, only through
 * the SECURITY DEFINER functions; Oslo's log closes and Oslo's trail records it.
 */
const { database, cleanup } = await createTestDatabase({ seed: true });
afterAll(cleanup);

const oslo = await findMunicipalityBySlug(database, 'oslo');
const haugesund = await findMunicipalityBySlug(database, 'haugesund');
if (!oslo || !haugesund) throw new Error('seedDemo did not create oslo and haugesund');
const asOslo = { municipalityId: oslo.id, personId: null };
const asHaugesund = { municipalityId: haugesund.id, personId: null };

let children = 0;

async function packageFromOslo(): Promise<{ packageId: string; logId: string }> {
  children += 1;
  const nationalId = `0505159${String(children).padStart(4, '0')}`;
  return withTenant(database, asOslo, async (tx) => {
    const [holder] = await tx
      .select({ id: person.id })
      .from(person)
      .where(and(eq(person.municipalityId, oslo!.id), eq(person.name, 'Ola Johansen')));
    const [school] = await tx
      .select({ id: unit.id })
      .from(unit)
      .where(and(eq(unit.municipalityId, oslo!.id), eq(unit.name, 'Nordberg skole')));
    const [child] = await tx
      .insert(person)
      .values({ municipalityId: oslo!.id, nationalId, name: 'Flytte Barn' })
      .returning({ id: person.id });
    const [row] = await tx
      .insert(log)
      .values({
        municipalityId: oslo!.id,
        childPersonId: child!.id,
        unitId: school!.id,
        holderPersonId: holder!.id,
        level: 1,
      })
      .returning({ id: log.id });
    const [pkg] = await tx
      .insert(transferPackage)
      .values({
        municipalityId: oslo!.id,
        logId: row!.id,
        toMunicipalityId: haugesund!.id,
        reason: 'Familien flytter til Haugesund.',
        child: { name: 'Flytte Barn', nationalId },
        guardians: [],
        content: { attentions: [] },
        consentFile: new TextEncoder().encode('%PDF-1.4\n%%EOF\n'),
        consentMime: 'application/pdf',
        consentFilename: 'samtykke.pdf',
        createdBy: holder!.id,
      })
      .returning({ id: transferPackage.id });
    return { packageId: pkg!.id, logId: row!.id };
  });
}

describe('a log between municipalities (X4)', () => {
  it('only the addressed municipality sees it, and never reads the table itself', async () => {
    const { packageId } = await packageFromOslo();
    const inHaugesund = await withTenant(database, asHaugesund, incomingTransferPackages);
    expect(inHaugesund.map((p) => [p.id, p.fromMunicipalityName, p.childName])).toEqual([
      [packageId, 'Oslo kommune', 'Flytte Barn'],
    ]);
    expect(await withTenant(database, asOslo, incomingTransferPackages)).toEqual([]);
    const direct = await withTenant(database, asHaugesund, (tx) =>
      tx.select().from(transferPackage),
    );
    expect(direct).toEqual([]);
  });

  it('the sender cannot take its own package; the receiver takes it once', async () => {
    const { packageId, logId } = await packageFromOslo();
    expect(await withTenant(database, asOslo, (tx) => takeTransferPackage(tx, packageId))).toBe(
      null,
    );
    const taken = await withTenant(database, asHaugesund, (tx) =>
      takeTransferPackage(tx, packageId),
    );
    expect(taken).toMatchObject({
      fromMunicipalityName: 'Oslo kommune',
      child: { name: 'Flytte Barn' },
      consentMime: 'application/pdf',
    });
    expect(new TextDecoder().decode(taken?.consentFile)).toMatch(/^%PDF-1.4/);
    expect(
      await withTenant(database, asHaugesund, (tx) => takeTransferPackage(tx, packageId)),
    ).toBe(null);

    // Oslo's log is closed, owes a 'moving away' PDF, and Oslo's trail says so.
    await withTenant(database, asOslo, async (tx) => {
      const [closed] = await tx.select().from(log).where(eq(log.id, logId));
      expect(closed).toMatchObject({
        status: 'passive',
        closeReason: 'Overført til Haugesund kommune',
      });
      const obligations = await tx
        .select()
        .from(archiveObligation)
        .where(eq(archiveObligation.logId, logId));
      expect(obligations.map((o) => o.reason)).toEqual(['moving_away']);
      const trail = await tx.select().from(auditEvent).where(eq(auditEvent.entityId, packageId));
      expect(trail.map((e) => e.action)).toEqual(['transfer_package.accepted']);
    });
  });

  it('a decline is for the receiver only, and leaves the sender’s log active', async () => {
    const { packageId, logId } = await packageFromOslo();
    expect(
      await withTenant(database, asOslo, (tx) => declineTransferPackage(tx, packageId, 'Nei')),
    ).toBe(false);
    expect(
      await withTenant(database, asHaugesund, (tx) =>
        declineTransferPackage(tx, packageId, 'Barnet bor ikke her.'),
      ),
    ).toBe(true);
    await withTenant(database, asOslo, async (tx) => {
      const [still] = await tx.select().from(log).where(eq(log.id, logId));
      expect(still?.status).toBe('active');
      const [pkg] = await tx
        .select()
        .from(transferPackage)
        .where(eq(transferPackage.id, packageId));
      expect(pkg).toMatchObject({ status: 'declined', declineReason: 'Barnet bor ikke her.' });
    });
  });
});
