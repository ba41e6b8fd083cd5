import { expect } from 'vitest';
import type { LogLifecycle, UnitLifecycle } from '@stafett/domain';
import { CONSENT_PDF } from '../logs-support';
import type { LifecycleFixtures } from './lifecycle-fixtures';
import { CONTENT_READERS, type LogPersona, type LogWho } from './log-personas';

const V1 = '/api/v1';

/**
 * One lifecycle endpoint in the role × endpoint matrix (L6, L7), as log-matrix.ts. Each cell gets
 * a fresh log from `setup`; `unitScoped` rows are about a unit or a request, not a log's address.
 */
export interface LifecycleMatrixRow<T = unknown> {
  method: 'GET' | 'POST';
  route: string;
  setup: (fx: LifecycleFixtures) => Promise<T>;
  path: (f: T, fx: LifecycleFixtures) => string;
  body?: unknown;
  form?: () => FormData;
  allowed: readonly LogPersona[];
  /** Refusals that are not the default: 403 for those who see the log, 404 for the rest. */
  refused?: Partial<Record<LogPersona, 403 | 404>>;
  unitScoped?: boolean;
  check?: (answer: unknown, who: LogWho, fx: LifecycleFixtures) => void;
}

function row<T>(r: LifecycleMatrixRow<T>): LifecycleMatrixRow {
  return r as LifecycleMatrixRow;
}

const logPath = (rest: string) => (log: { id: string }) => `${V1}/logs/${log.id}${rest}`;

const reopenForm = () => {
  const form = new FormData();
  form.set(
    'data',
    JSON.stringify({
      consent: {
        consentedBy: 'Sander Moen',
        byYouth: true,
        consentedOn: '2026-11-30',
        validUntil: '2027-11-30',
        services: ['school'],
      },
    }),
  );
  form.set('consentFile', new File([new Uint8Array(CONSENT_PDF)], 'samtykke.pdf'));
  return form;
};

/** Every endpoint of apps/api/src/lifecycle/routes.ts and who may use it (DOMAIN.md L6, L7). */
export const lifecycleMatrix: LifecycleMatrixRow[] = [
  row({
    method: 'GET',
    route: '/logs/{logId}/lifecycle',
    setup: (fx) => fx.log('passive'),
    path: logPath('/lifecycle'),
    // Everyone who may know the log exists: its readers and the unit's leader (metadata).
    allowed: [...CONTENT_READERS.filter((p) => p !== 'actor'), 'unitLeader'],
    check: (answer, who) => {
      const life = answer as LogLifecycle;
      expect(life.status).toBe('passive');
      expect(life.may.reopen, who.persona).toBe(who.persona === 'unitLeader');
    },
  }),
  row({
    method: 'POST',
    route: '/logs/{logId}/close',
    setup: (fx) => fx.log('active'),
    path: logPath('/close'),
    body: { individualPlan: true },
    allowed: ['holder'],
  }),
  row({
    method: 'POST',
    route: '/logs/{logId}/withdraw-consent',
    setup: (fx) => fx.log('active'),
    path: logPath('/withdraw-consent'),
    allowed: ['guardian', 'youth'],
  }),
  row({
    method: 'POST',
    route: '/logs/{logId}/deletion-request',
    setup: (fx) => fx.log('passive'),
    path: logPath('/deletion-request'),
    allowed: ['guardian', 'youth'],
  }),
  row({
    method: 'POST',
    route: '/logs/{logId}/reopen (multipart, consent file)',
    setup: (fx) => fx.log('passive'),
    path: logPath('/reopen'),
    form: reopenForm,
    allowed: ['unitLeader'],
  }),
  row({
    method: 'POST',
    route: '/logs/{logId}/delete',
    setup: (fx) => fx.log('passive', true),
    path: logPath('/delete'),
    allowed: ['unitLeader'],
  }),
  row({
    method: 'GET',
    route: '/units/{unitId}/lifecycle',
    setup: (fx) => fx.deletionRequest(),
    path: (_r, fx) => `${V1}/units/${fx.ids.nordbergId}/lifecycle`,
    allowed: ['unitLeader'],
    unitScoped: true,
    check: (answer) => {
      const page = answer as UnitLifecycle;
      expect(page.passive.length).toBeGreaterThan(0);
      expect(page.requests.length).toBeGreaterThan(0);
    },
  }),
  row({
    method: 'POST',
    route: '/deletion-requests/{requestId}/answer',
    setup: (fx) => fx.deletionRequest(),
    path: (r) => `${V1}/deletion-requests/${r.id}/answer`,
    body: { answer: 'Loggen slettes når arkivplikten er oppfylt.' },
    allowed: ['unitLeader'],
  }),
];
