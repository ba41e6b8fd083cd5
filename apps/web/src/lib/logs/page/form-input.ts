import type { AttentionView } from '@stafett/domain';

/**
 * What the log page's forms send, turned into the API's input shapes. Plain objects: the actions
 * check them with the domain's zod schemas before asking the API, so a mistake costs no request.
 */

export type FormValues = Record<string, string>;

const str = (values: FormValues, key: string) => values[key] ?? '';
const ticked = (value: string | undefined) => value === 'on' || value === 'true';
/** An empty optional field is left out. */
const optional = (value: string | undefined) => {
  const v = (value ?? '').trim();
  return v === '' ? undefined : v;
};
/** A version as sent in a hidden field; anything odd is left for the schema to refuse. */
const version = (value: string | undefined): unknown =>
  /^\d+$/.test(value ?? '') ? Number(value) : value;

export const ATTENTION_FIELDS = [
  'category',
  'description',
  'maintainingFactors',
  'goal',
  'signsOfSuccess',
] as const;
export type AttentionField = (typeof ATTENTION_FIELDS)[number];

export function attentionCreateInput(values: FormValues) {
  return {
    category: str(values, 'category'),
    description: str(values, 'description'),
    maintainingFactors: str(values, 'maintainingFactors'),
    goal: str(values, 'goal'),
    signsOfSuccess: str(values, 'signsOfSuccess'),
  };
}

/**
 * Only the fields that differ from what the form was opened with (sent as hidden `initial.*`
 * fields, so a field someone else changed meanwhile is not overwritten by an untouched one).
 */
export function attentionUpdateInput(values: FormValues) {
  const input: Partial<Record<AttentionField, string>> & { version: unknown } = {
    version: version(values.version),
  };
  for (const field of ATTENTION_FIELDS) {
    const now = values[field];
    if (now === undefined) continue;
    const before = values[`initial.${field}`];
    if (before === undefined || now.trim() !== before.trim()) input[field] = now;
  }
  return input;
}

/** The fields of an attention update that clash with what is saved now (after a 409). */
export function attentionConflicts(
  sent: Partial<Record<AttentionField, string>>,
  saved: Pick<AttentionView, AttentionField>,
): Partial<Record<AttentionField, string>> {
  const out: Partial<Record<AttentionField, string>> = {};
  for (const field of ATTENTION_FIELDS) {
    const mine = sent[field];
    if (mine !== undefined && mine.trim() !== saved[field].trim()) out[field] = saved[field];
  }
  return out;
}

export function measureCreateInput(values: FormValues) {
  const responsible = str(values, 'responsible');
  const step = optional(values.step);
  return {
    text: str(values, 'text'),
    responsible,
    // Without JavaScript the actor list is always shown: only the service's measure has one.
    actorPersonId: responsible === 'service' ? (optional(values.actorPersonId) ?? null) : undefined,
    startDate: str(values, 'startDate'),
    deadline: optional(values.deadline),
    practical: ticked(values.practical),
    step: step === undefined ? undefined : /^\d+$/.test(step) ? Number(step) : step,
  };
}

export const CHANGE_KINDS = [
  'extend_deadline',
  'change_actor',
  'end',
  'wrongly_registered',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export function measureChangeInput(values: FormValues) {
  const kind = str(values, 'kind');
  const reason = str(values, 'reason');
  const v = version(values.version);
  switch (kind) {
    case 'extend_deadline':
      return { kind, deadline: str(values, 'deadline'), reason, version: v };
    case 'change_actor':
      return { kind, actorPersonId: str(values, 'actorPersonId'), reason, version: v };
    default:
      return { kind, reason, version: v };
  }
}

export function measureTextInput(values: FormValues) {
  return { text: str(values, 'text'), version: version(values.version) };
}

export function evaluationInput(values: FormValues) {
  return {
    outcome: str(values, 'outcome'),
    comment: str(values, 'comment'),
    familyView: str(values, 'familyView'),
    decision: str(values, 'decision'),
  };
}

export function brightSpotInput(values: FormValues) {
  return { text: str(values, 'text'), attentionId: optional(values.attentionId) ?? null };
}

export function textUpdateInput(values: FormValues) {
  return { text: str(values, 'text'), version: version(values.version) };
}

export function noteInput(values: FormValues) {
  const kind = str(values, 'kind');
  return {
    kind,
    text: str(values, 'text'),
    attentionId: kind === 'log' ? (optional(values.attentionId) ?? null) : null,
    restricted: kind === 'log' && ticked(values.restricted),
  };
}
