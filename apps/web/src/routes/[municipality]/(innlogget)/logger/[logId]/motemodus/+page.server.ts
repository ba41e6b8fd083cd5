import { error } from '@sveltejs/kit';
import { uuidSchema, type LogView } from '@stafett/domain';
import { api } from '$lib/api/client';
import { loadFailure } from '$lib/components/org/actions.server';
import { evaluateAction } from '$lib/logs/meetings/actions.server';
import { requireSignedIn } from '$lib/logs/meetings/session.server';
import { todayInOslo } from '$lib/logs/page/display';
import type { Actions, PageServerLoad } from './$types';

/**
 * Meeting mode (C7): this one log for a shared screen, from GET /meeting-view (no notes, no read
 * history, audited as log.meeting_mode). The page resets the layout to the municipality's, so
 * the signed-in navigation is not there; the sign-in check runs here instead.
 */
export const load: PageServerLoad = async (event) => {
  await event.parent();
  const { me, session } = await requireSignedIn(event);
  const { municipality, logId } = event.params;
  if (!uuidSchema.safeParse(logId).success) {
    error(404, { message: `Log ${logId} not found`, code: 'not_found' });
  }
  const response = await api(event).api.v1.logs[':logId']['meeting-view'].$get({
    param: { logId },
  });
  if (!response.ok) loadFailure(response, `Meeting mode ${logId}`, `/${municipality}`);
  const view: LogView = await response.json();
  const now = new Date();
  return { me, session, view, now: now.toISOString(), today: todayInOslo(now) };
};

export const actions: Actions = {
  // The holder evaluates a measure in the meeting (C3, C7), through the same API as the log page.
  evaluate: (event) => evaluateAction(event),
};
