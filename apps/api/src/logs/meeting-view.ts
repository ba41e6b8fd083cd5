import type { LogView } from '@stafett/domain';
import type { OrgContext } from '../org/org-context';
import { getLog } from './get-log';

/**
 * Meeting mode (C7): the log as it may be shown on a big screen in a meeting room. The same page
 * as the person reads, under the same access rules (C8), with every note left out — private,
 * restricted and ordinary log notes alike — because the room holds people who may not read them;
 * the read history is not part of it either. Audited as 'log.meeting_mode', so the audit trail
 * shows when the log was on a shared screen (A6). See docs/decisions.md, "Meetings and meeting
 * mode".
 */
export function getMeetingView(ctx: OrgContext, logId: string): Promise<LogView> {
  return getLog(ctx, logId, { meetingMode: true });
}
