import { randomBytes } from 'node:crypto';
import { makeSyntheticNationalId } from '@stafett/domain';
import { row, type MatrixRow } from './matrix-row';

const V1 = '/api/v1';

/** The platform operator's endpoints: the operator alone; everyone else has no operator session. */
export const operatorMatrix: MatrixRow[] = [
  row({
    method: 'GET',
    route: '/operator/me',
    path: () => `${V1}/operator/me`,
    allowed: ['operator'],
    writes: [],
    realm: 'operator',
  }),
  row({
    method: 'GET',
    route: '/operator/municipalities',
    path: () => `${V1}/operator/municipalities`,
    allowed: ['operator'],
    writes: [],
    realm: 'operator',
  }),
  row({
    method: 'POST',
    route: '/operator/municipalities',
    // A new address per cell, so the allowed cell succeeds and refused ones would have too.
    setup: async () => `matrise-${randomBytes(4).toString('hex')}`,
    path: () => `${V1}/operator/municipalities`,
    body: (slug) => ({
      slug,
      name: 'Matrise kommune',
      writtenStandard: 'nb',
      accentColor: '#1f42aa',
      admin: {
        nationalId: makeSyntheticNationalId('1970-01-01', 777),
        name: 'Matrise Administrator',
        email: null,
        phone: null,
      },
    }),
    allowed: ['operator'],
    writes: ['municipality', 'person', 'municipality_admin'],
    realm: 'operator',
  }),
];
