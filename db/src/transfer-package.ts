import { sql } from 'drizzle-orm';
import type { Tx } from './client';
import { transferPackage } from './schema';

/**
 * The receiving side of X4, inside the receiver's own withTenant transaction: the only way one
 * municipality reaches another's rows (migration 0014's SECURITY DEFINER functions, which answer
 * only for packages addressed to the transaction's municipality).
 */
export interface IncomingPackage {
  id: string;
  fromMunicipalityName: string;
  childName: string;
  reason: string;
  createdAt: Date;
}

export interface TakenPackage {
  fromMunicipalityName: string;
  reason: string;
  child: { name: string; nationalId: string };
  guardians: { name: string; nationalId: string; email: string | null; phone: string | null }[];
  content: Record<string, unknown>;
  consentFile: Uint8Array;
  consentMime: string;
  consentFilename: string;
}

const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

export async function incomingTransferPackages(tx: Tx): Promise<IncomingPackage[]> {
  return tx
    .select({
      id: sql<string>`p.id`,
      fromMunicipalityName: sql<string>`p.from_municipality_name`,
      childName: sql<string>`p.child_name`,
      reason: sql<string>`p.reason`,
      createdAt: sql`p.created_at`.mapWith(transferPackage.createdAt),
    })
    .from(sql`app_incoming_transfer_packages() as p`);
}

/** Takes the package (accepted, the sender's log closed) or null when it is not the caller's. */
export async function takeTransferPackage(tx: Tx, id: string): Promise<TakenPackage | null> {
  const [r] = await tx
    .select({
      fromMunicipalityName: sql<string>`p.from_municipality_name`,
      reason: sql<string>`p.reason`,
      child: sql<unknown>`p.child`,
      guardians: sql<unknown>`p.guardians`,
      content: sql<unknown>`p.content`,
      // mapWith the table's columns, so both engines' wire formats decode the same way.
      consentFile: sql`p.consent_file`.mapWith(transferPackage.consentFile),
      consentMime: sql<string>`p.consent_mime`,
      consentFilename: sql<string>`p.consent_filename`,
    })
    .from(sql`app_take_transfer_package(${id}::uuid) as p`);
  if (!r) return null;
  return {
    ...r,
    child: json(r.child),
    guardians: json(r.guardians),
    content: json(r.content),
    consentFile: new Uint8Array(r.consentFile),
  };
}

export async function declineTransferPackage(tx: Tx, id: string, reason: string): Promise<boolean> {
  const [r] = await tx
    .select({ declined: sql<boolean>`app_decline_transfer_package(${id}::uuid, ${reason})` })
    .from(sql`(select 1) as one`);
  return r?.declined === true;
}
