import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema } from '@stafett/db';
import type { OrgContext } from '../org/org-context';

const t = schema.transfer;
const fromHolder = alias(schema.person, 'from_holder');
const newHolder = alias(schema.person, 'new_holder');
const decider = alias(schema.person, 'decider');

export interface HolderChange {
  logId: string;
  at: Date;
  by: string;
  from: string;
  to: string;
}

/** Accepted transfers of the logs, oldest first: the holders' history (X2, issue 6 item 6). */
export async function holderChanges(
  ctx: OrgContext,
  logIds: readonly string[],
): Promise<HolderChange[]> {
  if (logIds.length === 0) return [];
  const rows = await ctx.tx
    .select({
      logId: t.logId,
      at: t.decidedAt,
      by: decider.name,
      from: fromHolder.name,
      to: newHolder.name,
    })
    .from(t)
    .innerJoin(
      fromHolder,
      and(eq(fromHolder.municipalityId, t.municipalityId), eq(fromHolder.id, t.fromHolderPersonId)),
    )
    .innerJoin(
      newHolder,
      and(eq(newHolder.municipalityId, t.municipalityId), eq(newHolder.id, t.newHolderPersonId)),
    )
    .leftJoin(
      decider,
      and(eq(decider.municipalityId, t.municipalityId), eq(decider.id, t.decidedBy)),
    )
    .where(
      and(
        eq(t.municipalityId, ctx.municipalityId),
        inArray(t.logId, [...logIds]),
        eq(t.status, 'accepted'),
      ),
    )
    .orderBy(asc(t.decidedAt));
  return rows.flatMap((r) =>
    r.at ? [{ logId: r.logId, at: r.at, by: r.by ?? r.to, from: r.from, to: r.to }] : [],
  );
}

export async function municipalityName(ctx: OrgContext): Promise<string> {
  const [row] = await ctx.tx
    .select({ name: schema.municipality.name })
    .from(schema.municipality)
    .where(eq(schema.municipality.id, ctx.municipalityId));
  return row?.name ?? '';
}

/** The person's name, for "made by" and "archived by" in the package. */
export async function personNames(
  ctx: OrgContext,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.tx
    .select({ id: schema.person.id, name: schema.person.name })
    .from(schema.person)
    .where(
      and(
        eq(schema.person.municipalityId, ctx.municipalityId),
        inArray(schema.person.id, [...new Set(ids)]),
      ),
    );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A file name part from a person's name: letters and digits, dashes between. */
export function slugOf(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/å/gi, 'a')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s || 'logg';
}
