/**
 * Messages of the log list pages, kept beside the main dictionaries so the pages can be built in
 * parallel. nb is the source; nn and en must have the same keys (checked by the type system).
 */
const nb = {
  'logsList.title': 'Mine stafettlogger',
} as const;

type Key = keyof typeof nb;

const nn = {
  'logsList.title': 'Mine stafettloggar',
} as const satisfies Record<Key, string>;

const en = {
  'logsList.title': 'My relay logs',
} as const satisfies Record<Key, string>;

export const logsListMessages = { nb, nn, en };
