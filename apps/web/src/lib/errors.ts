/** Why an error page is shown; the page picks its words from this, never from `message`. */
export type ErrorCode =
  | 'municipality_not_found'
  | 'unit_not_found'
  | 'not_found'
  | 'forbidden'
  | 'unavailable'
  | 'unexpected';
