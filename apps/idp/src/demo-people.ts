/**
 * The default list: the same demo persons the database seed creates, so picking one signs in as a
 * person the app knows. Loaded lazily by the provider, so tests that pass their own list do not
 * need the database package.
 */
import { demoPeople as seeded } from '@stafett/db/demo';
import type { DemoPerson } from './people';

export const demoPeople: readonly DemoPerson[] = seeded;
