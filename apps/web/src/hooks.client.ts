import type { HandleClientError } from '@sveltejs/kit';

/** Errors in the browser: the person sees the friendly error page, never the error itself. */
export const handleError: HandleClientError = ({ error, status, message }) => {
  if (status !== 404) console.error(error);
  return { message, code: status === 404 ? 'not_found' : 'unexpected' };
};
