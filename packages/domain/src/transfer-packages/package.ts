import { z } from 'zod';
import { slugSchema } from '../org/municipality';
import { uuidSchema } from '../org/unit';
import { logLevelSchema } from '../logs/log';

const reason = z
  .string({ message: 'Skriv hvorfor loggen skal til den andre kommunen.' })
  .trim()
  .min(3, { message: 'Skriv hvorfor loggen skal til den andre kommunen.' })
  .max(1000, { message: 'Høyst 1000 tegn.' });

/** X4: the sender chooses the receiving municipality on the platform and what goes along. */
export const transferPackageCreateSchema = z
  .strictObject({
    toMunicipality: slugSchema,
    reason,
    /** The attentions that go along; empty: all of them. */
    attentionIds: z.array(uuidSchema).max(50).default([]),
  })
  .meta({ id: 'TransferPackageCreate' });
export type TransferPackageCreate = z.infer<typeof transferPackageCreateSchema>;

/** The receiving unit's leader takes the package into a new log with a holder of the unit. */
export const transferPackageAcceptSchema = z
  .strictObject({ unitId: uuidSchema, holderPersonId: uuidSchema, level: logLevelSchema })
  .meta({ id: 'TransferPackageAccept' });
export type TransferPackageAccept = z.infer<typeof transferPackageAcceptSchema>;

export const transferPackageDeclineSchema = z
  .strictObject({
    reason: z
      .string({ message: 'Skriv hvorfor dere ikke tar imot loggen.' })
      .trim()
      .min(3, { message: 'Skriv hvorfor dere ikke tar imot loggen.' })
      .max(1000, { message: 'Høyst 1000 tegn.' }),
  })
  .meta({ id: 'TransferPackageDecline' });

export const transferPackageParamsSchema = z.strictObject({ packageId: uuidSchema });

/** The sender's view of its packages. */
export const outgoingPackageSchema = z
  .object({
    id: z.uuid(),
    toMunicipality: z.string(),
    reason: z.string(),
    status: z.enum(['pending', 'accepted', 'declined', 'cancelled']),
    declineReason: z.string().nullable(),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'OutgoingTransferPackage' });
export type OutgoingPackage = z.infer<typeof outgoingPackageSchema>;

/** What a receiving leader sees before taking it: who sends, why, the child's name; no content. */
export const incomingPackageSchema = z
  .object({
    id: z.uuid(),
    fromMunicipality: z.string(),
    childName: z.string(),
    reason: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'IncomingTransferPackage' });

/** The snapshot that travels: the chosen attentions with their ladder, and the bright spots. */
export interface PackageContent {
  level: 1 | 2 | 3;
  consent: {
    consentedBy: string;
    byYouth: boolean;
    consentedOn: string;
    validUntil: string;
    services: string[];
  };
  attentions: {
    category: string;
    description: string;
    maintainingFactors: string;
    goal: string;
    signsOfSuccess: string;
    measures: {
      step: number;
      text: string;
      responsible: 'service' | 'home' | 'child';
      actorName: string | null;
      startDate: string;
      deadline: string;
      status: string;
      evaluation: { outcome: string; comment: string; familyView: string } | null;
    }[];
    brightSpots: { text: string; authorName: string; createdAt: string }[];
  }[];
}

const PARTY: Record<'service' | 'home' | 'child', string> = {
  service: 'Tjenesten',
  home: 'Hjemmet',
  child: 'Barnet',
};
const OUTCOME: Record<string, string> = {
  worked: 'virket',
  partly: 'virket delvis',
  did_not_work: 'virket ikke',
};

/**
 * The history of one attention as it arrived from the other municipality, written as a log note
 * the new holder and the family can read: the ladder with who was responsible and how each step
 * was evaluated, and the bright spots. Staff of the other municipality are not persons here, so
 * their names stay text.
 */
export function transferredHistoryText(
  from: string,
  attention: PackageContent['attentions'][number],
): string {
  const lines = [`Fra ${from}: tiltak og lysglimt før overføringen.`, ''];
  for (const m of [...attention.measures].sort((a, b) => a.step - b.step)) {
    const who = m.actorName ? `${PARTY[m.responsible]} (${m.actorName})` : PARTY[m.responsible];
    lines.push(`Trinn ${m.step}: ${m.text} – ${who}, ${m.startDate} til ${m.deadline}.`);
    if (m.evaluation) {
      const family = m.evaluation.familyView ? ` Familien: «${m.evaluation.familyView}»` : '';
      lines.push(
        `  Evaluert: ${OUTCOME[m.evaluation.outcome] ?? m.evaluation.outcome}. ${m.evaluation.comment}${family}`.trimEnd(),
      );
    }
  }
  if (attention.brightSpots.length > 0) {
    lines.push('', 'Lysglimt:');
    for (const b of attention.brightSpots) {
      lines.push(`- ${b.createdAt.slice(0, 10)}, ${b.authorName}: ${b.text}`);
    }
  }
  return lines.join('\n');
}
