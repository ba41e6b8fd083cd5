import { expect } from 'vitest';
import type { LogList, LogView } from '@stafett/domain';
import { nationalIdOf } from '../harness';
import { CONSENT_PDF } from '../logs-support';
import { today, type LogFixtures } from './log-fixtures';
import { ALL_LOG_PERSONAS, CONTENT_READERS, type LogPersona, type LogWho } from './log-personas';

const V1 = '/api/v1';
const SIGNED_IN = ALL_LOG_PERSONAS.filter((p) => p !== 'anonymous' && p !== 'operator');

/**
 * One log endpoint in the role × endpoint matrix. As matrix-row.ts, with a multipart `form`, a
 * `check` of what an allowed persona gets back, and `refused` to pin a refusal to one status where
 * the rule says which: without it, a persona with no access to the log gets 404 (it does not
 * exist for them), one who can see it exists gets 403 (log-matrix.test.ts, `refusal`).
 */
export interface LogMatrixRow<T = unknown> {
  method: 'GET' | 'POST' | 'PATCH';
  route: string;
  setup?: (fx: LogFixtures, who: LogWho) => Promise<T>;
  path: (f: T, fx: LogFixtures) => string;
  body?: (f: T, fx: LogFixtures, who: LogWho) => unknown;
  form?: (f: T, fx: LogFixtures, who: LogWho) => FormData;
  allowed: readonly LogPersona[];
  refused?: Partial<Record<LogPersona, 403 | 404>>;
  check?: (answer: unknown, who: LogWho, fx: LogFixtures) => void;
}

function row<T>(r: LogMatrixRow<T>): LogMatrixRow {
  return r as LogMatrixRow;
}

const pdf = (field: string, name = 'vedlegg.pdf') => {
  const form = new FormData();
  form.set(field, new File([new Uint8Array(CONSENT_PDF)], name));
  return form;
};
/** The persona's own Oslo person id, or the holder's where they have none in Oslo. */
const selfOrHolder = (fx: LogFixtures, who: LogWho) => who.osloPersonId ?? fx.ids.holderId;
const logPath = (fx: LogFixtures, rest = '') => `${V1}/logs/${fx.ids.logId}${rest}`;

/** The role each persona has in the fixture log's list entry, if they have one. */
const ROLE_IN_LIST: Partial<Record<LogPersona, string>> = {
  holder: 'holder',
  actor: 'actor',
  guardian: 'guardian',
  youth: 'youth',
};

/**
 * Every endpoint of apps/api/src/logs/routes.ts and meeting-routes.ts and who may use it
 * (DOMAIN.md L1–L6, C1–C8).
 */
export const logMatrix: LogMatrixRow[] = [
  // Lists.
  row({
    method: 'GET',
    route: '/logs',
    path: () => `${V1}/logs`,
    allowed: SIGNED_IN,
    check: (answer, who, fx) => {
      const items = (answer as LogList).items;
      const mine = items.find((l) => l.id === fx.ids.logId);
      // Only those with a part in the log see it in their list, each with their role.
      expect(mine?.role, who.persona).toBe(ROLE_IN_LIST[who.persona]);
      // The guardian of another child sees her own child's log, not this one.
      if (who.persona === 'otherGuardian') {
        expect(items.map((l) => l.child.name)).toEqual(['Ella Haugen']);
      }
    },
  }),
  row({
    method: 'POST',
    route: '/logs (multipart, consent file)',
    path: () => `${V1}/logs`,
    form: (_f, fx) => {
      const form = pdf('consentFile', 'samtykke.pdf');
      form.set(
        'data',
        JSON.stringify({
          unitId: fx.ids.nordbergId,
          child: { nationalId: fx.childNationalId(), name: 'Matrise Barn' },
          guardians: [
            { nationalId: nationalIdOf('Liv Moen'), name: 'Liv Moen', email: null, phone: null },
          ],
          level: 1,
          consent: {
            consentedBy: 'Liv Moen',
            consentedOn: today(),
            validUntil: today(),
            services: ['school'],
          },
        }),
      );
      return form;
    },
    // Only staff who may hold in Nordberg skole (L1); Nina Lie holds elsewhere.
    allowed: ['holder'],
  }),
  row({
    method: 'POST',
    route: '/logs/earlier',
    path: () => `${V1}/logs/earlier`,
    body: () => ({ nationalId: nationalIdOf('Sander Moen') }),
    // Staff who may hold, anywhere in the municipality (L4). No id of Oslo's is in the request,
    // so Haugesund's admin is refused as a non-holder there, not as a stranger.
    allowed: ['holder', 'staff'],
    refused: { otherAdmin: 403 },
    check: (answer, _who, fx) => {
      expect((answer as { items: { id: string }[] }).items.map((l) => l.id)).toEqual([
        fx.ids.logId,
      ]);
    },
  }),
  row({
    method: 'GET',
    route: '/units/{unitId}/logs',
    path: (_f, fx) => `${V1}/units/${fx.ids.nordbergId}/logs`,
    allowed: ['unitLeader'],
    check: (answer, _who, fx) => {
      expect((answer as LogList).items.map((l) => l.id)).toContain(fx.ids.logId);
    },
  }),

  // Reading the log (C8).
  row({
    method: 'GET',
    route: '/logs/{logId}',
    path: (_f, fx) => logPath(fx),
    allowed: CONTENT_READERS,
    check: (answer, who, fx) => {
      const view = answer as LogView;
      const seen = view.attentions.map((a) => a.id);
      if (who.persona === 'actor') {
        // An actor on attention A cannot read attention B.
        expect(seen).toEqual([fx.ids.attentionA]);
        expect(JSON.stringify(view)).not.toContain('bare for holderen');
      } else {
        expect(seen).toEqual(expect.arrayContaining([fx.ids.attentionA, fx.ids.attentionB]));
      }
    },
  }),
  row({
    method: 'GET',
    route: '/logs/{logId}/reads',
    path: (_f, fx) => logPath(fx, '/reads'),
    allowed: ['holder', 'guardian', 'youth'],
  }),
  row({
    method: 'GET',
    route: '/logs/{logId}/files/{fileId} (the consent)',
    path: (_f, fx) => logPath(fx, `/files/${fx.ids.consentFileId}`),
    allowed: ['holder', 'guardian', 'youth'],
    refused: { actor: 404 },
  }),
  row({
    method: 'GET',
    route: '/logs/{logId}/files/{fileId} (attachment on attention A)',
    path: (_f, fx) => logPath(fx, `/files/${fx.ids.attachmentFileId}`),
    allowed: CONTENT_READERS,
  }),
  row({
    method: 'GET',
    route: '/logs/{logId}/actor-candidates',
    path: (_f, fx) => logPath(fx, '/actor-candidates'),
    allowed: ['holder'],
  }),
  row({
    method: 'GET',
    route: '/logs/{logId}/grant-candidates',
    path: (_f, fx) => logPath(fx, '/grant-candidates'),
    allowed: ['holder'],
  }),

  // Writing the log: the holder alone (L5).
  row({
    method: 'POST',
    route: '/logs/{logId}/attentions',
    path: (_f, fx) => logPath(fx, '/attentions'),
    body: () => ({ category: 'Atferd', description: 'Sander går ut av timen når det blir bråk.' }),
    allowed: ['holder'],
  }),
  row({
    method: 'PATCH',
    route: '/logs/{logId}/attentions/{attentionId}',
    setup: (fx) => fx.attention(),
    path: (a, fx) => logPath(fx, `/attentions/${a.id}`),
    body: (a) => ({ goal: 'Sander er i timen hele økta.', version: a.version }),
    allowed: ['holder'],
  }),
  row({
    method: 'POST',
    route: '/logs/{logId}/attentions/{attentionId}/measures',
    path: (_f, fx) => logPath(fx, `/attentions/${fx.ids.attentionA}/measures`),
    body: () => ({ text: 'Liv spør Sander om dagen.', responsible: 'home', startDate: today() }),
    allowed: ['holder'],
  }),
  row({
    method: 'PATCH',
    route: '/logs/{logId}/measures/{measureId}/text',
    setup: (fx) => fx.measure(),
    path: (m, fx) => logPath(fx, `/measures/${m.id}/text`),
    body: (m) => ({ text: 'Liv vekker Sander kl. 06.45.', version: m.version }),
    allowed: ['holder'],
  }),
  row({
    method: 'POST',
    route: '/logs/{logId}/measures/{measureId}/changes',
    setup: (fx) => fx.measure(),
    path: (m, fx) => logPath(fx, `/measures/${m.id}/changes`),
    body: (m) => ({
      kind: 'extend_deadline',
      deadline: '2099-01-01',
      reason: 'Familien var bortreist.',
      version: m.version,
    }),
    allowed: ['holder'],
  }),
  row({
    method: 'POST',
    route: '/logs/{logId}/measures/{measureId}/evaluation',
    setup: (fx) => fx.measure(),
    path: (m, fx) => logPath(fx, `/measures/${m.id}/evaluation`),
    body: () => ({ outcome: 'worked', familyView: 'Det går bedre.', decision: 'continue' }),
    allowed: ['holder'],
  }),

  // Bright spots (C4): the holder, actors, guardians and the youth.
  row({
    method: 'POST',
    route: '/logs/{logId}/bright-spots (on attention A)',
    path: (_f, fx) => logPath(fx, '/bright-spots'),
    body: (_f, fx) => ({ text: 'Sander kom tidsnok hele uka.', attentionId: fx.ids.attentionA }),
    allowed: CONTENT_READERS,
  }),
  row({
    method: 'POST',
    route: '/logs/{logId}/bright-spots (on attention B)',
    path: (_f, fx) => logPath(fx, '/bright-spots'),
    body: (_f, fx) => ({ text: 'Sander sov godt før prøven.', attentionId: fx.ids.attentionB }),
    allowed: ['holder', 'guardian', 'youth'],
    // The actor may not know attention B exists.
    refused: { actor: 404 },
  }),
  row({
    method: 'PATCH',
    route: '/logs/{logId}/bright-spots/{itemId} (their own)',
    setup: (fx, who) => fx.brightSpot(selfOrHolder(fx, who)),
    path: (b, fx) => logPath(fx, `/bright-spots/${b.id}`),
    body: (b) => ({ text: 'Sander kom tidsnok fire av fem dager.', version: b.version }),
    allowed: CONTENT_READERS,
  }),
  row({
    method: 'PATCH',
    route: "/logs/{logId}/bright-spots/{itemId} (the holder's)",
    setup: (fx) => fx.brightSpot(fx.ids.holderId),
    path: (b, fx) => logPath(fx, `/bright-spots/${b.id}`),
    body: (b) => ({ text: 'Endret av en annen.', version: b.version }),
    allowed: ['holder'],
  }),

  // Notes (C5): a private note for anyone who reads the log; log notes by the holder.
  row({
    method: 'POST',
    route: '/logs/{logId}/notes (private)',
    path: (_f, fx) => logPath(fx, '/notes'),
    body: () => ({ kind: 'private', text: 'Huske: spørre om søvn.' }),
    allowed: CONTENT_READERS,
  }),
  row({
    method: 'POST',
    route: '/logs/{logId}/notes (log note on attention A)',
    path: (_f, fx) => logPath(fx, '/notes'),
    body: (_f, fx) => ({
      kind: 'log',
      text: 'Referat fra samtalen.',
      attentionId: fx.ids.attentionA,
    }),
    allowed: ['holder'],
  }),
  row({
    method: 'PATCH',
    route: '/logs/{logId}/notes/{itemId} (their own private note)',
    setup: (fx, who) => fx.note(selfOrHolder(fx, who), 'private'),
    path: (n, fx) => logPath(fx, `/notes/${n.id}`),
    body: (n) => ({ text: 'Huske: spørre om søvn og mat.', version: n.version }),
    allowed: CONTENT_READERS,
  }),
  row({
    method: 'PATCH',
    route: "/logs/{logId}/notes/{itemId} (the holder's private note)",
    setup: (fx) => fx.note(fx.ids.holderId, 'private'),
    path: (n, fx) => logPath(fx, `/notes/${n.id}`),
    body: (n) => ({ text: 'Lest av en annen?', version: n.version }),
    allowed: ['holder'],
    // Someone else's private note does not exist for them.
    refused: { actor: 404, guardian: 404, youth: 404 },
  }),
  row({
    method: 'POST',
    route: "/logs/{logId}/notes/{itemId}/attachments (the holder's log note)",
    setup: (fx) => fx.note(fx.ids.holderId, 'log'),
    path: (n, fx) => logPath(fx, `/notes/${n.id}/attachments`),
    form: () => pdf('file'),
    allowed: ['holder'],
  }),

  // Meetings (C6): the holder calls and leads them. Meeting mode (C7): whoever reads the log.
  row({
    method: 'POST',
    route: '/logs/{logId}/meetings',
    path: (_f, fx) => logPath(fx, '/meetings'),
    body: (_f, fx) => ({
      title: 'Oppfølgingsmøte',
      startsAt: '2099-01-05T09:00:00+01:00',
      attentionIds: [fx.ids.attentionA],
    }),
    allowed: ['holder'],
  }),
  row({
    method: 'PATCH',
    route: '/logs/{logId}/meetings/{meetingId}',
    setup: (fx) => fx.meeting(),
    path: (m, fx) => logPath(fx, `/meetings/${m.id}`),
    body: (m) => ({ place: 'Nordberg skole, møterom 2', version: m.version }),
    allowed: ['holder'],
  }),
  row({
    method: 'POST',
    route: '/logs/{logId}/meetings/{meetingId}/held',
    setup: (fx) => fx.meeting(),
    path: (m, fx) => logPath(fx, `/meetings/${m.id}/held`),
    body: (m) => ({ meetingEvaluation: 'Vi kunne startet presis.', version: m.version }),
    allowed: ['holder'],
  }),
  row({
    method: 'POST',
    route: '/logs/{logId}/meetings/{meetingId}/cancel',
    setup: (fx) => fx.meeting(),
    path: (m, fx) => logPath(fx, `/meetings/${m.id}/cancel`),
    body: (m) => ({ version: m.version }),
    allowed: ['holder'],
  }),
  row({
    method: 'GET',
    route: '/logs/{logId}/meeting-view',
    path: (_f, fx) => logPath(fx, '/meeting-view'),
    allowed: CONTENT_READERS,
    check: (answer, who, fx) => {
      const view = answer as LogView;
      expect(view.notes).toEqual([]);
      if (who.persona === 'actor') {
        expect(view.attentions.map((a) => a.id)).toEqual([fx.ids.attentionA]);
      }
    },
  }),

  // Read grants (C8): given by the holder; the family sees them and may withdraw them.
  row({
    method: 'GET',
    route: '/logs/{logId}/grants',
    path: (_f, fx) => logPath(fx, '/grants'),
    allowed: ['holder', 'guardian', 'youth'],
  }),
  row({
    method: 'POST',
    route: '/logs/{logId}/grants',
    setup: (fx) => fx.staffPerson(),
    path: (_f, fx) => logPath(fx, '/grants'),
    body: (personId, fx) => ({
      personId,
      attentionIds: [fx.ids.attentionA],
      guardianConsent: 'Liv Moen og Sander Moen på møtet',
    }),
    allowed: ['holder'],
  }),
  row({
    method: 'POST',
    route: '/logs/{logId}/grants/{grantId}/revoke',
    setup: (fx) => fx.grant(),
    path: (grantId, fx) => logPath(fx, `/grants/${grantId}/revoke`),
    allowed: ['holder', 'guardian', 'youth'],
  }),
];
