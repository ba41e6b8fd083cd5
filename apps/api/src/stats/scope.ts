import { sql } from 'drizzle-orm';
import { rowsOf } from '@stafett/db';
import type { UnitType } from '@stafett/domain';
import { authorize, type Action } from '../auth/policy';
import { notFound } from '../http/errors';
import { DISTRICT_NOT_FOUND } from '../org/find-district';
import { UNIT_NOT_FOUND } from '../org/find-org-unit';
import type { OrgContext } from '../org/org-context';

/** What a dashboard is about: the municipality, one district, or one unit. */
export type StatsScope =
  | { level: 'municipality'; id: string; name: string }
  | { level: 'district'; id: string; name: string }
  | {
      level: 'unit';
      id: string;
      name: string;
      type: UnitType;
      district: { id: string; name: string };
    };

/**
 * Statistics a leader may not see answer 404, whatever the reason: a unit leader asking for
 * another unit learns no more than from a made-up id (issue 5, "Bad input").
 */
function allow<A extends Action>(
  ctx: OrgContext,
  action: A,
  resource: Parameters<typeof authorize<A>>[2],
  hidden: string,
): void {
  if (!authorize(ctx.actor, action, resource)) throw notFound(hidden);
}

export async function municipalityScope(ctx: OrgContext): Promise<StatsScope> {
  allow(ctx, 'stats:read_municipality', { kind: 'municipality' }, 'Fant ikke statistikken.');
  const [row] = rowsOf<{ name: string }>(
    await ctx.tx.execute(sql`select name from municipality where id = ${ctx.municipalityId}`),
  );
  return { level: 'municipality', id: ctx.municipalityId, name: row?.name ?? '' };
}

export async function districtScope(ctx: OrgContext, districtId: string): Promise<StatsScope> {
  const [row] = rowsOf<{ id: string; name: string }>(
    await ctx.tx.execute(sql`
      select id, name from district where municipality_id = ${ctx.municipalityId} and id = ${districtId}`),
  );
  if (!row) throw notFound(DISTRICT_NOT_FOUND);
  allow(ctx, 'stats:read_district', { kind: 'district', id: row.id }, DISTRICT_NOT_FOUND);
  return { level: 'district', ...row };
}

export async function unitScope(
  ctx: OrgContext,
  unitId: string,
  action: 'stats:read_unit' | 'stats:read_names' = 'stats:read_unit',
): Promise<Extract<StatsScope, { level: 'unit' }>> {
  const [row] = rowsOf<{
    id: string;
    name: string;
    type: UnitType;
    district_id: string;
    district_name: string;
  }>(
    await ctx.tx.execute(sql`
      select u.id, u.name, u.type, d.id as district_id, d.name as district_name
        from unit u join district d on d.municipality_id = u.municipality_id and d.id = u.district_id
       where u.municipality_id = ${ctx.municipalityId} and u.id = ${unitId}`),
  );
  if (!row) throw notFound(UNIT_NOT_FOUND);
  allow(ctx, action, { kind: 'unit', id: row.id, districtId: row.district_id }, UNIT_NOT_FOUND);
  return {
    level: 'unit',
    id: row.id,
    name: row.name,
    type: row.type,
    district: { id: row.district_id, name: row.district_name },
  };
}
