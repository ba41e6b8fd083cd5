import { redirect } from '@sveltejs/kit';
import type { LogSummary } from '@stafett/domain';
import { api, statusOf } from '$lib/api/client';
import { loadFailure } from '$lib/components/org/actions.server';
import { todayInNorway } from '$lib/logs/list/consent';
import type { PageServerLoad } from './$types';

/**
 * "Mine stafettlogger": the logs the person holds, acts in, reads, or that are about their family
 * (C8), and for unit leaders each led unit's logs as metadata.
 */
export const load: PageServerLoad = async (event) => {
  const { me } = await event.parent();
  const signIn = `/${event.params.municipality}`;
  const client = api(event);

  const ledUnits = me.roles.flatMap((r) => (r.role === 'unit_leader' ? [r.unit] : []));
  const [mine, units] = await Promise.all([
    (async () => {
      const response = await client.api.v1.logs.$get();
      if (!response.ok) loadFailure(response, 'My logs', signIn);
      return (await response.json()).items;
    })(),
    Promise.all(
      ledUnits.map(async (unit) => {
        const response = await client.api.v1.units[':unitId'].logs.$get({
          param: { unitId: unit.id },
        });
        if (statusOf(response) === 401) redirect(303, signIn);
        // One unit's list failing does not take the person's own logs with it.
        const items: LogSummary[] | null = response.ok ? (await response.json()).items : null;
        return { unit, items };
      }),
    ),
  ]);

  const byChild = (a: LogSummary, b: LogSummary) => a.child.name.localeCompare(b.child.name, 'nb');
  return {
    active: mine.filter((l) => l.status === 'active').sort(byChild),
    passive: mine.filter((l) => l.status === 'passive').sort(byChild),
    units: units.map((u) => ({ ...u, items: u.items?.slice().sort(byChild) ?? null })),
    canCreate: me.units.some((u) => u.capabilities.holder),
    today: todayInNorway(),
  };
};
