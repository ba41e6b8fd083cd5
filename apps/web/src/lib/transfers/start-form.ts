import type { FieldMessages } from '$lib/components/org/actions.server';

/**
 * The transfer form (X1) as the browser sends it: one recipient select whose options are
 * "<unitId>:<personId>" or "<unitId>:leader" (the unit's leader chooses the holder), so the form
 * works without JavaScript; the kind follows from whether the unit is the log's own.
 */
export interface StartFormInput {
  recipient: string;
  reason: string;
  guardianConsent: string;
  attentionIds: string[];
  /** Where to go back to after sending (the staff page's handover), if anywhere. */
  fra: string;
}

export const LEADER = 'leader';

export function recipientValue(unitId: string, personId: string | null): string {
  return `${unitId}:${personId ?? LEADER}`;
}

/** The API's body for the form; the API (or the schema before it) checks every part. */
export function transferBody(input: StartFormInput, logUnitId: string) {
  const [toUnitId = '', person = ''] = input.recipient.split(':');
  const toOtherUnit = toUnitId !== logUnitId;
  const consent = input.guardianConsent.trim();
  return {
    kind: toOtherUnit ? ('to_unit' as const) : ('within_unit' as const),
    toUnitId,
    toPersonId: person === LEADER ? null : person,
    reason: input.reason,
    guardianConsent: toOtherUnit ? consent || null : null,
    attentionIds: toOtherUnit ? input.attentionIds : [],
  };
}

/** Reads the form, with every ticked attention. */
export async function readStartForm(request: Request): Promise<StartFormInput> {
  const data = await request.formData();
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    recipient: text('recipient'),
    reason: text('reason'),
    guardianConsent: text('guardianConsent'),
    attentionIds: data.getAll('attentionIds').filter((v): v is string => typeof v === 'string'),
    fra: text('fra'),
  };
}

/** The API's field → the message next to it; recipient problems point at the one select. */
export const TRANSFER_MESSAGES: FieldMessages = {
  toPersonId: 'logsTransfers.error.recipient',
  toUnitId: 'logsTransfers.error.recipient',
  kind: 'logsTransfers.error.recipient',
  reason: 'logsTransfers.error.reason',
  guardianConsent: 'logsTransfers.error.consent',
  attentionIds: 'logsTransfers.error.attentions',
};

/** A return path back to the unit's staff page (the leader's handover, T6); nothing else. */
export function safeReturn(municipality: string, value: string | null): string | null {
  if (!value) return null;
  const prefix = `/${municipality}/enheter/`;
  return value.startsWith(prefix) && !value.includes('//') && !/[\s\\]/.test(value) ? value : null;
}
