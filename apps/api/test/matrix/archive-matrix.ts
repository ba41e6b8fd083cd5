import { expect } from 'vitest';
import { schema, type Database } from '@stafett/db';
import type { ArchiveList, UnitArchiveList } from '@stafett/domain';
import { CONSENT_PDF } from '../logs-support';
import type { LogFixtures } from './log-fixtures';
import type { LogPersona } from './log-personas';

const V1 = '/api/v1';
const today = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());

/** Fresh archive obligations of the fixture log, written as the database owner. */
export class ArchiveFixtures {
  constructor(
    private readonly database: Database,
    readonly log: LogFixtures,
  ) {}

  /** An open 'moving_away' obligation due today, with a stored PDF when `withFile`. */
  async obligation(withFile: boolean): Promise<string> {
    const { municipalityId, logId, holderId } = this.log.ids;
    let fileId: string | null = null;
    if (withFile) {
      const [file] = await this.database.db
        .insert(schema.storedFile)
        .values({
          municipalityId,
          mime: 'application/pdf',
          filename: 'stafettlogg.pdf',
          byteSize: CONSENT_PDF.byteLength,
          sha256: 'matrix',
          content: CONSENT_PDF,
          uploadedBy: holderId,
        })
        .returning();
      fileId = file!.id;
    }
    const [row] = await this.database.db
      .insert(schema.archiveObligation)
      .values({ municipalityId, logId, reason: 'moving_away', dueOn: today(), fileId })
      .returning();
    return row!.id;
  }
}

/**
 * One archive endpoint in the role × endpoint matrix (L8), as log-matrix.ts. `unitScoped` rows
 * are about a unit: refused with 403 in Oslo (the unit is known), 404 from Haugesund.
 */
export interface ArchiveMatrixRow<T = unknown> {
  method: 'GET' | 'POST';
  route: string;
  setup?: (fx: ArchiveFixtures) => Promise<T>;
  path: (f: T, fx: ArchiveFixtures) => string;
  body?: unknown;
  allowed: readonly LogPersona[];
  unitScoped?: boolean;
  /** What an allowed persona gets: the JSON, or the raw body and its content type. */
  check?: (answer: { json: unknown; type: string; bytes: Uint8Array }) => void;
}

function row<T>(r: ArchiveMatrixRow<T>): ArchiveMatrixRow {
  return r as ArchiveMatrixRow;
}

const logPath = (fx: ArchiveFixtures, rest: string) => `${V1}/logs/${fx.log.ids.logId}${rest}`;
/** The holder, and the unit's leader whose duty filing is (001): archive:manage. */
const MANAGERS: readonly LogPersona[] = ['holder', 'unitLeader'];
const zip = (a: { type: string; bytes: Uint8Array }) => {
  expect(a.type).toBe('application/zip');
  expect(Buffer.from(a.bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
};

/** Every endpoint of apps/api/src/archive/routes.ts and who may use it (DOMAIN.md L8). */
export const archiveMatrix: ArchiveMatrixRow[] = [
  row({
    method: 'GET',
    route: '/logs/{logId}/archive',
    path: (_f, fx) => logPath(fx, '/archive'),
    allowed: MANAGERS,
    check: ({ json }) => {
      expect((json as ArchiveList).items.some((o) => o.reason === 'yearly')).toBe(true);
    },
  }),
  row({
    method: 'POST',
    route: '/logs/{logId}/archive/pdf',
    setup: (fx) => fx.obligation(false),
    path: (_f, fx) => logPath(fx, '/archive/pdf'),
    body: {},
    allowed: MANAGERS,
  }),
  row({
    method: 'GET',
    route: '/logs/{logId}/archive/{obligationId}/pdf',
    setup: (fx) => fx.obligation(true),
    path: (id, fx) => logPath(fx, `/archive/${id}/pdf`),
    allowed: MANAGERS,
    check: ({ type }) => expect(type).toBe('application/pdf'),
  }),
  row({
    method: 'POST',
    route: '/logs/{logId}/archive/{obligationId}/done',
    setup: (fx) => fx.obligation(true),
    path: (id, fx) => logPath(fx, `/archive/${id}/done`),
    body: { archiveReference: '2026/1-1' },
    allowed: MANAGERS,
  }),
  row({
    method: 'POST',
    route: '/logs/{logId}/archive/moving-away',
    path: (_f, fx) => logPath(fx, '/archive/moving-away'),
    allowed: MANAGERS,
  }),
  row({
    method: 'GET',
    route: '/logs/{logId}/archive/noark5',
    path: (_f, fx) => logPath(fx, '/archive/noark5'),
    allowed: MANAGERS,
    check: zip,
  }),
  row({
    method: 'GET',
    route: '/units/{unitId}/archive',
    path: (_f, fx) => `${V1}/units/${fx.log.ids.nordbergId}/archive`,
    allowed: ['unitLeader'],
    unitScoped: true,
    check: ({ json }) => {
      expect((json as UnitArchiveList).items.length).toBeGreaterThan(0);
    },
  }),
  row({
    method: 'GET',
    route: '/units/{unitId}/archive/noark5',
    path: (_f, fx) =>
      `${V1}/units/${fx.log.ids.nordbergId}/archive/noark5?from=${today()}&to=${today()}`,
    allowed: ['unitLeader'],
    unitScoped: true,
    check: zip,
  }),
];
