/**
 * Messages of the log page pages, kept beside the main dictionaries so the pages can be built in
 * parallel. nb is the source; nn and en must have the same keys (checked by the type system).
 */
const nb = {
  'logsPage.title': 'Stafettlogg',
} as const;

type Key = keyof typeof nb;

const nn = {
  'logsPage.title': 'Stafettlogg',
} as const satisfies Record<Key, string>;

const en = {
  'logsPage.title': 'Relay log',
} as const satisfies Record<Key, string>;

export const logsPageMessages = { nb, nn, en };
