import { and, desc, eq, type AnyColumn, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema } from '@stafett/db';
import type { TransferView } from '@stafett/domain';
import type { TransferResource } from '../auth/policy';
import { notFound } from '../http/errors';
import { permit, type OrgContext } from '../org/org-context';
import type { Action } from '../auth/policy';

export const TRANSFER_NOT_FOUND = 'Vi finner ikke overføringen.';

const t = schema.transfer;
const child = alias(schema.person, 'child');
const fromHolder = alias(schema.person, 'from_holder');
const toPerson = alias(schema.person, 'to_person');
const createdBy = alias(schema.person, 'created_by_person');
const decidedBy = alias(schema.person, 'decided_by_person');
const newHolder = alias(schema.person, 'new_holder');
const fromUnit = alias(schema.unit, 'from_unit');
const toUnit = alias(schema.unit, 'to_unit');

type Keyed = { municipalityId: AnyColumn; id: AnyColumn };
const samePerson = (p: Keyed, column: AnyColumn) =>
  and(eq(p.municipalityId, t.municipalityId), eq(p.id, column));
const sameUnit = (u: Keyed, column: AnyColumn) =>
  and(eq(u.municipalityId, t.municipalityId), eq(u.id, column));

/** Transfers as the API shows them, with every name joined in one statement. */
export async function selectTransfers(ctx: OrgContext, where: SQL | undefined) {
  const rows = await ctx.tx
    .select({
      row: t,
      childName: child.name,
      fromHolderName: fromHolder.name,
      toPersonName: toPerson.name,
      createdByName: createdBy.name,
      decidedByName: decidedBy.name,
      newHolderName: newHolder.name,
      fromUnitName: fromUnit.name,
      toUnitName: toUnit.name,
    })
    .from(t)
    .innerJoin(
      schema.log,
      and(eq(schema.log.municipalityId, t.municipalityId), eq(schema.log.id, t.logId)),
    )
    .innerJoin(child, samePerson(child, schema.log.childPersonId))
    .innerJoin(fromHolder, samePerson(fromHolder, t.fromHolderPersonId))
    .innerJoin(createdBy, samePerson(createdBy, t.createdBy))
    .innerJoin(fromUnit, sameUnit(fromUnit, t.fromUnitId))
    .leftJoin(toPerson, samePerson(toPerson, t.toPersonId))
    .leftJoin(decidedBy, samePerson(decidedBy, t.decidedBy))
    .leftJoin(newHolder, samePerson(newHolder, t.newHolderPersonId))
    .leftJoin(toUnit, sameUnit(toUnit, t.toUnitId))
    .where(and(eq(t.municipalityId, ctx.municipalityId), where))
    .orderBy(desc(t.createdAt), desc(t.id));
  return rows.map((r): TransferView => {
    const ref = (id: string | null, name: string | null) =>
      id && name !== null ? { id, name } : null;
    return {
      id: r.row.id,
      kind: r.row.kind,
      status: r.row.status,
      log: { id: r.row.logId, childName: r.childName },
      fromUnit: { id: r.row.fromUnitId, name: r.fromUnitName },
      fromHolder: { id: r.row.fromHolderPersonId, name: r.fromHolderName },
      toUnit: ref(r.row.toUnitId, r.toUnitName),
      toPerson: ref(r.row.toPersonId, r.toPersonName),
      reason: r.row.reason,
      guardianConsent: r.row.guardianConsent,
      attentionIds: r.row.attentionIds,
      declineReason: r.row.declineReason,
      createdBy: { id: r.row.createdBy, name: r.createdByName },
      createdAt: r.row.createdAt.toISOString(),
      decidedBy: ref(r.row.decidedBy, r.decidedByName),
      decidedAt: r.row.decidedAt?.toISOString() ?? null,
      newHolder: ref(r.row.newHolderPersonId, r.newHolderName),
      version: r.row.version,
    };
  });
}

export function transferResource(v: TransferView): TransferResource {
  return {
    kind: 'transfer',
    id: v.id,
    fromUnitId: v.fromUnit.id,
    fromHolderPersonId: v.fromHolder.id,
    toUnitId: v.toUnit?.id ?? null,
    toPersonId: v.toPerson?.id ?? null,
  };
}

/** One transfer, and the action allowed on it: 404 for those who are neither end, else 403. */
export async function loadTransferFor(
  ctx: OrgContext,
  transferId: string,
  action: Extract<Action, 'transfer:cancel' | 'transfer:decide'>,
): Promise<TransferView> {
  const [view] = await selectTransfers(ctx, eq(t.id, transferId));
  if (!view) throw notFound(TRANSFER_NOT_FOUND);
  permit(ctx, action, transferResource(view), TRANSFER_NOT_FOUND);
  return view;
}
