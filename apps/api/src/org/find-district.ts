import { and, eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { District } from '@stafett/domain';
import { notFound } from '../http/errors';
import type { OrgContext } from './org-context';

export const DISTRICT_NOT_FOUND = 'Vi finner ikke bydelen eller området.';

export const districtColumns = {
  id: schema.district.id,
  name: schema.district.name,
  version: schema.district.version,
};

export const ownDistrict = (ctx: OrgContext, districtId: string) =>
  and(eq(schema.district.municipalityId, ctx.municipalityId), eq(schema.district.id, districtId));

/** A district of this municipality; another municipality's id answers 404 like a made-up one. */
export async function findDistrict(ctx: OrgContext, districtId: string): Promise<District> {
  const [row] = await ctx.tx
    .select(districtColumns)
    .from(schema.district)
    .where(ownDistrict(ctx, districtId));
  if (!row) throw notFound(DISTRICT_NOT_FOUND);
  return row;
}
